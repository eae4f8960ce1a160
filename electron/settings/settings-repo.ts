import { settingsSchema, type Settings, type SettingsPatch } from '../api/contract/settings';
import type { Db } from '../store/database';

const KEY = 'app';

/** Settings are stored as one JSON document and always read through the schema. */
export class SettingsRepo {
  constructor(private readonly db: Db) {}

  get(): Settings {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
    let stored: unknown;
    try {
      stored = row ? JSON.parse(row.value) : {};
    } catch {
      stored = {};
    }
    const parsed = settingsSchema.safeParse(stored);
    // A field written by an older or newer build that no longer validates falls back to defaults.
    return parsed.success ? parsed.data : settingsSchema.parse({});
  }

  update(patch: SettingsPatch): Settings {
    const next = settingsSchema.parse({ ...this.get(), ...patch });
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(KEY, JSON.stringify(next));
    return next;
  }
}
