import { z } from 'zod';
import { call, noInput } from './define';

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
  /** System voice that reads questions aloud (its name); null uses the system default. */
  readAloudVoice: z.string().max(300).nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

const positive = z.number().finite().min(0).max(1000);

/** The scorer's delivery norms, timing tolerance and overall weights, as the user may change them. */
export const scoringNormsSchema = z.object({
  wpmMin: positive,
  wpmMax: positive,
  fillersPerMinuteMax: positive,
  longPauseSeconds: positive,
  /** Share of the target still on time (0.15 = ±15%). */
  timingTolerance: z.number().min(0).max(1),
  weights: z.object({ content: positive, delivery: positive, timing: positive, structure: positive }),
});
export type ScoringNorms = z.infer<typeof scoringNormsSchema>;

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
        patch: scoringNormsSchema.partial().extend({ weights: scoringNormsSchema.shape.weights.partial().optional() }),
        reset: z.boolean().default(false),
      })
      .strict(),
    scoringNormsSchema,
  ),
  'settings.deleteAllData': call(
    'Delete every deck, take, recording, transcript, score, interview and setting. Downloaded speech models are kept.',
    z.object({ confirm: z.literal('DELETE') }).strict(),
    z.object({ ok: z.literal(true), filesRemoved: z.number().int().min(0) }),
  ),
};
