import { difficultySchema, type QuestionKind, type TargetSource } from '@contract/deck-import';
import type { DeckSummary, Question } from '@contract/decks';
import { extrasFromRow, type ExtrasRow } from './question-extras';

/** Source name that marks the bundled starter deck. */
export const starterSourceName = 'rehearse:starter';

export interface QuestionRow {
  id: string;
  deck_id: string;
  position: number;
  prompt: string;
  model_answer: string;
  section: string;
  difficulty: string | null;
  kind: QuestionKind;
  target_seconds: number;
  target_source: TargetSource;
  import_key: string | null;
}

/** A questions row as stored since the extras columns (older test rows may lack them). */
export type StoredQuestionRow = QuestionRow & Partial<ExtrasRow>;

export interface SummaryRow {
  id: string;
  title: string;
  source_name: string | null;
  created_at: string;
  updated_at: string;
  question_count: number;
  take_count: number;
}

/** Decks the user can see; trashed ones wait for Undo or the purge. */
export const summarySql = `
  SELECT d.id, d.title, d.source_name, d.created_at, d.updated_at,
    (SELECT COUNT(*) FROM questions q WHERE q.deck_id = d.id) AS question_count,
    (SELECT COUNT(*) FROM takes a JOIN questions q ON q.id = a.question_id WHERE q.deck_id = d.id) AS take_count
  FROM decks d WHERE d.deleted_at IS NULL`;

export const toSummary = (row: SummaryRow): DeckSummary => ({
  id: row.id,
  title: row.title,
  questionCount: row.question_count,
  takeCount: row.take_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  starter: row.source_name === starterSourceName,
});

export const toQuestion = (row: StoredQuestionRow): Question => ({
  id: row.id,
  deckId: row.deck_id,
  position: row.position,
  prompt: row.prompt,
  modelAnswer: row.model_answer,
  section: row.section,
  // Rows written before difficulty had fixed values read as unknown rather than failing.
  difficulty: difficultySchema.safeParse(row.difficulty).data ?? null,
  kind: row.kind,
  targetSeconds: row.target_seconds,
  targetSource: row.target_source,
  ...extrasFromRow(row),
});
