import { threadOutcome } from '../interviewer/follow-up-outcomes';
import type { Db } from '../store/database';

/** The parts of a take's scoring result that progress needs. Scores are 0-100. */
export interface TakeScore {
  overall: number;
  content: number | null;
  delivery: number | null;
  timing: number | null;
  structure: number | null;
  wpm: number | null;
  fillersPerMinute: number | null;
  /** Typical pitch spread in semitones; absent or null when the take's voice was not measured. */
  pitchSpread?: number | null;
}

/** Where scores come from: kept behind one function so progress does not depend on the scorer's tables. */
export type ScoreSource = (db: Db) => Map<string, TakeScore>;

/** One finished take with its question, deck and (when scored) its score. */
export interface Take {
  attemptId: string;
  questionId: string;
  deckId: string;
  deckTitle: string;
  prompt: string;
  section: string;
  targetSeconds: number;
  startedAt: Date;
  durationMs: number | null;
  score: TakeScore | null;
  /** Overall-score points of key points this take missed but its follow-ups recovered on prompting (see score-rating). */
  recoveredGain?: number;
}

interface TakeRow {
  attempt_id: string;
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
  SELECT a.id AS attempt_id, a.question_id, q.deck_id, d.title AS deck_title, q.prompt, q.section,
    q.target_seconds, a.started_at, a.duration_ms
  FROM attempts a JOIN questions q ON q.id = a.question_id JOIN decks d ON d.id = q.deck_id
  WHERE a.status IN ('recorded', 'recovered') AND d.deleted_at IS NULL AND a.parent_attempt_id IS NULL
  ORDER BY a.started_at`;

/** First answers whose interviewer follow-ups recovered key points, with what that is worth unprompted. */
function recoveredGains(db: Db): Map<string, number> {
  const parents = db
    .prepare('SELECT DISTINCT parent_attempt_id AS id FROM attempts WHERE parent_attempt_id IS NOT NULL')
    .all() as { id: string }[];
  return new Map(parents.map(({ id }) => [id, threadOutcome(db, id).unpromptedGain]));
}

/**
 * Every finished first answer, oldest first. A follow-up answer is not a take
 * of the question on its own: it counts through what it recovered for its first answer.
 */
export function loadTakes(db: Db, scores: ScoreSource): Take[] {
  const byAttempt = scores(db);
  const gains = recoveredGains(db);
  return (db.prepare(takesSql).all() as TakeRow[]).map((row) => ({
    attemptId: row.attempt_id,
    questionId: row.question_id,
    deckId: row.deck_id,
    deckTitle: row.deck_title,
    prompt: row.prompt,
    section: row.section,
    targetSeconds: row.target_seconds,
    startedAt: new Date(row.started_at),
    durationMs: row.duration_ms,
    score: byAttempt.get(row.attempt_id) ?? null,
    recoveredGain: gains.get(row.attempt_id) ?? 0,
  }));
}
