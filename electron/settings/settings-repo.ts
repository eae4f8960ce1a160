import { applyPatch } from '@contract/patch';
import { settingsSchema, type Settings, type SettingsPatch } from '@contract/settings';
import type { Db } from '../store/database';
import { readSettingsRow, writeSettingsRow } from '../store/settings-rows';

const KEY = 'app';

/** The app's general settings, with every default filled in. */
export class SettingsRepo {
  constructor(private readonly db: Db) {}

  get(): Settings {
    return readSettingsRow(this.db, KEY, settingsSchema, settingsSchema.parse({}));
  }

  update(patch: SettingsPatch): Settings {
    const next = settingsSchema.parse(applyPatch(this.get(), patch));
    writeSettingsRow(this.db, KEY, next);
    return next;
  }
}
