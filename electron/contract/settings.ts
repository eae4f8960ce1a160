import { z } from 'zod';
import { defaultTargetOptions } from './deck-import';
import { interviewerOptionsSchema } from './follow-ups';
import { call, noInput } from './define';
import { patchSchema } from './patch';

/**
 * Settings are one validated object. Every field has a default so a fresh
 * install and an older settings row both parse.
 */
export const settingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  thinkSeconds: z.number().int().min(0).max(300).default(15),
  readQuestionAloud: z.boolean().default(false),
  cameraEnabled: z.boolean().default(true),
  cameraDeviceId: z.string().max(512).nullable().default(null),
  microphoneDeviceId: z.string().max(512).nullable().default(null),
  /** The optional LLM coach. Off until the user turns it on; its API key lives in the key store, never here. */
  coachEnabled: z.boolean().default(false),
  coachBaseUrl: z.string().url().max(500).default('https://api.openai.com/v1'),
  coachModel: z.string().min(1).max(100).default('gpt-4o-mini'),
  coachTimeoutSeconds: z.number().int().min(5).max(600).default(60),
  /**
   * The optional LLM judge of key points, on a server of its own (often a local llama.cpp or Ollama server).
   * Off until the user turns it on; its API key lives in the key store, never here.
   */
  judgeEnabled: z.boolean().default(false),
  judgeBaseUrl: z.string().url().max(500).default('https://api.openai.com/v1'),
  judgeModel: z.string().min(1).max(100).default('gpt-4o-mini'),
  judgeTimeoutSeconds: z.number().int().min(5).max(600).default(60),
  /**
   * The optional LLM interviewer: asks follow-ups and drafts decks from a job description, on a server of its own.
   * Off until the user turns it on (the built-in interviewer asks follow-ups meanwhile); its key lives in the key store.
   * A follow-up is awaited mid-interview, so its timeout is short; a drafted deck writes many answers and gets longer.
   */
  interviewerLlmEnabled: z.boolean().default(false),
  interviewerBaseUrl: z.string().url().max(500).default('https://api.openai.com/v1'),
  interviewerModel: z.string().min(1).max(100).default('gpt-4o-mini'),
  interviewerTimeoutSeconds: z.number().int().min(5).max(120).default(20),
  deckDraftTimeoutSeconds: z.number().int().min(10).max(900).default(180),
  /** System voice that reads questions aloud (its name); null uses the system default. */
  readAloudVoice: z.string().max(300).nullable().default(null),
  /**
   * Pace at which an import works out a target for an answer whose guide states none. Bounds span a slow,
   * deliberate delivery to a fast one; targets already saved in decks keep the pace they were made with.
   */
  targetWordsPerMinute: z.number().int().min(80).max(220).default(defaultTargetOptions.wordsPerMinute),
  /** Interviewer follow-ups probe one or two points, so their answers are held to a shorter clock and think time. */
  followUpTargetSeconds: z.number().int().min(10).max(600).default(45),
  followUpThinkSeconds: z.number().int().min(0).max(60).default(5),
  /** Follow-ups in single-question practice: how many after each take, in which voice, spoken and/or shown. */
  practiceInterviewer: interviewerOptionsSchema.default({ followUps: 0, voice: null, delivery: 'both' }),
  /** Show the words transcribed so far while answering (local engine). Off: nothing changes on screen mid-answer. */
  showLiveTranscript: z.boolean().default(false),
  /** Measure framing and gaze in video takes on the review page. Off: their video is never sampled for it. */
  cameraPresence: z.boolean().default(true),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = patchSchema(settingsSchema);
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

const positive = z.number().finite().min(0).max(1000);

/** The scorer's delivery norms, timing tolerance and overall weights, as the user may change them. */
export const scoringNormsSchema = z.object({
  wpmMin: positive,
  wpmMax: positive,
  fillersPerMinuteMax: positive,
  longPauseSeconds: positive,
  /** Voice: pitch spread (semitones) below which a stretch is flat, how far loudness may wander (dB), and how much
   * quieter a sentence's end may be (dB); and the delivery points each can cost. */
  monotoneSemitones: positive,
  volumeSpreadMaxDb: positive,
  trailOffDb: positive,
  monotoneWeight: positive,
  volumeWeight: positive,
  trailingOffWeight: positive,
  /** Camera: head turn (degrees) within which a face counts as looking at the camera. */
  lookingConeDegrees: z.number().finite().min(1).max(90),
  /** Share of the target still on time (0.15 = ±15%). */
  timingTolerance: z.number().min(0).max(1),
  weights: z.object({ content: positive, delivery: positive, timing: positive, structure: positive }),
});
export type ScoringNorms = z.infer<typeof scoringNormsSchema>;
export const scoringNormsPatchSchema = patchSchema(scoringNormsSchema);
export type ScoringNormsPatch = z.infer<typeof scoringNormsPatchSchema>;

/**
 * A filler the user adds or removes, stored in lower case: words (letters, inner apostrophes or hyphens), at most four,
 * optionally ending in "?" to count it only as a question tag ("right?").
 */
export const fillerWordSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[a-z]+(?:['-][a-z]+)*(?: [a-z]+(?:['-][a-z]+)*){0,3}\??$/, {
    message: 'A filler is one to four lowercase words, letters only (apostrophes and hyphens inside words).',
  });

export const fillerWordsSchema = z.object({
  added: z.array(fillerWordSchema).max(100),
  removed: z.array(fillerWordSchema).max(100),
});
export type FillerWordsSetting = z.infer<typeof fillerWordsSchema>;

export const settingsCalls = {
  'settings.get': call('Current settings with defaults filled in.', noInput, settingsSchema),
  'settings.update': call('Change some settings; returns them all.', settingsPatchSchema, settingsSchema),
  'settings.norms.get': call(
    'Scoring norms in force (defaults filled in), with the defaults beside them.',
    noInput,
    z.object({ norms: scoringNormsSchema, defaults: scoringNormsSchema }),
  ),
  'settings.norms.update': call(
    'Change scoring norms (or with reset, go back to the defaults); later takes are scored with them.',
    z
      .object({
        patch: scoringNormsPatchSchema,
        reset: z.boolean().default(false),
      })
      .strict(),
    scoringNormsSchema,
  ),
  'settings.fillers.get': call(
    'Filler words the scorer counts: the built-in list, the ones the user added and the built-in ones removed.',
    noInput,
    fillerWordsSchema.extend({ builtIn: z.array(z.string()) }),
  ),
  'settings.fillers.update': call(
    "Replace the user's added and removed fillers (empty lists go back to the defaults); later takes are scored with them.",
    fillerWordsSchema.strict(),
    fillerWordsSchema.extend({ builtIn: z.array(z.string()) }),
  ),
  'settings.deleteAllData': call(
    'Delete every deck, take, recording, transcript, score, interview and setting. Downloaded speech models are kept.',
    z.object({ confirm: z.literal('DELETE') }).strict(),
    z.object({ ok: z.literal(true), filesRemoved: z.number().int().min(0) }),
  ),
};
