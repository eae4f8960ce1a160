import type { Db } from '../store/database';
import { nowIso } from '../store/clock';
import type { CardState } from './scheduler';

export interface CardRow {
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

/** A card to store, with the history it was built from. */
export interface CardWrite extends CardState {
  questionId: string;
  historyKey: string;
}

/** FSRS cards in the schedule_cards table, one per question. */
export class ScheduleCardRepo {
  constructor(private readonly db: Db) {}

  all(): CardRow[] {
    return this.db.prepare('SELECT * FROM schedule_cards').all() as CardRow[];
  }

  /** Writes the rebuilt cards and removes the cards of `removed` questions, all at once. */
  save(cards: readonly CardWrite[], removed: readonly string[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO schedule_cards (question_id, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses,
         state, last_review, last_score, history_key, updated_at)
       VALUES (@questionId, @due, @stability, @difficulty, @scheduledDays, @learningSteps, @reps, @lapses,
         @state, @lastReview, @lastScore, @historyKey, @now)
       ON CONFLICT(question_id) DO UPDATE SET due = excluded.due, stability = excluded.stability,
         difficulty = excluded.difficulty, scheduled_days = excluded.scheduled_days,
         learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses,
         state = excluded.state, last_review = excluded.last_review, last_score = excluded.last_score,
         history_key = excluded.history_key, updated_at = excluded.updated_at`,
    );
    const remove = this.db.prepare('DELETE FROM schedule_cards WHERE question_id = ?');
    this.db.transaction(() => {
      for (const card of cards) upsert.run({ ...card, now: nowIso() });
      for (const questionId of removed) remove.run(questionId);
    })();
  }
}
