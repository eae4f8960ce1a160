import { z } from 'zod';
import { call, event, id, isoDate, noInput, okOutput } from './define';
import { errorDetailSchema } from './error-detail';
import { apiErrorSchema } from './result';
import { patchSchema } from './patch';

export const engineIdSchema = z.enum(['local', 'openai']);
export type EngineId = z.infer<typeof engineIdSchema>;

/** Times are seconds from the start of the recording. */
export const wordSchema = z.object({
  text: z.string(),
  start: z.number(),
  end: z.number(),
  probability: z.number().min(0).max(1),
});
export type Word = z.infer<typeof wordSchema>;

export const segmentSchema = z.object({ start: z.number(), end: z.number(), text: z.string() });
export type Segment = z.infer<typeof segmentSchema>;

export const transcriptSchema = z.object({
  text: z.string(),
  language: z.string(),
  segments: z.array(segmentSchema),
  words: z.array(wordSchema),
  engine: engineIdSchema,
  model: z.string(),
  /** Wall-clock seconds the engine took. */
  seconds: z.number().min(0),
});
export type Transcript = z.infer<typeof transcriptSchema>;

export const jobStatusSchema = z.enum(['queued', 'running', 'done', 'failed', 'canceled']);
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const transcriptionJobSchema = z.object({
  id,
  takeId: id,
  status: jobStatusSchema,
  /** 0..1 */
  progress: z.number().min(0).max(1),
  engine: engineIdSchema,
  model: z.string(),
  errorCode: z.string().nullable(),
  errorDetail: errorDetailSchema.nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type TranscriptionJob = z.infer<typeof transcriptionJobSchema>;

export const modelInfoSchema = z.object({
  name: z.string(),
  description: z.string(),
  multilingual: z.boolean(),
  quantized: z.boolean(),
  sizeBytes: z.number().int().min(0),
  recommended: z.boolean(),
  /** Imported files are installed but not in the catalogue. */
  source: z.enum(['catalogue', 'imported']),
  installed: z.boolean(),
  download: z
    .object({
      state: z.enum(['downloading', 'paused']),
      receivedBytes: z.number().min(0),
      totalBytes: z.number().min(0),
      etaSeconds: z.number().min(0).nullable(),
    })
    .nullable(),
});
export type ModelInfo = z.infer<typeof modelInfoSchema>;

/** A Whisper model's name, as its file ggml-<name>.bin is named: nothing that could reach outside the models folder. */
export const modelNameSchema = z
  .string()
  .regex(/^[\w.-]{1,100}$/, { message: 'A model name is letters, digits, dots, dashes or underscores.' });

export const engineSettingsSchema = z.object({
  engine: engineIdSchema.default('local'),
  localModel: modelNameSchema.default('base.en'),
  language: z.string().min(2).max(8).default('en'),
  threads: z.number().int().min(0).max(64).default(0),
  openaiBaseUrl: z.string().url().max(500).default('https://api.openai.com/v1'),
  openaiModel: z.string().min(1).max(100).default('whisper-1'),
  openaiTimeoutSeconds: z.number().int().min(5).max(3600).default(120),
});
export type EngineSettings = z.infer<typeof engineSettingsSchema>;
export const engineSettingsPatchSchema = patchSchema(engineSettingsSchema);
export type EngineSettingsPatch = z.infer<typeof engineSettingsPatchSchema>;

/** What the user must fix before an engine can run, or null when it can. */
export const engineBlockerSchema = z.enum(['ENGINE_MISSING', 'MODEL_MISSING', 'API_KEY_MISSING']).nullable();
export type EngineBlocker = z.infer<typeof engineBlockerSchema>;

/** One engine as a take could use it now: the model it would run and what keeps it from running. */
export const engineChoiceSchema = z.object({
  engine: engineIdSchema,
  model: z.string(),
  /** Where the cloud engine sends the audio; null for the local one. */
  server: z.string().nullable(),
  blocker: engineBlockerSchema,
});
export type EngineChoice = z.infer<typeof engineChoiceSchema>;

export const transcriptionStatusSchema = z.object({
  engine: engineIdSchema,
  /** whisper.cpp was built at install time (or ships with the app). */
  localEngineAvailable: z.boolean(),
  localModelInstalled: z.boolean(),
  recommendedModel: z.object({ name: z.string(), sizeBytes: z.number().int() }),
  /** A key is saved for the engine's server (keyServer); each server has its own. */
  openaiKeySet: z.boolean(),
  keyServer: z.string().nullable(),
  /** False for plain http to another computer: no key is sent there. */
  keyAllowed: z.boolean(),
  keyStorage: z.object({ kind: z.enum(['os-keychain', 'file']), warning: z.string().nullable() }),
  /** What the user should do next, or null when transcription can run. */
  blocker: engineBlockerSchema,
  queuedJobs: z.number().int().min(0),
});
export type TranscriptionStatus = z.infer<typeof transcriptionStatusSchema>;

/** A key for the server a feature is set to use (each server keeps its own); null forgets it. */
export const apiKeyInput = z.object({ key: z.string().trim().min(1).max(500).nullable() }).strict();

const modelRef = z.object({ name: z.string().min(1).max(200) }).strict();
const jobRef = z.object({ jobId: id }).strict();

export const transcriptionCalls = {
  'transcription.status': call(
    'Whether transcription can run and what is missing.',
    noInput,
    transcriptionStatusSchema,
  ),
  'transcription.engines': call(
    'Every engine with the model it would use and what keeps it from running, to choose one for a take.',
    noInput,
    z.object({ chosen: engineIdSchema, engines: z.array(engineChoiceSchema) }),
  ),
  'transcription.models.list': call(
    'Catalogue and installed models with download state and disk use.',
    noInput,
    z.object({ models: z.array(modelInfoSchema), diskBytes: z.number().int().min(0) }),
  ),
  'transcription.models.download': call('Start or resume a model download.', modelRef, okOutput),
  'transcription.models.pause': call('Pause a download, keeping what was received.', modelRef, okOutput),
  'transcription.models.cancel': call('Stop a download and remove its partial file.', modelRef, okOutput),
  'transcription.models.import': call(
    'Copy a whisper.cpp model file the user already has into the models folder.',
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    modelInfoSchema,
  ),
  'transcription.models.importChosen': call(
    'Desktop app: the user picks a model file in the system dialog and it is imported; null when they cancel.',
    noInput,
    modelInfoSchema.nullable(),
  ),
  'transcription.models.delete': call('Delete an installed model.', modelRef, okOutput),
  'transcription.settings.get': call('Engine settings.', noInput, engineSettingsSchema),
  'transcription.settings.update': call(
    'Change engine settings; returns them all.',
    engineSettingsPatchSchema,
    engineSettingsSchema,
  ),
  'transcription.apiKey.set': call(
    "Store (or with null, forget) the API key for the engine's server; each server keeps its own.",
    apiKeyInput,
    okOutput,
  ),
  'transcription.jobs.list': call(
    'Transcription jobs, newest first; optionally only one take.',
    z.object({ takeId: id.optional() }).strict().default({}),
    z.array(transcriptionJobSchema),
  ),
  'transcription.jobs.enqueue': call(
    'Queue a take for transcription (again).',
    z.object({ takeId: id, engine: engineIdSchema.optional() }).strict(),
    transcriptionJobSchema,
  ),
  'transcription.jobs.retry': call('Queue a failed or canceled job again.', jobRef, transcriptionJobSchema),
  'transcription.jobs.cancel': call('Cancel a queued or running job.', jobRef, okOutput),
  'transcription.transcript.get': call(
    'The latest transcript of a take, or null.',
    z.object({ takeId: id }).strict(),
    transcriptSchema.nullable(),
  ),
};

export const transcriptionEvents = {
  'transcription.job': event('A transcription job changed status or progress.', transcriptionJobSchema),
  'transcription.live': event(
    'The transcript so far of a take being recorded (local engine), after each piece of it is transcribed.',
    z.object({ takeId: id, text: z.string() }),
  ),
  'transcription.model': event(
    'A model download progressed, finished or failed.',
    z.object({
      name: z.string(),
      state: z.enum(['downloading', 'paused', 'installed', 'failed', 'canceled']),
      receivedBytes: z.number().min(0),
      totalBytes: z.number().min(0),
      etaSeconds: z.number().min(0).nullable(),
      error: apiErrorSchema.nullable(),
    }),
  ),
};
