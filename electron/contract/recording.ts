import { z } from 'zod';
import { takeSchema } from './takes';
import { bytes, call, event, id, noInput, okOutput } from './define';

/** MediaRecorder output; the renderer picks VP9 or VP8 with Opus, or Opus alone without a camera. */
export const recordingMimeType = z
  .string()
  .max(100)
  .regex(/^(video|audio)\/webm(;.*)?$/, 'Only WebM recordings are supported.');

const chunkInput = z
  .object({
    takeId: id,
    /** 0, 1, 2… per stream: a gap or a repeat is detected instead of corrupting the file. */
    seq: z.number().int().min(0),
    data: bytes,
  })
  .strict();

const chunkOutput = z.object({
  /** Bytes saved for this stream so far. */
  bytes: z.number().int().min(0),
  /** The chunk had already been saved (a retry); nothing was written. */
  duplicate: z.boolean(),
});

export const leftoverSchema = z.object({
  /** A take id, or a stray file name without a take. */
  id: z.string(),
  takeId: id.nullable(),
  files: z.array(z.string()),
  bytes: z.number().int().min(0),
  reason: z.string(),
});
export type Leftover = z.infer<typeof leftoverSchema>;

export const recoveryReportSchema = z.object({
  recovered: z.array(takeSchema),
  leftovers: z.array(leftoverSchema),
});
export type RecoveryReport = z.infer<typeof recoveryReportSchema>;

export const recordingCalls = {
  'recording.start': call(
    'Create a take (status "recording") and open its files before the first byte arrives.',
    z.object({ questionId: id, mimeType: recordingMimeType, withVideo: z.boolean() }).strict(),
    takeSchema,
  ),
  'recording.appendVideo': call("Append one MediaRecorder chunk to the take's WebM.", chunkInput, chunkOutput),
  'recording.appendAudio': call(
    "Append 16 kHz mono signed 16-bit little-endian PCM to the take's WAV (whole samples only).",
    chunkInput.refine((input) => input.data.length % 2 === 0, 'PCM chunks hold whole 16-bit samples.'),
    chunkOutput,
  ),
  'recording.stop': call(
    'Finish the take: WAV header, seekable WebM, atomic rename; returns it as "recorded".',
    z.object({ takeId: id }).strict(),
    takeSchema,
  ),
  'recording.cancel': call('Discard a take in progress and its files.', z.object({ takeId: id }).strict(), okOutput),
  'recording.recover': call(
    'Finish takes left "recording" by a crash; lists what could not be saved.',
    noInput,
    recoveryReportSchema,
  ),
  'recording.discardLeftovers': call(
    'Delete leftovers the user agreed to throw away (ids from recording.recover).',
    z.object({ ids: z.array(z.string().max(300)).max(1000) }).strict(),
    okOutput,
  ),
};

export const recordingEvents = {
  'recording.saved': event(
    'A take is safely on disk (recorded or recovered); transcription can start.',
    z.object({ takeId: id, questionId: id }),
  ),
};
