import { afterEach, describe, expect, it } from 'vitest';
import { tempServices } from '../testing/temp-services';
import { ProgressService } from './progress-service';
import { memoryScores, seedDeck, seedTake } from './testing/seed-takes';

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});

const norms = { wpmMin: 130, wpmMax: 160, fillersPerMinuteMax: 3 };
const now = new Date('2026-03-12T18:00:00Z');

function build() {
  const { db } = services;
  const scores = memoryScores();
  const backend = seedDeck(db, 'Backend', [
    { prompt: 'Scale a database', section: 'Part 1: Systems > Databases' },
    { prompt: 'Explain caching', section: 'Part 1: Systems > Caches' },
    { prompt: 'Never practised', section: 'Part 2: People' },
  ]);
  const pitch = seedDeck(db, 'Pitch', [{ prompt: 'Tell me about yourself' }]);
  const [db1, cache] = backend.questionIds as [string, string, string];
  const [intro] = pitch.questionIds as [string];
  const add = (questionId: string, iso: string, overall: number | null, wpm = 140, fillers = 2) => {
    const id = seedTake(db, questionId, new Date(iso), 90_000);
    if (overall !== null) scores.set(id, { overall, wpm, fillersPerMinute: fillers, content: overall - 5 });
    return id;
  };
  add(db1, '2026-03-10T09:00:00Z', 40, 120, 5);
  add(db1, '2026-03-11T09:00:00Z', 50, 130, 4);
  add(cache, '2026-03-11T10:00:00Z', 90, 150, 1);
  add(intro, '2026-03-12T09:00:00Z', 75);
  add(intro, '2026-03-12T10:00:00Z', null); // recorded, not scored yet
  seedTake(db, cache, new Date('2026-03-12T11:00:00Z'), 30_000, 'recording'); // still being written: not practice
  const progress = new ProgressService(db, { scores: scores.source, norms: () => norms, now: () => now });
  return { progress, scores, backend, pitch, db1, cache, intro };
}

describe('ProgressService.overview', () => {
  it('totals, streak and minutes come from finished takes', () => {
    const overview = build().progress.overview('UTC', 2);
    expect(overview.totals).toEqual({ takes: 5, scoredTakes: 4, questionsPractised: 3, minutes: 7.5 });
    expect(overview.streak).toEqual({ current: 3, longest: 3, practisedToday: true, lastDay: '2026-03-12' });
    expect(overview.weeks).toEqual([
      { weekStart: '2026-03-02', minutes: 0, takes: 0 },
      { weekStart: '2026-03-09', minutes: 7.5, takes: 5 },
    ]);
  });

  it('averages scores per local day, per deck and per top-level section', () => {
    const { scores, granularity } = build().progress.overview('UTC');
    expect(granularity).toBe('day');
    expect(scores.overall).toEqual([
      { day: '2026-03-10', average: 40, count: 1 },
      { day: '2026-03-11', average: 70, count: 2 },
      { day: '2026-03-12', average: 75, count: 1 },
    ]);
    expect(scores.byDeck.map((s) => [s.label, s.takes])).toEqual([
      ['Backend', 3],
      ['Pitch', 1],
    ]);
    expect(scores.bySection.map((s) => s.label)).toEqual(['Part 1: Systems', 'No section']);
    expect(scores.bySection[0]!.points.map((p) => p.average)).toEqual([40, 70]);
  });

  it('reports pace and fillers per day with the norms', () => {
    const { delivery } = build().progress.overview('UTC');
    expect(delivery.norms).toEqual(norms);
    expect(delivery.points).toEqual([
      { day: '2026-03-10', wpm: 120, fillersPerMinute: 5, pitchSpread: null, count: 1 },
      { day: '2026-03-11', wpm: 140, fillersPerMinute: 2.5, pitchSpread: null, count: 2 },
      { day: '2026-03-12', wpm: 140, fillersPerMinute: 2, pitchSpread: null, count: 1 },
    ]);
  });

  it('lists the weakest questions by their recent scores', () => {
    const { progress, db1, cache } = build();
    const weakest = progress.overview('UTC').weakest;
    expect(weakest.map((w) => w.prompt)).toEqual(['Scale a database', 'Tell me about yourself', 'Explain caching']);
    expect(weakest[0]).toMatchObject({ questionId: db1, recentAverage: 45, lastScore: 50, takes: 2 });
    expect(weakest.find((w) => w.questionId === cache)!.due).not.toBeNull();
  });

  it('leaves out decks in the trash', () => {
    const { progress, pitch } = build();
    services.db.prepare("UPDATE decks SET deleted_at = '2026-03-12T12:00:00Z' WHERE id = ?").run(pitch.deckId);
    const overview = progress.overview('UTC');
    expect(overview.totals.takes).toBe(3);
    expect(overview.scores.byDeck.map((s) => s.label)).toEqual(['Backend']);
    expect(overview.due.totalQuestions).toBe(3);
  });

  it('is empty, not broken, without any takes', () => {
    services.dispose();
    services = tempServices();
    const progress = new ProgressService(services.db, { scores: () => new Map(), norms: () => norms, now: () => now });
    const overview = progress.overview('Europe/Paris');
    expect(overview.totals.takes).toBe(0);
    expect(overview.scores.overall).toEqual([]);
    expect(overview.weakest).toEqual([]);
    expect(overview.weeks).toHaveLength(12);
    expect(overview.due).toEqual({ dueToday: 0, newQuestions: 0, totalQuestions: 0, byDeck: [] });
  });
});

describe('due questions', () => {
  it('counts due and new questions per deck in the user’s day', () => {
    const { progress, scores, backend } = build();
    // The weak database question (last 50, Hard) comes back two days later; the rest later still.
    const later = new ProgressService(services.db, {
      scores: scores.source,
      norms: () => norms,
      now: () => new Date('2026-03-14T08:00:00Z'),
    });
    expect(progress.dueCounts('UTC')).toMatchObject({ dueToday: 0, newQuestions: 1, totalQuestions: 4 });
    const counts = later.dueCounts('UTC');
    expect(counts.dueToday).toBeGreaterThanOrEqual(1);
    expect(counts.byDeck.find((d) => d.deckId === backend.deckId)).toMatchObject({
      newQuestions: 1,
      totalQuestions: 3,
    });
    const due = later.due('UTC');
    expect(due[0]!.prompt).toBe('Scale a database');
    expect(due.every((q) => q.overdueDays >= 0)).toBe(true);
    expect(later.due('UTC', backend.deckId).every((q) => q.deckId === backend.deckId)).toBe(true);
  });
});
