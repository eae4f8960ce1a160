import Database from 'better-sqlite3';
import { migrate } from './migrate';

export type Db = Database.Database;

/** Opens (or creates) a database file with the app's connection settings, without migrating it. */
export function connectDatabase(file: string): Db {
  const db = new Database(file);
  try {
    // WAL keeps readers (the UI's lists) from waiting on the job queue's writes.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Opens (or creates) the app database in WAL mode and migrates it. */
export function openDatabase(file: string): Db {
  const db = connectDatabase(file);
  migrate(db);
  return db;
}
