import { engineSettingsSchema, type EngineSettings } from '../api/contract/transcription';
import type { Db } from '../store/database';

const KEY = 'transcription';

/** Engine settings live in their own settings row, always read through the schema. */
export class EngineSettingsRepo {
  constructor(private readonly db: Db) {}

  get(): EngineSettings {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
    let stored: unknown;
    try {
      stored = row ? JSON.parse(row.value) : {};
    } catch {
      stored = {};
    }
    const parsed = engineSettingsSchema.safeParse(stored);
    return parsed.success ? parsed.data : engineSettingsSchema.parse({});
  }

  update(patch: Partial<EngineSettings>): EngineSettings {
    const next = engineSettingsSchema.parse({ ...this.get(), ...patch });
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(KEY, JSON.stringify(next));
    return next;
  }
}
