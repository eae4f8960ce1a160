import type { Db } from '../../store/database';
import { newId } from '../../store/clock';
import type { ScoreSource, TakeScore } from '../take-history';

/** Scores kept in memory, standing in for the scorer's results in tests. */
export function memoryScores(): {
  source: ScoreSource;
  set(takeId: string, score: Partial<TakeScore> & { overall: number }): void;
} {
  const scores = new Map<string, TakeScore>();
  return {
    source: () => scores,
    set(takeId, score) {
      scores.set(takeId, {
        content: null,
        delivery: null,
        timing: null,
        structure: null,
        wpm: null,
        fillersPerMinute: null,
        ...score,
      });
    },
  };
}

export function seedDeck(
  db: Db,
  title: string,
  questions: { prompt: string; section?: string; targetSeconds?: number }[],
) {
  const deckId = newId();
  const now = new Date().toISOString();
  db.prepare('INSERT INTO decks (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run(deckId, title, now, now);
  const insert = db.prepare(
    `INSERT INTO questions (id, deck_id, position, prompt, section, target_seconds, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const questionIds = questions.map((question, position) => {
    const id = newId();
    insert.run(id, deckId, position, question.prompt, question.section ?? '', question.targetSeconds ?? 60, now, now);
    return id;
  });
  return { deckId, questionIds };
}

/** A finished take straight into SQLite; no media files. */
export function seedTake(
  db: Db,
  questionId: string,
  startedAt: Date,
  durationMs = 60_000,
  status = 'recorded',
): string {
  const id = newId();
  db.prepare(
    `INSERT INTO takes (id, question_id, status, started_at, duration_ms, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, questionId, status, startedAt.toISOString(), durationMs, startedAt.toISOString());
  return id;
}
