import { z } from 'zod';

export const timedWordSchema = z.object({
  text: z.string(),
  start: z.number().min(0),
  end: z.number().min(0),
});

/** One answer to score, as the CLI reads it and the API will accept it. */
export const scoreInputSchema = z.object({
  question: z.string(),
  modelAnswer: z.string(),
  transcript: z.string(),
  durationSeconds: z.number().min(0),
  targetSeconds: z.number().positive().optional(),
  kind: z.enum(['behavioral', 'technical', 'pitch']).optional(),
  words: z.array(timedWordSchema).optional(),
});
