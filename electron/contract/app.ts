import { z } from 'zod';
import { databaseStatusSchema, recoveryChoiceSchema } from './database-status';
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
  'app.savePdf': call(
    'Save the page on screen as a PDF file (desktop app); browsers use their print dialog.',
    z
      .object({
        fileName: z
          .string()
          .max(120)
          .regex(/^[\w .()-]+\.pdf$/, 'a plain file name ending in .pdf'),
      })
      .strict(),
    z.object({ path: z.string().nullable() }),
  ),
  'app.databaseStatus': call(
    'Whether the database opened cleanly at start; if not, where the damaged file was kept and which backup can replace it.',
    noInput,
    databaseStatusSchema,
  ),
  'app.recoverDatabase': call(
    'After a damaged database was set aside: restore the latest automatic backup, or start with an empty one.',
    z.object({ choice: recoveryChoiceSchema }).strict(),
    databaseStatusSchema,
  ),
};
