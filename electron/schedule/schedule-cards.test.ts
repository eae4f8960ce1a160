import { afterEach, describe, expect, it } from 'vitest';
import { tempServices } from '../testing/temp-services';
import { ScheduleCards } from './schedule-cards';
import { loadTakes } from '../progress/take-history';
import { memoryScores, seedDeck, seedTake } from '../progress/testing/seed-takes';

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});

const day = 86_400_000;
const start = new Date('2026-03-02T09:00:00Z');
const at = (days: number) => new Date(start.getTime() + days * day);

function setup() {
  const { db } = services;
  const scores = memoryScores();
  const { questionIds } = seedDeck(db, 'Backend', [
    { prompt: 'Weak one' },
    { prompt: 'Strong one' },
    { prompt: 'Untouched' },
  ]);
  const [weak, strong] = questionIds as [string, string, string];
  for (const [days, low, high] of [
    [0, 35, 88],
    [2, 42, 91],
    [5, 48, 95],
  ] as const) {
    scores.set(seedTake(db, weak, at(days)), { overall: low });
    scores.set(seedTake(db, strong, at(days)), { overall: high });
  }
  return { db, scores, weak, strong, questionIds };
}

const count = () => services.db.prepare('SELECT COUNT(*) FROM schedule_cards').pluck().get();

describe('ScheduleCards', () => {
  it('stores a card per scored question; the weak one comes due first', () => {
    const { db, scores, weak, strong } = setup();
    const cards = new ScheduleCards(db).sync(loadTakes(db, scores.source));
    expect(cards.size).toBe(2);
    expect(count()).toBe(2);
    expect(new Date(cards.get(weak)!.due).getTime()).toBeLessThan(new Date(cards.get(strong)!.due).getTime());
    expect(cards.get(weak)).toMatchObject({ reps: 3, lastScore: 48 });
  });

  it('keeps unchanged cards and replays a question whose takes changed', () => {
    const { db, scores, weak, strong } = setup();
    const repo = new ScheduleCards(db);
    repo.sync(loadTakes(db, scores.source));
    const stamp = () =>
      db.prepare('SELECT question_id, updated_at, reps FROM schedule_cards ORDER BY question_id').all() as {
        question_id: string;
        updated_at: string;
        reps: number;
      }[];
    db.prepare("UPDATE schedule_cards SET updated_at = 'untouched'").run();
    repo.sync(loadTakes(db, scores.source));
    expect(stamp().every((row) => row.updated_at === 'untouched')).toBe(true);

    scores.set(seedTake(db, weak, at(6)), { overall: 80 });
    const cards = repo.sync(loadTakes(db, scores.source));
    expect(cards.get(weak)!.reps).toBe(4);
    const rows = new Map(stamp().map((row) => [row.question_id, row]));
    expect(rows.get(weak)!.updated_at).not.toBe('untouched');
    expect(rows.get(strong)!.updated_at).toBe('untouched');
  });

  it('ignores unscored takes and forgets a question whose scored takes are gone', () => {
    const { db, scores, weak } = setup();
    const repo = new ScheduleCards(db);
    seedTake(db, weak, at(7)); // recorded, not yet scored
    expect(repo.sync(loadTakes(db, scores.source)).get(weak)!.reps).toBe(3);
    db.prepare('DELETE FROM takes WHERE question_id = ?').run(weak);
    expect(repo.sync(loadTakes(db, scores.source)).has(weak)).toBe(false);
    expect(count()).toBe(1);
  });

  it('drops a card with its question', () => {
    const { db, scores } = setup();
    new ScheduleCards(db).sync(loadTakes(db, scores.source));
    db.prepare('DELETE FROM decks').run();
    expect(count()).toBe(0);
  });
});
