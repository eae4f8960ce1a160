import { z } from 'zod';
import type { CoachRubricItem } from '@contract/coach';
import type { PromptTemplate } from './prompt-template';

const rubricScore = z.object({ score: z.number().int().min(1).max(5), reason: z.string() }).strict();

/**
 * The JSON the model must return, built from the template's rubric so a new
 * rubric is a new template, not a code change. Sent as a strict JSON schema
 * and checked again on arrival: a server that ignores response_format is caught here.
 */
export function coachOutputSchema(template: PromptTemplate) {
  return z
    .object({
      summary: z.string(),
      rubric: z.object(Object.fromEntries(template.rubric.map((r) => [r.key, rubricScore]))).strict(),
      strengths: z.array(z.string()).max(6),
      missed: z.array(z.string()).max(10),
      tightened: z.string(),
    })
    .strict();
}

export interface CoachOutput {
  summary: string;
  rubric: Record<string, { score: number; reason: string }>;
  strengths: string[];
  missed: string[];
  tightened: string;
}

/** The rubric in the template's order, with its labels, as the UI shows it. */
export function rubricItems(template: PromptTemplate, output: CoachOutput): CoachRubricItem[] {
  return template.rubric.map((r) => ({
    key: r.key,
    label: r.label,
    score: output.rubric[r.key]!.score,
    max: 5 as const,
    reason: output.rubric[r.key]!.reason,
  }));
}
