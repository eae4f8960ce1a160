import { afterEach, describe, expect, it } from 'vitest';
import { tempServices } from '../testing/temp-services';
import { generateHistory } from './history-generator';
import { progressService } from './progress-service';

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});

describe('generateHistory', () => {
  it('writes a scored, multi-deck history that the progress service reads in full', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    const { deckIds, questionIds } = generateHistory(services.db, { takes: 500, now, days: 90 });
    expect(deckIds).toHaveLength(3);
    const overview = progressService(services.db).overview('UTC', 20);
    expect(overview.totals).toMatchObject({ takes: 500, scoredTakes: 500 });
    expect(overview.totals.questionsPractised).toBeLessThanOrEqual(questionIds.length);
    expect(overview.scores.byDeck).toHaveLength(3);
    // 90 days are drawn as 13-14 weekly points, each keyed by its Monday.
    expect(overview.granularity).toBe('week');
    expect(overview.scores.overall.length).toBeGreaterThanOrEqual(13);
    expect(overview.scores.overall.every((p) => new Date(`${p.day}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    expect(overview.scores.overall.at(-1)!.day <= '2026-05-01').toBe(true);
    expect(overview.delivery.points.every((p) => p.wpm !== null)).toBe(true);
  });

  it('gives the same history for the same seed', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    generateHistory(services.db, { takes: 30, now, seed: 7 });
    const first = services.db.prepare('SELECT started_at, duration_ms FROM takes ORDER BY id').all();
    services.dispose();
    services = tempServices();
    generateHistory(services.db, { takes: 30, now, seed: 7 });
    expect(services.db.prepare('SELECT started_at, duration_ms FROM takes ORDER BY id').all()).toEqual(first);
  });

  it('refuses to write a second history into the same folder', () => {
    generateHistory(services.db, { takes: 3 });
    expect(() => generateHistory(services.db, { takes: 3 })).toThrow(/already holds a generated history/);
  });
});
