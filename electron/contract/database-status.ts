import { z } from 'zod';
import { isoDate } from './define';

/** One automatic backup of the database, newest first when listed. */
export const backupInfoSchema = z.object({
  path: z.string(),
  takenAt: isoDate,
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/**
 * Why the database was set aside at start: `unreadable` when SQLite could not
 * open it at all (a truncated or garbage file), `failed-check` when it opened
 * but its integrity check found damaged pages.
 */
export const databaseProblemSchema = z.enum(['unreadable', 'failed-check']);
export type DatabaseProblem = z.infer<typeof databaseProblemSchema>;

export const damagedDatabaseSchema = z.object({
  problem: databaseProblemSchema,
  /** SQLite's own words, for a support request; the UI leads with its own sentence. */
  detail: z.string().max(2000),
  /** Where the damaged file now lives, kept as it was. */
  keptAt: z.string(),
  /** Every file moved aside: the database and its -wal / -shm companions. */
  keptFiles: z.array(z.string()),
  foundAt: isoDate,
});
export type DamagedDatabase = z.infer<typeof damagedDatabaseSchema>;

export const databaseStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ok'),
    latestBackup: backupInfoSchema.nullable(),
    /** After a recovery in this run: what was done, so the app can say so once. */
    recovered: z
      .object({ choice: z.enum(['restore', 'fresh']), restoredFrom: backupInfoSchema.nullable(), keptAt: z.string() })
      .nullable(),
  }),
  z.object({
    state: z.literal('damaged'),
    damage: damagedDatabaseSchema,
    latestBackup: backupInfoSchema.nullable(),
  }),
]);
export type DatabaseStatus = z.infer<typeof databaseStatusSchema>;

export const recoveryChoiceSchema = z.enum(['restore', 'fresh']);
export type RecoveryChoice = z.infer<typeof recoveryChoiceSchema>;

/** What happened, in the words both the desktop dialog and the recovery page use. */
export const databaseProblemText: Record<DatabaseProblem, string> = {
  unreadable: 'Rehearse’s database file is damaged (cut short or overwritten) and could not be opened.',
  'failed-check': 'Rehearse’s database opened, but its integrity check found damaged pages inside it.',
};
