import fs from 'node:fs';
import { AppError } from '@contract/app-error';
import type { BackupInfo } from '@contract';
import type { DatabaseBackups } from '../store/backups/database-backups';
import { checkDatabaseFile } from '../store/health/database-check';

/**
 * Puts the newest backup that passes SQLite's quick check where the damaged
 * database was. The backup itself stays in `backups/`, so restoring can be
 * repeated; the copy is renamed into place only when complete.
 */
export function recoveryFile(backups: DatabaseBackups, databaseFile: string): BackupInfo {
  const usable = backups.list().find((backup) => checkDatabaseFile(backup.path).healthy);
  if (!usable) {
    throw new AppError('NOT_FOUND', { what: 'backup' });
  }
  if (fs.existsSync(databaseFile)) {
    throw new AppError('CONFLICT', { reason: 'database-in-place' });
  }
  const partial = `${databaseFile}.restoring`;
  try {
    fs.copyFileSync(usable.path, partial);
    fs.renameSync(partial, databaseFile);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return usable;
}
