import { z } from 'zod';
import { withoutFallbacks } from '@contract/patch';
import type { Db } from './database';

/**
 * Each group of settings is one JSON row in the `settings` table, always read
 * through its schema. A missing row or unreadable JSON gives the fallback; a
 * row written by an older or newer build in which some values no longer
 * validate keeps every value that still does and takes the fallback's for the
 * rest, so one bad value neither stops the app nor resets the whole group.
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
  return salvage(schema, stored, fallback);
}

/** `stored` read through `schema`, field by field where the whole does not validate. */
export function salvage<S extends z.ZodType>(schema: S, stored: unknown, fallback: z.output<S>): z.output<S> {
  const whole = schema.safeParse(stored);
  if (whole.success) return whole.data;
  const objectSchema = withoutFallbacks(schema);
  if (!(objectSchema instanceof z.ZodObject) || !isPlainObject(stored)) return fallback;
  // An optional group with nothing to fall back on still keeps its valid fields.
  const base: Record<string, unknown> = isPlainObject(fallback) ? fallback : {};
  const kept: Record<string, unknown> = {};
  for (const [field, fieldSchema] of Object.entries(objectSchema.shape as Record<string, z.ZodType>)) {
    const value = salvage(fieldSchema, stored[field], base[field]);
    if (value !== undefined) kept[field] = value;
  }
  // Rules across fields (a refinement) can still fail: then nothing stored is trusted.
  const mended = schema.safeParse(kept);
  return mended.success ? mended.data : fallback;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function writeSettingsRow(db: Db, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

/** Whether the row was ever written, whatever it holds: for one-time steps such as adding the starter deck. */
export function hasSettingsRow(db: Db, key: string): boolean {
  return db.prepare('SELECT 1 FROM settings WHERE key = ?').get(key) !== undefined;
}

/** Removes the row, so the group reads as its fallback again. */
export function deleteSettingsRow(db: Db, key: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}
