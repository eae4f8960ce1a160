import type { z } from 'zod';
import type { Db } from '../store/database';

/**
 * Each group of settings is one JSON row in the `settings` table, always read
 * through its schema. A missing row, unreadable JSON, or a value written by
 * an older or newer build that no longer validates gives the fallback, so a
 * bad row can never stop the app from starting.
 */
export function readSettingsRow<S extends z.ZodType>(
  db: Db,
  key: string,
  schema: S,
  fallback: z.output<S>,
): z.output<S> {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return fallback;
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    return fallback;
  }
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : fallback;
}

export function writeSettingsRow(db: Db, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
