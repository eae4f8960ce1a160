import { afterEach, describe, expect, it } from 'vitest';
import { tempServices } from '../testing/temp-services';
import { storedScores, takeScoreFromReport } from './stored-scores';
import { seedDeck, seedTake } from './testing/seed-takes';

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});

const report = (overall: number) =>
  JSON.stringify({
    overall,
    breakdown: { content: 60, delivery: 80, timing: 100, structure: 50, weights: {} },
    delivery: { wpm: 142, fillers: { count: 3, perMinute: 1.5, items: [] } },
    tips: [],
  });

describe('stored scores', () => {
  it('reads the figures progress needs from a score report', () => {
    expect(takeScoreFromReport(report(71))).toEqual({
      overall: 71,
      content: 60,
      delivery: 80,
      timing: 100,
      structure: 50,
      wpm: 142,
      fillersPerMinute: 1.5,
    });
    expect(takeScoreFromReport(JSON.stringify({ overall: 40 }))).toMatchObject({ overall: 40, wpm: null });
  });

  it('skips unreadable rows instead of failing', () => {
    expect(takeScoreFromReport(null)).toBeNull();
    expect(takeScoreFromReport('{not json')).toBeNull();
    expect(takeScoreFromReport(JSON.stringify({ overall: 140 }))).toBeNull();
  });

  it('keeps the latest finished result per take', () => {
    const { db } = services;
    const [questionId] = seedDeck(db, 'D', [{ prompt: 'Q' }]).questionIds as [string];
    const take = seedTake(db, questionId, new Date('2026-01-01T10:00:00Z'));
    const insert = db.prepare(
      "INSERT INTO jobs (id, kind, attempt_id, status, result, created_at, updated_at) VALUES (?, 'score', ?, ?, ?, ?, ?)",
    );
    insert.run('j1', take, 'done', report(50), 'a', '2026-01-01T10:01:00Z');
    insert.run('j2', take, 'done', report(65), 'a', '2026-01-01T10:05:00Z');
    insert.run('j3', take, 'failed', null, 'a', '2026-01-01T10:09:00Z');
    expect(storedScores(db).get(take)?.overall).toBe(65);
  });
});
