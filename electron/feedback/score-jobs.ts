import type { ErrorDetail } from '@contract';
import { storedErrorDetail, storedErrorText } from '../errors/stored-error';
import type { JobStatus } from '@contract/transcription';
import type { ScoreReport } from '../scoring/report';
import type { ScoreSettingsOverrides } from '../scoring/settings';
import type { Db } from '../store/database';
import { JobTable, parseJson, type JobRow } from '../store/job-table';

/** What a score job's payload records, so a score can be traced to the words and norms behind it. */
export interface ScorePayload {
  transcript: 'original' | 'edited';
  transcriptJobId: string | null;
  settings: ScoreSettingsOverrides;
}

export interface ScoreJob {
  id: string;
  takeId: string;
  status: JobStatus;
  report: ScoreReport | null;
  payload: ScorePayload | null;
  errorCode: string | null;
  errorDetail: ErrorDetail | null;
  createdAt: string;
  updatedAt: string;
}

const toJob = (row: JobRow): ScoreJob => ({
  id: row.id,
  takeId: row.take_id,
  status: row.status,
  report: row.status === 'done' ? parseJson<ScoreReport>(row.result) : null,
  payload: parseJson<ScorePayload>(row.payload),
  errorCode: row.error_code,
  errorDetail: storedErrorDetail(row.error_message),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * Score jobs in the shared jobs table (kind "score"). Each scoring adds a row,
 * so the history of a take's scores survives a re-score; the newest row is
 * the take's score. Progress reads the same rows (electron/progress/stored-scores.ts).
 */
export class ScoreJobRepo {
  private readonly table: JobTable;

  constructor(db: Db) {
    this.table = new JobTable(db, 'score');
  }

  begin(takeId: string, payload: ScorePayload): string {
    return this.table.insert(takeId, 'running', payload);
  }

  finish(id: string, report: ScoreReport): ScoreJob {
    this.table.update(id, { status: 'done', progress: 1, result: JSON.stringify(report) });
    return this.get(id)!;
  }

  fail(id: string, code: string, detail: ErrorDetail): ScoreJob {
    this.table.update(id, { status: 'failed', error_code: code, error_message: storedErrorText(detail) });
    return this.get(id)!;
  }

  get(id: string): ScoreJob | undefined {
    const row = this.table.row(id);
    return row && toJob(row);
  }

  latest(takeId: string): ScoreJob | undefined {
    const row = this.table.latestRow(takeId);
    return row && toJob(row);
  }

  /** A score lives and dies with the app's process, so a job still "running" at start-up is one a crash interrupted. */
  failInterrupted(): number {
    return this.table.failRunning('INTERNAL', 'Scoring was interrupted when the app stopped.');
  }

  /** Takes whose latest transcript finished after their latest score (or that were never scored). */
  awaitingScore(): string[] {
    return this.table.awaiting('transcribe');
  }
}
