import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../api/contract/settings';
import { tempServices } from '../testing/temp-services';
import { readSettingsRow, writeSettingsRow } from './settings-rows';

describe('settings rows', () => {
  it('never lets a damaged or foreign row stop the app: it falls back to defaults', () => {
    const services = tempServices();
    const { db } = services;
    const defaults = settingsSchema.parse({});
    expect(readSettingsRow(db, 'app', settingsSchema, defaults)).toEqual(defaults);

    writeSettingsRow(db, 'app', { ...defaults, thinkSeconds: 30 });
    expect(readSettingsRow(db, 'app', settingsSchema, defaults).thinkSeconds).toBe(30);
    expect(services.settings.get().thinkSeconds).toBe(30);

    db.prepare("UPDATE settings SET value = '{not json' WHERE key = 'app'").run();
    expect(services.settings.get()).toEqual(defaults);
    writeSettingsRow(db, 'app', { thinkSeconds: 'soon' });
    expect(services.settings.get()).toEqual(defaults);
    services.dispose();
  });
});
