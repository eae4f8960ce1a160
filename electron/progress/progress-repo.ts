import type { Db } from '../store/database';
import type { QuestionRef } from '../schedule/due';

/** A finished first answer with its question and deck, as stored. */
export interface TakeRow {
  take_id: string;
  question_id: string;
  deck_id: string;
  deck_title: string;
  prompt: string;
  section: string;
  target_seconds: number;
  started_at: string;
  duration_ms: number | null;
}

// Takes still being written or that failed to save are not practice yet; a deck in the
// trash (restorable until purged) is out of sight, and so is its practice.
const takesSql = `
  SELECT a.id AS take_id, a.question_id, q.deck_id, d.title AS deck_title, q.prompt, q.section,
    q.target_seconds, a.started_at, a.duration_ms
  FROM takes a JOIN questions q ON q.id = a.question_id JOIN decks d ON d.id = q.deck_id
  WHERE a.status IN ('recorded', 'recovered') AND d.deleted_at IS NULL AND a.parent_take_id IS NULL
  ORDER BY a.started_at`;

/** What progress reads of decks, questions and takes; it stores nothing of its own here. */
export class ProgressRepo {
  constructor(private readonly db: Db) {}

  /** Every question of a visible deck, by deck title and position. */
  questionRefs(): QuestionRef[] {
    return this.db
      .prepare(
        `SELECT q.id AS questionId, q.deck_id AS deckId, d.title AS deckTitle, q.prompt, q.section, q.position
         FROM questions q JOIN decks d ON d.id = q.deck_id WHERE d.deleted_at IS NULL ORDER BY d.title, q.position`,
      )
      .all() as QuestionRef[];
  }

  /** Every finished first answer of a visible deck, oldest first. */
  takes(): TakeRow[] {
    return this.db.prepare(takesSql).all() as TakeRow[];
  }
}
