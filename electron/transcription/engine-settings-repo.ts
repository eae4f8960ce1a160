import { engineSettingsSchema, type EngineSettings } from '../api/contract/transcription';
import { readSettingsRow, writeSettingsRow } from '../settings/settings-rows';
import type { Db } from '../store/database';

const KEY = 'transcription';

/** Engine settings live in their own settings row, with every default filled in. */
export class EngineSettingsRepo {
  constructor(private readonly db: Db) {}

  get(): EngineSettings {
    return readSettingsRow(this.db, KEY, engineSettingsSchema, engineSettingsSchema.parse({}));
  }

  update(patch: Partial<EngineSettings>): EngineSettings {
    const next = engineSettingsSchema.parse({ ...this.get(), ...patch });
    writeSettingsRow(this.db, KEY, next);
    return next;
  }
}
