import type { JobStatus } from '@contract/transcription';
import { newId, nowIso } from './clock';
import type { Db } from './database';

/** A row of the shared jobs table, as every kind of job stores it. */
export interface JobRow {
  id: string;
  attempt_id: string;
  status: JobStatus;
  progress: number;
  payload: string | null;
  result: string | null;
  error_code: string | null;
  error_message: string | null;
  created_at: string;
  updated_at: string;
}

export type JobKind = 'transcribe' | 'score' | 'coach' | 'judge' | 'voice' | 'presence';

/** A JSON column's value, or null when it is empty or unreadable (a row from an older or broken write). */
export function parseJson<T>(json: string | null): T | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}

/**
 * The rows of one kind of job in the shared jobs table. Transcription, score
 * and coach jobs live side by side there (one history per take, deleted with
 * it); each kind's repo turns these rows into its own job type.
 */
export class JobTable {
  constructor(
    private readonly db: Db,
    readonly kind: JobKind,
  ) {}

  insert(attemptId: string, status: JobStatus, payload: unknown): string {
    const id = newId();
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO jobs (id, kind, attempt_id, status, progress, payload, created_at, updated_at)
         VALUES (?, ?, ?, ?, 0, ?, ?, ?)`,
      )
      .run(id, this.kind, attemptId, status, JSON.stringify(payload), now, now);
    return id;
  }

  /** Sets the given columns and the update time; a row deleted meanwhile (with its take) is left alone. */
  update(id: string, fields: Partial<Omit<JobRow, 'id' | 'attempt_id' | 'created_at' | 'updated_at'>>): void {
    const names = Object.keys(fields) as (keyof typeof fields)[];
    this.db
      .prepare(`UPDATE jobs SET ${names.map((n) => `${n} = ?`).join(', ')}, updated_at = ? WHERE id = ?`)
      .run(...names.map((n) => fields[n] ?? null), nowIso(), id);
  }

  row(id: string): JobRow | undefined {
    return this.db.prepare(`SELECT * FROM jobs WHERE id = ? AND kind = ?`).get(id, this.kind) as JobRow | undefined;
  }

  /** Newest first; one take's rows when `attemptId` is given. */
  rows(attemptId?: string): JobRow[] {
    const order = 'ORDER BY created_at DESC, rowid DESC';
    return (
      attemptId
        ? this.db.prepare(`SELECT * FROM jobs WHERE kind = ? AND attempt_id = ? ${order}`).all(this.kind, attemptId)
        : this.db.prepare(`SELECT * FROM jobs WHERE kind = ? ${order}`).all(this.kind)
    ) as JobRow[];
  }

  latestRow(attemptId: string): JobRow | undefined {
    return this.db
      .prepare(`SELECT * FROM jobs WHERE kind = ? AND attempt_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1`)
      .get(this.kind, attemptId) as JobRow | undefined;
  }

  /** Oldest first, the order a queue works in. */
  rowsWithStatus(status: JobStatus): JobRow[] {
    return this.db
      .prepare(`SELECT * FROM jobs WHERE kind = ? AND status = ? ORDER BY created_at, rowid`)
      .all(this.kind, status) as JobRow[];
  }

  countWithStatus(status: JobStatus): number {
    return (
      this.db.prepare(`SELECT COUNT(*) AS n FROM jobs WHERE kind = ? AND status = ?`).get(this.kind, status) as {
        n: number;
      }
    ).n;
  }

  /** Marks every running job failed with this reason: work a quit or crash cut off never resumes by itself. */
  failRunning(code: string, message: string): number {
    return this.db
      .prepare(
        `UPDATE jobs SET status = 'failed', error_code = ?, error_message = ?, updated_at = ?
         WHERE kind = ? AND status = 'running'`,
      )
      .run(code, message, nowIso(), this.kind).changes;
  }
}
