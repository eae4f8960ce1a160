import Database from 'better-sqlite3';
import { migrate } from './migrate';

export type Db = Database.Database;

/** Opens (or creates) the app database in WAL mode and migrates it. */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  // WAL keeps readers (the UI's lists) from waiting on the job queue's writes.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
