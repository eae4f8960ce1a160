import type { DatabaseStatus, RecoveryChoice } from '@contract';
import { AppError } from '@contract/app-error';
import type { DatabaseBackups } from '../backups/database-backups';

/** What the app calls `app.databaseStatus` and `app.recoverDatabase` answer from. */
export interface DatabaseRecovery {
  status(): DatabaseStatus;
  recover(choice: RecoveryChoice): Promise<DatabaseStatus>;
}

/** For a database opened directly (tests, tools): it is working, so there is nothing to recover. */
export function workingDatabase(backups: DatabaseBackups): DatabaseRecovery {
  return {
    status: () => ({ state: 'ok', latestBackup: backups.latest(), recovered: null }),
    recover: () => Promise.reject(nothingToRecover()),
  };
}

export function nothingToRecover(): AppError {
  return new AppError('CONFLICT', { reason: 'database-working' });
}
