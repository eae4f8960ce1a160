import type { ErrorDetail } from '@contract';
import { storedErrorDetail, storedErrorText } from '../../errors/stored-error';
import type { z } from 'zod';
import type { JobStatus } from '@contract/transcription';
import type { Db } from '../../store/database';
import { JobTable, parseJson, type JobKind, type JobRow } from '../../store/job-table';

/** One request to an optional LLM feature about a take, as stored: running, done with its result, or failed. */
export interface LlmJob<Result> {
  id: string;
  takeId: string;
  status: JobStatus;
  result: Result | null;
  errorCode: string | null;
  errorDetail: ErrorDetail | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * The jobs of an optional LLM feature (coach, judge) in the shared jobs
 * table, beside the take's score jobs: they add to the local score and never
 * replace it. The payload records the prompt version and the score asked about.
 */
export class LlmJobRepo<Result> {
  private readonly table: JobTable;

  constructor(
    db: Db,
    kind: JobKind,
    private readonly resultSchema: z.ZodType<Result>,
    /** Said of a request a quit cut off. */
    private readonly interruptedMessage: string,
  ) {
    this.table = new JobTable(db, kind);
  }

  begin(takeId: string, payload: { promptId: string; promptVersion: number; model: string; scoreJobId: string }) {
    return this.get(this.table.insert(takeId, 'running', payload))!;
  }

  /** Undefined when the take was deleted while the model was thinking: nothing is left to update. */
  finish(id: string, result: Result): LlmJob<Result> | undefined {
    this.table.update(id, { status: 'done', progress: 1, result: JSON.stringify(result) });
    return this.get(id);
  }

  fail(id: string, status: 'failed' | 'canceled', code: string, detail: ErrorDetail): LlmJob<Result> | undefined {
    this.table.update(id, { status, error_code: code, error_message: storedErrorText(detail) });
    return this.get(id);
  }

  get(id: string): LlmJob<Result> | undefined {
    const row = this.table.row(id);
    return row && this.toJob(row);
  }

  latest(takeId: string): LlmJob<Result> | null {
    const row = this.table.latestRow(takeId);
    return row ? this.toJob(row) : null;
  }

  /** Requests cut off by a quit never come back; say so instead of showing them as running forever. */
  failInterrupted(): void {
    this.table.failRunning('CANCELED', this.interruptedMessage);
  }

  private toJob(row: JobRow): LlmJob<Result> {
    const parsed = row.status === 'done' ? this.resultSchema.safeParse(parseJson(row.result)) : null;
    return {
      id: row.id,
      takeId: row.take_id,
      status: row.status,
      result: parsed?.success ? parsed.data : null,
      errorCode: row.error_code,
      errorDetail: storedErrorDetail(row.error_message),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
