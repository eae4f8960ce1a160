import type { Db } from './database';

// Child rows first, so the result does not depend on which foreign keys cascade.
const userTables = [
  'interview_items',
  'interviews',
  'schedule_cards',
  'transcript_edits',
  'jobs',
  'takes',
  'questions',
  'decks',
  'settings',
];

/** Empties every table that holds what the user made, in one transaction; the tables themselves stay. */
export function eraseUserRows(db: Db): void {
  db.transaction(() => {
    const existing = new Set(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
    );
    for (const table of userTables) if (existing.has(table)) db.prepare(`DELETE FROM ${table}`).run();
  })();
}
