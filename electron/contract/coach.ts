import { z } from 'zod';
import { call, event, id, isoDate, noInput, okOutput } from './define';
import { errorDetailSchema } from './error-detail';
import { apiKeyInput, jobStatusSchema } from './transcription';

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

export const coachJobSchema = z.object({
  id,
  attemptId: id,
  status: jobStatusSchema,
  result: coachResultSchema.nullable(),
  errorCode: z.string().nullable(),
  errorDetail: errorDetailSchema.nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type CoachJob = z.infer<typeof coachJobSchema>;

export const coachStatusSchema = z.object({
  enabled: z.boolean(),
  /** What stops the coach from running, or null when it runs after each local score. */
  blocker: z.enum(['DISABLED', 'API_KEY_MISSING']).nullable(),
  baseUrl: z.string(),
  model: z.string(),
  promptId: z.string(),
  promptVersion: z.number().int().positive(),
  /** A key is saved for the coach's server (keyServer); each server has its own. */
  keySet: z.boolean(),
  keyServer: z.string().nullable(),
  /** False for plain http to another computer: no key is sent there. */
  keyAllowed: z.boolean(),
});
export type CoachStatus = z.infer<typeof coachStatusSchema>;

const attemptRef = z.object({ attemptId: id }).strict();

export const coachCalls = {
  'coach.status': call('Whether the optional LLM coach is on, and what it needs.', noInput, coachStatusSchema),
  'coach.apiKey.set': call(
    "Store (or with null, forget) the API key for the coach's server; each server keeps its own.",
    apiKeyInput,
    okOutput,
  ),
  'coach.get': call(
    'The latest coach job of a take (running, done or failed), or null.',
    attemptRef,
    coachJobSchema.nullable(),
  ),
  'coach.run': call(
    "Ask the coach again about a take's latest local score; the result arrives as a coach.job event.",
    attemptRef,
    coachJobSchema,
  ),
};

export const coachEvents = {
  'coach.job': event('A coach job started, finished or failed.', coachJobSchema),
};
