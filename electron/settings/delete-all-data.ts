import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';
import type { Db } from '../store/database';

/**
 * "Delete all my data": every row the user created and every recording.
 * Downloaded speech models are kept (they are the app's tools, not the user's
 * data, and large to fetch again); so is a stored API key, which the user
 * removes on its own where it was entered.
 */
export async function deleteAllData(db: Db, recordingsDir: string, logger: Logger): Promise<number> {
  db.transaction(() => {
    // Child rows first, so the result does not depend on which foreign keys cascade.
    const tables = [
      'session_items',
      'sessions',
      'review_cards',
      'transcript_edits',
      'jobs',
      'attempts',
      'questions',
      'decks',
      'settings',
    ];
    const existing = new Set(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
    );
    for (const table of tables) if (existing.has(table)) db.prepare(`DELETE FROM ${table}`).run();
  })();
  let removed = 0;
  for (const entry of await fs.readdir(recordingsDir, { withFileTypes: true }).catch(() => [])) {
    try {
      await fs.rm(path.join(recordingsDir, entry.name), { recursive: true, force: true });
      removed += 1;
    } catch (error) {
      logger.warn('could not remove a recording file', { file: entry.name, error: String(error) });
    }
  }
  return removed;
}
