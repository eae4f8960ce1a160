import { coachResultSchema, type CoachJob, type CoachResult } from '../../api/contract/coach';
import type { Db } from '../../store/database';
import { JobTable, parseJson, type JobRow } from '../../store/job-table';

function readResult(json: string | null): CoachResult | null {
  const parsed = coachResultSchema.safeParse(parseJson(json));
  return parsed.success ? parsed.data : null;
}

const toJob = (row: JobRow): CoachJob => ({
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
  private readonly table: JobTable;

  constructor(db: Db) {
    this.table = new JobTable(db, 'coach');
  }

  begin(attemptId: string, payload: { promptId: string; promptVersion: number; model: string; scoreJobId: string }) {
    return this.get(this.table.insert(attemptId, 'running', payload))!;
  }

  /** Undefined when the take was deleted while the coach was thinking: nothing is left to update. */
  finish(id: string, result: CoachResult): CoachJob | undefined {
    this.table.update(id, { status: 'done', progress: 1, result: JSON.stringify(result) });
    return this.get(id);
  }

  fail(id: string, status: 'failed' | 'canceled', code: string, message: string): CoachJob | undefined {
    this.table.update(id, { status, error_code: code, error_message: message });
    return this.get(id);
  }

  get(id: string): CoachJob | undefined {
    const row = this.table.row(id);
    return row && toJob(row);
  }

  latest(attemptId: string): CoachJob | null {
    const row = this.table.latestRow(attemptId);
    return row ? toJob(row) : null;
  }

  /** Requests cut off by a quit never come back; say so instead of showing them as running forever. */
  failInterrupted(): void {
    this.table.failRunning('CANCELED', 'The app closed before the coach answered.');
  }
}
