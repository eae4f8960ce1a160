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
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const settingsCalls = {
  'settings.get': call('Current settings with defaults filled in.', noInput, settingsSchema),
  'settings.update': call('Change some settings; returns them all.', settingsPatchSchema, settingsSchema),
};
