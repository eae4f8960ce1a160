import type { z } from 'zod';
import interviewerV1 from '../../../prompts/interviewer/v1.json';
import { fillPlaceholders } from '../../feedback/llm/prompt-text';
import { versionedTemplateSchema } from '../../feedback/llm/template-schema';

/** The values an interviewer template may use; all are required, since the follow-ups depend on each. */
const interviewerVariables = ['question', 'kind', 'keyPoints', 'structureMissing', 'answer', 'count'] as const;
export type InterviewerVariable = (typeof interviewerVariables)[number];

/** Stored with every follow-up it asks, so a question can be traced to the prompt that produced it. */
export const interviewerTemplateSchema = versionedTemplateSchema('interviewer', interviewerVariables);
export type InterviewerTemplate = z.infer<typeof interviewerTemplateSchema>;

/** Every bundled template, oldest first. Released templates never change: a new wording is a new version. */
export const interviewerTemplates: readonly InterviewerTemplate[] = [interviewerTemplateSchema.parse(interviewerV1)];

export const currentInterviewerTemplate = (): InterviewerTemplate => interviewerTemplates.at(-1)!;

/** Key points numbered from 1 (the numbers the model answers with), each with the local score's verdict. */
export const numberedPointsWithStatus = (points: readonly { text: string; status: string }[]) =>
  points.map((p, i) => `${i + 1}. [${p.status}] ${p.text}`).join('\n');

export function renderInterviewerPrompt(template: InterviewerTemplate, values: Record<InterviewerVariable, string>) {
  return { system: fillPlaceholders(template.system, values), user: fillPlaceholders(template.user, values) };
}
