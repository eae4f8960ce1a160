import { z } from 'zod';
import { call, event, id } from './define';
import { takeRef, llmCheckCalls, llmCheckJobSchema } from './llm-check';

export const coachRubricItemSchema = z.object({
  key: z.string(),
  label: z.string(),
  score: z.number().int().min(1).max(5),
  max: z.literal(5),
  reason: z.string(),
});
export type CoachRubricItem = z.infer<typeof coachRubricItemSchema>;

/** What the LLM coach said about one take, beside (never instead of) the local score. */
export const coachResultSchema = z.object({
  /** The prompt template that produced it (prompts/coach/<version>.json). */
  promptId: z.string(),
  promptVersion: z.number().int().positive(),
  model: z.string(),
  /** The local score job this advice accompanies. */
  scoreJobId: id.nullable(),
  summary: z.string(),
  rubric: z.array(coachRubricItemSchema),
  strengths: z.array(z.string()),
  missed: z.array(z.string()),
  /** The user's own answer, tightened. */
  tightened: z.string(),
  seconds: z.number().min(0),
});
export type CoachResult = z.infer<typeof coachResultSchema>;

export const coachJobSchema = llmCheckJobSchema(coachResultSchema);
export type CoachJob = z.infer<typeof coachJobSchema>;

export const coachCalls = {
  ...llmCheckCalls('coach'),
  'coach.get': call(
    'The latest coach job of a take (running, done or failed), or null.',
    takeRef,
    coachJobSchema.nullable(),
  ),
  'coach.run': call(
    "Ask the coach again about a take's latest local score; the result arrives as a coach.job event.",
    takeRef,
    coachJobSchema,
  ),
};

export const coachEvents = {
  'coach.job': event('A coach job started, finished or failed.', coachJobSchema),
};
