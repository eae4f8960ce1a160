import { z } from 'zod';
import { call, id, isoDate, okOutput } from './define';

export const takeStatusSchema = z.enum(['recording', 'recorded', 'recovered', 'failed']);
export type TakeStatus = z.infer<typeof takeStatusSchema>;

export const takeSchema = z.object({
  id,
  questionId: id,
  name: z.string(),
  status: takeStatusSchema,
  startedAt: isoDate,
  durationMs: z.number().int().min(0).nullable(),
  /** Paths relative to the recordings folder, served through the media protocol. */
  videoFile: z.string().nullable(),
  audioFile: z.string().nullable(),
});
export type Take = z.infer<typeof takeSchema>;

export const takeCalls = {
  'takes.list': call(
    'Takes of one question, newest first.',
    z.object({ questionId: id }).strict(),
    z.array(takeSchema),
  ),
  'takes.rename': call(
    'Give a take a name (empty to clear it).',
    z.object({ takeId: id, name: z.string().trim().max(200) }).strict(),
    takeSchema,
  ),
  'takes.delete': call('Delete a take and its recording files.', z.object({ takeId: id }).strict(), okOutput),
};
