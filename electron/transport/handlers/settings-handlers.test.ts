import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { interviewOptionsSchema } from '@contract/interviews';
import { generateHistory } from '../../progress/history-generator';
import { tempServices } from '../../testing/temp-services';
import { apiCaller } from '../../testing/api-caller';

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});

const call = apiCaller(() => services).result;

describe('scoring norms', () => {
  it('reads defaults, stores changes the scorer will use, and resets', async () => {
    const initial = await call('settings.norms.get', {});
    expect(initial).toMatchObject({ ok: true, value: { norms: { wpmMin: 130, wpmMax: 160, timingTolerance: 0.15 } } });

    const changed = await call('settings.norms.update', { patch: { wpmMin: 120, weights: { content: 0.7 } } });
    expect(changed).toMatchObject({
      ok: true,
      value: { wpmMin: 120, wpmMax: 160, weights: { content: 0.7, delivery: 0.2 } },
    });
    expect(services.progress.overview('UTC').delivery.norms.wpmMin).toBe(120);

    expect(await call('settings.norms.update', { patch: {}, reset: true })).toMatchObject({ value: { wpmMin: 130 } });
  });

  it('refuses a pace range upside down or a score with no weight', async () => {
    expect(await call('settings.norms.update', { patch: { wpmMin: 200 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const zero = { content: 0, delivery: 0, timing: 0, structure: 0 };
    expect(await call('settings.norms.update', { patch: { weights: zero } })).toMatchObject({ ok: false });
    expect(await call('settings.norms.get', {})).toMatchObject({ value: { norms: { wpmMin: 130 } } });
  });
});

describe('delete all my data', () => {
  it('needs the confirmation word', async () => {
    expect(await call('settings.deleteAllData', { confirm: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('removes decks, takes, scores, interviews, settings and recordings but keeps models', async () => {
    generateHistory(services.db, { takes: 20 });
    services.interviews.create(interviewOptionsSchema.parse({ length: { kind: 'count', count: 2 } }));
    services.settings.update({ thinkSeconds: 3 });
    fs.writeFileSync(path.join(services.paths.recordingsDir, 'a.webm'), 'x');
    fs.writeFileSync(path.join(services.paths.modelsDir, 'ggml-base.en.bin'), 'model');

    expect(await call('settings.deleteAllData', { confirm: 'DELETE' })).toEqual({
      ok: true,
      value: { ok: true, filesRemoved: 1 },
    });
    for (const table of [
      'decks',
      'questions',
      'takes',
      'jobs',
      'interviews',
      'interview_items',
      'schedule_cards',
      'settings',
    ]) {
      expect(services.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    expect(fs.readdirSync(services.paths.recordingsDir)).toEqual([]);
    expect(fs.readdirSync(services.paths.modelsDir)).toContain('ggml-base.en.bin');
    expect(services.settings.get().thinkSeconds).toBe(15);
  });
});
