import type { Db } from '../store/database';
import type { ScoreSource, TakeScore } from './take-history';

// Reads the figures progress needs from the scorer's reports (electron/scoring/report.ts).
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const pct = (value: unknown) => {
  const n = num(value);
  return n !== null && n >= 0 && n <= 100 ? n : null;
};

interface ScoreRow {
  attempt_id: string;
  overall: unknown;
  content: unknown;
  delivery: unknown;
  timing: unknown;
  structure: unknown;
  wpm: unknown;
  fillers: unknown;
}

/**
 * The newest finished score of each take (rows of kind "score" in jobs, see
 * electron/feedback/score-jobs.ts; a re-score adds a row). SQLite pulls out the few
 * fields progress needs, so full reports (key points, evidence words) are
 * never parsed in JavaScript: hundreds of takes stay a few milliseconds.
 */
export const storedScores: ScoreSource = (db: Db) => {
  const rows = db
    .prepare(
      `SELECT attempt_id,
         json_extract(result, '$.overall') AS overall,
         json_extract(result, '$.breakdown.content') AS content,
         json_extract(result, '$.breakdown.delivery') AS delivery,
         json_extract(result, '$.breakdown.timing') AS timing,
         json_extract(result, '$.breakdown.structure') AS structure,
         json_extract(result, '$.delivery.wpm') AS wpm,
         json_extract(result, '$.delivery.fillers.perMinute') AS fillers
       FROM jobs
       WHERE kind = 'score' AND status = 'done' AND attempt_id IS NOT NULL AND json_valid(result)
       ORDER BY created_at, rowid`,
    )
    .all() as ScoreRow[];
  const scores = new Map<string, TakeScore>();
  for (const row of rows) {
    const overall = pct(row.overall);
    if (overall === null) continue;
    scores.set(row.attempt_id, {
      overall,
      content: pct(row.content),
      delivery: pct(row.delivery),
      timing: pct(row.timing),
      structure: pct(row.structure),
      wpm: num(row.wpm),
      fillersPerMinute: num(row.fillers),
    });
  }
  return scores;
};

/** Stores a score report the way the scorer does; used by the history generator and tests. */
export function writeScoreReport(db: Db, attemptId: string, report: object, at: string): void {
  db.prepare(
    `INSERT INTO jobs (id, kind, attempt_id, status, progress, result, created_at, updated_at)
     VALUES (?, 'score', ?, 'done', 1, ?, ?, ?)`,
  ).run(`score-${attemptId}`, attemptId, JSON.stringify(report), at, at);
}
