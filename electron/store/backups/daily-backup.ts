import type { BackupInfo } from '@contract';
import type { Logger } from '../../logger';
import type { Db } from '../database';
import type { DatabaseBackups } from './database-backups';

export const BACKUP_CHECK_MS = 60 * 60 * 1000;

export interface DailyBackup {
  /** Takes a backup if the newest is a day old (or there is none); a failure is logged, never thrown. */
  runIfDue(): Promise<BackupInfo | null>;
  stop(): void;
}

/**
 * Keeps one backup a day while the app runs. The timer only checks the age of
 * the newest backup, so a laptop that sleeps through the night still gets its
 * backup soon after waking instead of a day after the app was opened.
 */
export function startDailyBackup(
  db: Db,
  backups: DatabaseBackups,
  logger: Logger,
  checkEveryMs: number = BACKUP_CHECK_MS,
): DailyBackup {
  let running: Promise<BackupInfo | null> | null = null;
  let stopped = false;

  const runIfDue = (): Promise<BackupInfo | null> => {
    if (stopped || !backups.isDue()) return Promise.resolve(null);
    running ??= backups
      .create(db)
      .catch((error: unknown) => {
        if (!stopped) logger.warn('automatic database backup failed', error);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => void runIfDue(), checkEveryMs);
  // A pending backup check must never keep the process (CLI, tests) alive.
  timer.unref();
  return {
    runIfDue,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
