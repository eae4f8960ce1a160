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
