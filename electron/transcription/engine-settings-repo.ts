import { applyPatch } from '@contract/patch';
import { engineSettingsSchema, type EngineSettings, type EngineSettingsPatch } from '@contract/transcription';
import { readSettingsRow, writeSettingsRow } from '../store/settings-rows';
import type { Db } from '../store/database';

const KEY = 'transcription';

/** Engine settings live in their own settings row, with every default filled in. */
export class EngineSettingsRepo {
  constructor(private readonly db: Db) {}

  get(): EngineSettings {
    return readSettingsRow(this.db, KEY, engineSettingsSchema, engineSettingsSchema.parse({}));
  }

  update(patch: EngineSettingsPatch): EngineSettings {
    const next = engineSettingsSchema.parse(applyPatch(this.get(), patch));
    writeSettingsRow(this.db, KEY, next);
    return next;
  }
}
