import { z } from 'zod';
import { call, id, isoDate, okOutput } from './define';

export const attemptStatusSchema = z.enum(['recording', 'recorded', 'recovered', 'failed']);
export type AttemptStatus = z.infer<typeof attemptStatusSchema>;

export const attemptSchema = z.object({
  id,
  questionId: id,
  name: z.string(),
  status: attemptStatusSchema,
  startedAt: isoDate,
  durationMs: z.number().int().min(0).nullable(),
  /** Paths relative to the recordings folder, served through the media protocol. */
  videoFile: z.string().nullable(),
  audioFile: z.string().nullable(),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const attemptCalls = {
  'attempts.list': call(
    'Takes of one question, newest first.',
    z.object({ questionId: id }).strict(),
    z.array(attemptSchema),
  ),
  'attempts.rename': call(
    'Give a take a name (empty to clear it).',
    z.object({ attemptId: id, name: z.string().trim().max(200) }).strict(),
    attemptSchema,
  ),
  'attempts.delete': call('Delete a take and its recording files.', z.object({ attemptId: id }).strict(), okOutput),
};
