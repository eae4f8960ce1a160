import { coachResultSchema, type CoachJob, type CoachResult } from '../../api/contract/coach';
import type { JobStatus } from '../../api/contract/transcription';
import { newId, nowIso } from '../../store/clock';
import type { Db } from '../../store/database';

interface Row {
  id: string;
  attempt_id: string;
  status: JobStatus;
  result: string | null;
  error_code: string | null;
  error_message: string | null;
  created_at: string;
  updated_at: string;
}

function readResult(json: string | null): CoachResult | null {
  if (!json) return null;
  try {
    const parsed = coachResultSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const toJob = (row: Row): CoachJob => ({
  id: row.id,
  attemptId: row.attempt_id,
  status: row.status,
  result: row.status === 'done' ? readResult(row.result) : null,
  errorCode: row.error_code,
  errorMessage: row.error_message,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * Coach jobs in the shared jobs table (kind "coach"), beside the take's score
 * jobs: the coach adds to the local score and never replaces it. The payload
 * records the prompt version and the score it was asked about.
 */
export class CoachJobRepo {
  constructor(private readonly db: Db) {}

  begin(attemptId: string, payload: { promptId: string; promptVersion: number; model: string; scoreJobId: string }) {
    const id = newId();
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO jobs (id, kind, attempt_id, status, progress, payload, created_at, updated_at)
         VALUES (?, 'coach', ?, 'running', 0, ?, ?, ?)`,
      )
      .run(id, attemptId, JSON.stringify(payload), now, now);
    return this.get(id)!;
  }

  private set(id: string, fields: Record<string, string | number | null>): CoachJob | undefined {
    // A take deleted while the coach was thinking leaves nothing to update.
    const names = Object.keys(fields);
    this.db
      .prepare(`UPDATE jobs SET ${names.map((n) => `${n} = ?`).join(', ')}, updated_at = ? WHERE id = ?`)
      .run(...names.map((n) => fields[n]!), nowIso(), id);
    return this.get(id);
  }

  finish(id: string, result: CoachResult): CoachJob | undefined {
    return this.set(id, { status: 'done', progress: 1, result: JSON.stringify(result) });
  }

  fail(id: string, status: 'failed' | 'canceled', code: string, message: string): CoachJob | undefined {
    return this.set(id, { status, error_code: code, error_message: message });
  }

  get(id: string): CoachJob | undefined {
    const row = this.db.prepare(`SELECT * FROM jobs WHERE id = ? AND kind = 'coach'`).get(id) as Row | undefined;
    return row && toJob(row);
  }

  latest(attemptId: string): CoachJob | null {
    const row = this.db
      .prepare(
        `SELECT * FROM jobs WHERE kind = 'coach' AND attempt_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      )
      .get(attemptId) as Row | undefined;
    return row ? toJob(row) : null;
  }

  /** Requests cut off by a quit never come back; say so instead of showing them as running forever. */
  failInterrupted(): void {
    this.db
      .prepare(
        `UPDATE jobs SET status = 'failed', error_code = 'CANCELED', error_message = 'The app closed before the coach answered.',
         updated_at = ? WHERE kind = 'coach' AND status = 'running'`,
      )
      .run(nowIso());
  }
}
