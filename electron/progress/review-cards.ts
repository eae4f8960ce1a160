import type { Db } from '../store/database';
import { nowIso } from '../store/clock';
import { ratingScore } from './score-rating';
import { replayReviews, type CardState, type ScoredReview } from './scheduler';
import type { Take } from './take-history';

interface CardRow {
  question_id: string;
  due: string;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardState['state'];
  last_review: string | null;
  last_score: number | null;
  history_key: string;
}

const toCard = (row: CardRow): CardState => ({
  due: row.due,
  stability: row.stability,
  difficulty: row.difficulty,
  scheduledDays: row.scheduled_days,
  learningSteps: row.learning_steps,
  reps: row.reps,
  lapses: row.lapses,
  state: row.state,
  lastReview: row.last_review,
  lastScore: row.last_score,
});

// Identifies the exact history a card was built from: any added, deleted or re-scored take changes it.
const historyKey = (reviews: readonly ScoredReview[]) =>
  reviews.map((review) => `${review.at.toISOString()}=${review.score.toFixed(2)}`).join(';');

/**
 * FSRS card state per question in SQLite. Cards are rebuilt only for
 * questions whose scored takes changed since the last sync, so reading
 * progress stays cheap with thousands of takes.
 */
export class ReviewCards {
  constructor(private readonly db: Db) {}

  /** Brings every card in line with the scored takes; returns the cards by question id. */
  sync(takes: readonly Take[]): Map<string, CardState> {
    const reviews = new Map<string, ScoredReview[]>();
    for (const take of takes) {
      if (!take.score) continue;
      const list = reviews.get(take.questionId) ?? [];
      list.push({ at: take.startedAt, score: ratingScore(take.score.overall, take.recoveredGain ?? 0) });
      reviews.set(take.questionId, list);
    }
    const rows = this.db.prepare('SELECT * FROM review_cards').all() as CardRow[];
    const stored = new Map(rows.map((row) => [row.question_id, row]));
    const cards = new Map<string, CardState>();
    const upsert = this.db.prepare(
      `INSERT INTO review_cards (question_id, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses,
         state, last_review, last_score, history_key, updated_at)
       VALUES (@questionId, @due, @stability, @difficulty, @scheduledDays, @learningSteps, @reps, @lapses,
         @state, @lastReview, @lastScore, @historyKey, @now)
       ON CONFLICT(question_id) DO UPDATE SET due = excluded.due, stability = excluded.stability,
         difficulty = excluded.difficulty, scheduled_days = excluded.scheduled_days,
         learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses,
         state = excluded.state, last_review = excluded.last_review, last_score = excluded.last_score,
         history_key = excluded.history_key, updated_at = excluded.updated_at`,
    );
    const remove = this.db.prepare('DELETE FROM review_cards WHERE question_id = ?');
    this.db.transaction(() => {
      for (const [questionId, list] of reviews) {
        const key = historyKey(list);
        const row = stored.get(questionId);
        if (row && row.history_key === key) {
          cards.set(questionId, toCard(row));
          continue;
        }
        const card = replayReviews(list, list[0]!.at);
        upsert.run({ questionId, ...card, historyKey: key, now: nowIso() });
        cards.set(questionId, card);
      }
      // A question whose scored takes were all deleted is new again.
      for (const questionId of stored.keys()) if (!reviews.has(questionId)) remove.run(questionId);
    })();
    return cards;
  }
}
