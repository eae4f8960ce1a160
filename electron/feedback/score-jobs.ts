import type { JobStatus } from '../api/contract/transcription';
import type { ScoreReport } from '../scoring/report';
import type { ScoreSettingsOverrides } from '../scoring/settings';
import { newId, nowIso } from '../store/clock';
import type { Db } from '../store/database';

/** What a score job's payload records, so a score can be traced to the words and norms behind it. */
export interface ScorePayload {
  transcript: 'original' | 'edited';
  transcriptJobId: string | null;
  settings: ScoreSettingsOverrides;
}

export interface ScoreJob {
  id: string;
  attemptId: string;
  status: JobStatus;
  report: ScoreReport | null;
  payload: ScorePayload | null;
  errorCode: string | null;
  errorMessage: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  attempt_id: string;
  status: JobStatus;
  payload: string | null;
  result: string | null;
  error_code: string | null;
  error_message: string | null;
  created_at: string;
  updated_at: string;
}

const parse = <T>(json: string | null): T | null => {
  if (!json) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
};

const toJob = (row: Row): ScoreJob => ({
  id: row.id,
  attemptId: row.attempt_id,
  status: row.status,
  report: row.status === 'done' ? parse<ScoreReport>(row.result) : null,
  payload: parse<ScorePayload>(row.payload),
  errorCode: row.error_code,
  errorMessage: row.error_message,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * Score jobs in the shared jobs table (kind "score"). Each scoring adds a row,
 * so the history of a take's scores survives a re-score; the newest row is
 * the take's score. Progress reads the same rows (electron/progress/stored-scores.ts).
 */
export class ScoreJobRepo {
  constructor(private readonly db: Db) {}

  begin(attemptId: string, payload: ScorePayload): string {
    const id = newId();
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO jobs (id, kind, attempt_id, status, progress, payload, created_at, updated_at)
         VALUES (?, 'score', ?, 'running', 0, ?, ?, ?)`,
      )
      .run(id, attemptId, JSON.stringify(payload), now, now);
    return id;
  }

  finish(id: string, report: ScoreReport): ScoreJob {
    this.db
      .prepare(`UPDATE jobs SET status = 'done', progress = 1, result = ?, updated_at = ? WHERE id = ?`)
      .run(JSON.stringify(report), nowIso(), id);
    return this.get(id)!;
  }

  fail(id: string, code: string, message: string): ScoreJob {
    this.db
      .prepare(`UPDATE jobs SET status = 'failed', error_code = ?, error_message = ?, updated_at = ? WHERE id = ?`)
      .run(code, message, nowIso(), id);
    return this.get(id)!;
  }

  get(id: string): ScoreJob | undefined {
    const row = this.db.prepare(`SELECT * FROM jobs WHERE id = ? AND kind = 'score'`).get(id) as Row | undefined;
    return row && toJob(row);
  }

  latest(attemptId: string): ScoreJob | undefined {
    const row = this.db
      .prepare(
        `SELECT * FROM jobs WHERE kind = 'score' AND attempt_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      )
      .get(attemptId) as Row | undefined;
    return row && toJob(row);
  }

  /** Scoring is synchronous, so a job still "running" at start-up is one a crash interrupted. */
  failInterrupted(): number {
    return this.db
      .prepare(
        `UPDATE jobs SET status = 'failed', error_code = 'INTERNAL',
         error_message = 'Scoring was interrupted when the app stopped.', updated_at = ?
         WHERE kind = 'score' AND status = 'running'`,
      )
      .run(nowIso()).changes;
  }

  /** Takes whose latest transcript finished after their latest score (or that were never scored). */
  awaitingScore(): string[] {
    return (
      this.db
        .prepare(
          `SELECT t.attempt_id AS id FROM jobs t
           WHERE t.kind = 'transcribe' AND t.status = 'done' AND t.attempt_id IS NOT NULL
           GROUP BY t.attempt_id
           HAVING MAX(t.updated_at) > COALESCE(
             (SELECT MAX(s.created_at) FROM jobs s WHERE s.kind = 'score' AND s.status = 'done' AND s.attempt_id = t.attempt_id), '')
           ORDER BY MAX(t.updated_at)`,
        )
        .all() as { id: string }[]
    ).map((r) => r.id);
  }
}
