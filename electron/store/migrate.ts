import type Database from 'better-sqlite3';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';

/**
 * Brings the schema up to date using SQLite's user_version. Each migration
 * runs in its own transaction, so a failure leaves the last good version.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = allMigrations): number {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`The database was written by a newer Rehearse (schema ${current}); update the app.`);
  }
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Migrates only after a backup of the data the migrations will change: a
 * migration that goes wrong in a way its transaction cannot undo (a bug in
 * the new version, a power cut on a disk that lies about syncing) still leaves
 * a copy of what the user had. One backup covers the whole run of pending
 * migrations. A new, empty database has nothing to back up. If the backup
 * fails (a full disk), nothing is migrated.
 */
export async function migrateWithBackup(
  db: Database.Database,
  backup: (label: string) => Promise<unknown>,
  migrations: readonly Migration[] = allMigrations,
): Promise<number> {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > 0 && current < migrations.length) await backup(`before-v${migrations.length}`);
  return migrate(db, migrations);
}
