import { describe, expect, it } from 'vitest';
import { settingsSchema } from '@contract/settings';
import { engineSettingsSchema } from '@contract/transcription';
import { scoringOverrides } from '../settings/scoring-settings';
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
    writeSettingsRow(db, 'app', ['not', 'an', 'object']);
    expect(services.settings.get()).toEqual(defaults);
    services.dispose();
  });

  it('keeps the valid fields of a row in which some no longer validate, defaulting only those', () => {
    const services = tempServices();
    const defaults = settingsSchema.parse({});
    const stored = {
      ...defaults,
      theme: 'dark',
      thinkSeconds: 400, // above the 300 s allowed
      coachEnabled: true,
      coachBaseUrl: 'http://127.0.0.1:11434/v1',
      coachModel: '', // too short
      microphoneDeviceId: 'usb-mic',
      targetWordsPerMinute: 120,
      retiredSetting: 'from an older build',
    };
    writeSettingsRow(services.db, 'app', stored);
    expect(services.settings.get()).toEqual({
      ...defaults,
      theme: 'dark',
      coachEnabled: true,
      coachBaseUrl: 'http://127.0.0.1:11434/v1',
      microphoneDeviceId: 'usb-mic',
      targetWordsPerMinute: 120,
    });
    // The next change stores the mended row, and the kept values with it.
    expect(services.settings.update({ thinkSeconds: 20 })).toMatchObject({ thinkSeconds: 20, theme: 'dark' });

    writeSettingsRow(services.db, 'transcription', {
      engine: 'openai',
      openaiBaseUrl: 'http://127.0.0.1:8080/v1',
      threads: -3,
      language: 'a-language-code-too-long',
    });
    expect(services.transcription.settings.get()).toEqual({
      ...engineSettingsSchema.parse({}),
      engine: 'openai',
      openaiBaseUrl: 'http://127.0.0.1:8080/v1',
    });
    services.dispose();
  });

  it('keeps the valid norms inside a nested group with a bad one', () => {
    const services = tempServices();
    writeSettingsRow(services.db, 'scoring', {
      delivery: { wpmMin: 110, wpmMax: 'fast', fillerWords: { added: ['basically'], removed: 'um' } },
      weights: { content: 0.7 },
      timing: 'strict',
    });
    expect(scoringOverrides(services.db)).toEqual({
      delivery: { wpmMin: 110, fillerWords: { added: ['basically'] } },
      weights: { content: 0.7 },
    });
    services.dispose();
  });
});
