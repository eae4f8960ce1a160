import { z } from 'zod';
import judgeV1 from '../../../prompts/judge/v1.json';
import { fillPlaceholders } from '../llm/prompt-text';
import { versionedTemplateSchema } from '../llm/template-schema';

/** The values a judge template may use; all are required, since the judge needs each of them. */
const judgeVariables = ['question', 'modelAnswer', 'keyPoints', 'answer'] as const;
export type JudgeVariable = (typeof judgeVariables)[number];

/** The id (`judge-v<version>`) is stored with every verdict so it can be traced to the prompt that produced it. */
export const judgeTemplateSchema = versionedTemplateSchema('judge', judgeVariables);
export type JudgeTemplate = z.infer<typeof judgeTemplateSchema>;

/** Every bundled template, oldest first. Released templates never change: a new wording is a new version. */
export const judgeTemplates: readonly JudgeTemplate[] = [judgeTemplateSchema.parse(judgeV1)];

export const currentJudgeTemplate = (): JudgeTemplate => judgeTemplates.at(-1)!;

/** Key points numbered from 1, the numbers the judge answers with. */
export const numberedKeyPoints = (points: readonly string[]) => points.map((p, i) => `${i + 1}. ${p}`).join('\n');

export function renderJudgePrompt(template: JudgeTemplate, values: Record<JudgeVariable, string>) {
  return { system: fillPlaceholders(template.system, values), user: fillPlaceholders(template.user, values) };
}
