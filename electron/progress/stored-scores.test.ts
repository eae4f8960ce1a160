import { afterEach, describe, expect, it } from 'vitest';
import { tempServices } from '../testing/temp-services';
import { storedScores, writeScoreReport } from './stored-scores';
import { seedDeck, seedTake } from './testing/seed-takes';
import type { DayKey } from '../schedule/local-time';
import { deliverySeries } from './series';
import type { Take } from './take-history';

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});

const report = (overall: unknown) => ({
  overall,
  breakdown: { content: 60, delivery: 80, timing: 100, structure: 50, weights: {} },
  delivery: { wpm: 142, fillers: { count: 3, perMinute: 1.5, items: [] } },
  tips: [],
});

function takes(n: number) {
  const [questionId] = seedDeck(services.db, 'D', [{ prompt: 'Q' }]).questionIds as [string];
  return Array.from({ length: n }, (_, i) => seedTake(services.db, questionId, new Date(Date.UTC(2026, 0, 1 + i))));
}

const insertJob = (id: string, takeId: string, status: string, result: string | null, at: string) =>
  services.db
    .prepare(
      "INSERT INTO jobs (id, kind, take_id, status, result, created_at, updated_at) VALUES (?, 'score', ?, ?, ?, ?, ?)",
    )
    .run(id, takeId, status, result, at, at);

describe('stored scores', () => {
  it('reads the figures progress needs from a score report', () => {
    const [full, bare] = takes(2) as [string, string];
    writeScoreReport(services.db, full, report(71), '2026-01-01T10:00:00Z');
    writeScoreReport(services.db, bare, { overall: 40 }, '2026-01-01T10:00:00Z');
    const scores = storedScores(services.db);
    expect(scores.get(full)).toEqual({
      overall: 71,
      content: 60,
      delivery: 80,
      timing: 100,
      structure: 50,
      wpm: 142,
      fillersPerMinute: 1.5,
      pitchSpread: null,
    });
    expect(scores.get(bare)).toMatchObject({ overall: 40, content: null, wpm: null });
  });

  it('reads the pitch variation of takes whose voice was measured, and charts its daily average', () => {
    const [a, b, c] = takes(3) as [string, string, string];
    const voiced = (spread: number) => ({
      ...report(70),
      delivery: { ...report(70).delivery, voice: { status: 'measured', pitch: { spread } } },
    });
    writeScoreReport(services.db, a, voiced(1.5), '2026-01-01T10:00:00Z');
    writeScoreReport(services.db, b, voiced(2.5), '2026-01-01T11:00:00Z');
    writeScoreReport(
      services.db,
      c,
      { ...report(70), delivery: { ...report(70).delivery, voice: { status: 'not-enough' } } },
      '2026-01-02T10:00:00Z',
    );
    const scores = storedScores(services.db);
    expect([a, b, c].map((id) => scores.get(id)?.pitchSpread)).toEqual([1.5, 2.5, null]);
    const points = deliverySeries(
      [a, b, c].map(
        (takeId, i) =>
          ({ startedAt: new Date(Date.UTC(2026, 0, i < 2 ? 1 : 2, 12)), score: scores.get(takeId)! }) as Take,
      ),
      (at) => at.toISOString().slice(0, 10) as DayKey,
    );
    expect(points.map((p) => [p.day, p.pitchSpread])).toEqual([
      ['2026-01-01', 2],
      ['2026-01-02', null],
    ]);
  });

  it('skips unreadable or out-of-range results instead of failing', () => {
    const [a, b, c] = takes(3) as [string, string, string];
    insertJob('j1', a, 'done', '{not json', '2026-01-01T10:00:00Z');
    insertJob('j2', b, 'done', JSON.stringify(report(140)), '2026-01-01T10:00:00Z');
    insertJob('j3', c, 'done', JSON.stringify(report('high')), '2026-01-01T10:00:00Z');
    expect(storedScores(services.db).size).toBe(0);
  });

  it('keeps the latest finished result per take', () => {
    const [take] = takes(1) as [string];
    insertJob('j2', take, 'done', JSON.stringify(report(65)), '2026-01-01T10:05:00Z');
    insertJob('j1', take, 'done', JSON.stringify(report(50)), '2026-01-01T10:01:00Z');
    insertJob('j3', take, 'failed', null, '2026-01-01T10:09:00Z');
    expect(storedScores(services.db).get(take)?.overall).toBe(65);
  });

  it('picks up a re-score after earlier reads', () => {
    const [take] = takes(1) as [string];
    insertJob('j1', take, 'done', JSON.stringify(report(50)), '2026-01-01T10:01:00Z');
    expect(storedScores(services.db).get(take)?.overall).toBe(50);
    insertJob('j2', take, 'done', JSON.stringify(report(72)), '2026-01-01T10:05:00Z');
    expect(storedScores(services.db).get(take)?.overall).toBe(72);
    services.db.prepare("DELETE FROM jobs WHERE id = 'j2'").run();
    expect(storedScores(services.db).get(take)?.overall).toBe(50);
  });
});
