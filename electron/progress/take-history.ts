import { threadOutcome } from '../interviewer/follow-up-outcomes';
import { FollowUpRepo } from '../interviewer/follow-up-repo';
import type { Db } from '../store/database';
import { ProgressRepo } from './progress-repo';

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
  takeId: string;
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

/** First answers whose interviewer follow-ups recovered key points, with what that is worth unprompted. */
function recoveredGains(db: Db): Map<string, number> {
  const parents = new FollowUpRepo(db).parentIds();
  return new Map(parents.map((id) => [id, threadOutcome(db, id).unpromptedGain]));
}

/**
 * Every finished first answer, oldest first. A follow-up answer is not a take
 * of the question on its own: it counts through what it recovered for its first answer.
 */
export function loadTakes(db: Db, scores: ScoreSource): Take[] {
  const byTake = scores(db);
  const gains = recoveredGains(db);
  return new ProgressRepo(db).takes().map((row) => ({
    takeId: row.take_id,
    questionId: row.question_id,
    deckId: row.deck_id,
    deckTitle: row.deck_title,
    prompt: row.prompt,
    section: row.section,
    targetSeconds: row.target_seconds,
    startedAt: new Date(row.started_at),
    durationMs: row.duration_ms,
    score: byTake.get(row.take_id) ?? null,
    recoveredGain: gains.get(row.take_id) ?? 0,
  }));
}
