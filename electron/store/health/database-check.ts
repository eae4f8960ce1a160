import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { DatabaseProblem } from '@contract';
import { isDatabaseDamage } from '../sqlite-errors';

export type DatabaseCheck = { healthy: true } | { healthy: false; problem: DatabaseProblem; detail: string };

/**
 * Opens the file read-only and runs `PRAGMA quick_check`, so a damaged file is
 * judged without SQLite checkpointing or rewriting anything in it. A missing
 * file is healthy (it will be created). Errors that are not damage, such as a
 * locked or unreadable file, are thrown: moving such a file aside would not fix
 * it and would hide the user's data.
 */
export function checkDatabaseFile(file: string): DatabaseCheck {
  if (!fs.existsSync(file)) return { healthy: true };
  // SQLite reads an empty file as a new database, but Rehearse writes its schema
  // the moment it creates one: an empty file is one cut short to nothing.
  if (fs.statSync(file).size === 0) return { healthy: false, problem: 'unreadable', detail: 'The file is empty.' };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    readSchema(db);
  } catch (error) {
    db?.close();
    if (!isDatabaseDamage(error)) throw error;
    return { healthy: false, problem: 'unreadable', detail: (error as Error).message };
  }
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const findings = rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
    return findings.length === 0
      ? { healthy: true }
      : { healthy: false, problem: 'failed-check', detail: findings.join('\n').slice(0, 2000) };
  } catch (error) {
    // The check itself stumbled on a damaged page: the file opened, its content did not hold.
    if (!isDatabaseDamage(error)) throw error;
    return { healthy: false, problem: 'failed-check', detail: (error as Error).message };
  } finally {
    db.close();
  }
}

/** The first read SQLite makes of a file: its header and schema page. */
function readSchema(db: Database.Database): void {
  db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
}
