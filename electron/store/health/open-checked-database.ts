import fs from 'node:fs';
import type { DamagedDatabase } from '@contract';
import type { DatabaseBackups } from '../backups/database-backups';
import { connectDatabase, type Db } from '../database';
import { migrateWithBackup } from '../migrate';
import { isDatabaseDamage } from '../sqlite-errors';
import { checkDatabaseFile, type DatabaseCheck } from './database-check';
import { moveAside } from './move-aside';

export type CheckedOpen =
  | {
      readonly ok: true;
      readonly db: Db;
      /** The file did not exist: nothing in it yet to back up. */ readonly created: boolean;
    }
  | { readonly ok: false; readonly damage: DamagedDatabase };

/**
 * Opens the app database only if it passes SQLite's quick check, backing it up
 * before any migration. A damaged file is moved aside under a timestamped name,
 * never deleted, and described so the user can choose what comes next.
 */
export async function openCheckedDatabase(
  file: string,
  backups: DatabaseBackups,
  now: () => Date,
): Promise<CheckedOpen> {
  const check = checkDatabaseFile(file);
  if (!check.healthy) return setAside(file, check, now());
  const created = !fs.existsSync(file);
  let db: Db | undefined;
  try {
    db = connectDatabase(file);
    const opened = db;
    await migrateWithBackup(opened, (label) => backups.create(opened, label));
    return { ok: true, db: opened, created };
  } catch (error) {
    db?.close();
    // A page the quick check did not reach can still fail on first write.
    if (isDatabaseDamage(error))
      return setAside(file, { healthy: false, problem: 'failed-check', detail: (error as Error).message }, now());
    throw error;
  }
}

function setAside(file: string, check: Extract<DatabaseCheck, { healthy: false }>, foundAt: Date): CheckedOpen {
  const moved = moveAside(file, foundAt);
  return {
    ok: false,
    damage: { problem: check.problem, detail: check.detail, ...moved, foundAt: foundAt.toISOString() },
  };
}
