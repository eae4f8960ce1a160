import { z } from 'zod';

/**
 * What exactly went wrong, beside the error's code. Main names the situation
 * and its facts; the renderer's and the CLI's message tables choose the words,
 * so the wording stays consistent and can be translated.
 */
export const errorReasons = [
  // Whole-app states
  'deleting-all-data',
  'discarded-by-delete-all',
  'database-set-aside',
  'database-in-place',
  'database-working',
  'already-recovering',
  'desktop-only',
  // Decks and imports
  'deck-purged',
  'import-canceled',
  'draft-needs-interviewer',
  'draft-no-questions',
  'file-too-large',
  'not-text',
  'no-questions-found',
  'import-too-slow',
  'import-out-of-memory',
  'import-crashed',
  'json-unreadable',
  'json-no-questions',
  'deck-from-newer-version',
  'csv-no-question-column',
  'nested-too-deeply',
  // Takes, recording and interviews
  'take-recording',
  'take-stopped',
  'take-not-recording',
  'nothing-recorded',
  'recording-not-saved',
  'chunk-missing',
  'no-transcript',
  'empty-transcript',
  'nothing-to-retry',
  'retry-in-settings',
  'follow-up-of-itself',
  'follow-up-other-question',
  'no-matching-questions',
  'interview-ended',
  'interview-not-running',
  'take-other-question',
  'no-recording',
  'no-score',
  'no-key-points',
  'no-video',
  'follow-up-empty',
  'follow-up-too-long',
  'follow-up-no-point',
  'follow-up-unknown-point',
  'follow-up-covered-point',
  'follow-up-none',
  // Settings
  'filler-built-in',
  'filler-not-built-in',
  'pace-range',
  'weights-all-zero',
  'not-http-address',
  'key-over-plain-http',
  // Transcription and models
  'job-not-retryable',
  'job-not-running',
  'model-name',
  'model-not-in-catalogue',
  'model-not-installed',
  'model-file-missing',
  'model-not-on-server',
  'download-stopped',
  'download-failing',
  'download-server',
  'checksum-mismatch',
  'not-ggml',
  'not-a-speech-model',
  'whisper-not-installed',
  'whisper-failed',
  'whisper-server-start',
  'whisper-server-stopped',
  'whisper-server-slow',
  'whisper-server-no-answer',
  'whisper-server-refused',
  'whisper-server-unreadable',
  'shutting-down',
  'interrupted-twice',
  'stored-result-unreadable',
  'word-vectors-missing',
  'scoring-crashed',
  // Remote engines (transcription server, coach, judge)
  'api-key-missing',
  'turned-off',
  'key-rejected',
  'model-forbidden',
  'model-unknown',
  'server-unreachable',
  'server-error',
  'refused',
  'empty-answer',
  'answer-too-long',
  'content-filter',
  'bad-format',
  'judge-misnamed-point',
  'judge-missed-point',
  // Files on disk
  'quota',
  'file-missing',
  'data-folder',
  // Requests refused before any handler runs
  'cross-origin',
  'not-from-page',
  'request-too-large',
  'body-not-json',
  'bad-call-name',
  // Browser mode, seen by the page itself
  'local-server-down',
  'tab-not-signed-in',
] as const;
export type ErrorReason = (typeof errorReasons)[number];

/** Things that can be missing. */
export const missingThings = [
  'take',
  'deck',
  'question',
  'interview',
  'interview-question',
  'model',
  'job',
  'backup',
] as const;

/** Who did the work that failed, so the words can name it. */
export const errorActors = ['transcription', 'coach', 'judge', 'interviewer', 'download'] as const;
export type ErrorActor = (typeof errorActors)[number];

export const errorDetailSchema = z.object({
  reason: z.enum(errorReasons).optional(),
  what: z.enum(missingThings).optional(),
  who: z.enum(errorActors).optional(),
  /** A Whisper or chat model's name. */
  model: z.string().max(300).optional(),
  /** A server address the user typed. */
  address: z.string().max(2000).optional(),
  /** A filler word. */
  word: z.string().max(200).optional(),
  /** What the desktop-only feature is. */
  feature: z.enum(['file-dialog', 'pdf']).optional(),
  /** An HTTP status another server answered. */
  status: z.number().int().optional(),
  bytes: z.number().min(0).optional(),
  limitBytes: z.number().min(0).optional(),
  seconds: z.number().min(0).optional(),
  /** A 1-based key point, or the next recording chunk expected. */
  number: z.number().int().optional(),
  columns: z.array(z.string().max(100)).max(20).optional(),
  /**
   * Words another program or server wrote (whisper.cpp's stderr, a server's
   * error, a model's refusal), passed on as they came; never our own sentence.
   */
  said: z.string().max(2000).optional(),
  /** A job's failure as an older release stored it: already in words. */
  storedText: z.string().max(2000).optional(),
});
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

/** A stored job's failure: its code is kept as written, which may predate today's list of codes. */
export const jobErrorSchema = z.object({ code: z.string(), detail: errorDetailSchema });
export type JobError = z.infer<typeof jobErrorSchema>;
