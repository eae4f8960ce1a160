import { z } from 'zod';
import { call, noInput } from './define';

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(['electron', 'web']),
  dataDir: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appCalls = {
  'app.info': call('What this build is and where its data lives.', noInput, appInfoSchema),
};
