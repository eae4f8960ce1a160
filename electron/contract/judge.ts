import { z } from 'zod';
import { call, id, okOutput } from './define';
import { takeRef, llmCheckCalls } from './llm-check';

export const judgeVerdictSchema = z.enum(['covered', 'partly', 'missed']);
export type JudgeVerdict = z.infer<typeof judgeVerdictSchema>;

/** The judge's word on one key point of the local score. */
export const judgedPointSchema = z.object({
  /** The key point's text as the local scorer gave it. */
  keyPoint: z.string(),
  verdict: judgeVerdictSchema,
  /** Words of the transcript the verdict rests on; empty for a missed point. */
  quote: z.string().max(500),
});
export type JudgedPoint = z.infer<typeof judgedPointSchema>;

/** What the optional LLM judge said about one take's key points, beside (never instead of) the local score. */
export const judgeResultSchema = z.object({
  /** The prompt template that produced it (prompts/judge/v<version>.json). */
  promptId: z.string(),
  promptVersion: z.number().int().positive(),
  model: z.string(),
  /** The local score job whose key points were judged. */
  scoreJobId: id,
  points: z.array(judgedPointSchema),
  seconds: z.number().min(0),
});
export type JudgeResult = z.infer<typeof judgeResultSchema>;

export const judgeCalls = {
  ...llmCheckCalls('judge'),
  'judge.run': call(
    "Ask the judge again about a take's latest local score (after fixing its server or key); the verdicts join the review.",
    takeRef,
    okOutput,
  ),
};
