import type { JobStatus } from '@contract/transcription';
import { newId, nowIso } from './clock';
import type { Db } from './database';

/** A row of the shared jobs table, as every kind of job stores it. */
export interface JobRow {
  id: string;
  take_id: string;
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

  insert(takeId: string, status: JobStatus, payload: unknown): string {
    const id = newId();
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO jobs (id, kind, take_id, status, progress, payload, created_at, updated_at)
         VALUES (?, ?, ?, ?, 0, ?, ?, ?)`,
      )
      .run(id, this.kind, takeId, status, JSON.stringify(payload), now, now);
    return id;
  }

  /** Sets the given columns and the update time; a row deleted meanwhile (with its take) is left alone. */
  update(id: string, fields: Partial<Omit<JobRow, 'id' | 'take_id' | 'created_at' | 'updated_at'>>): void {
    const names = Object.keys(fields) as (keyof typeof fields)[];
    this.db
      .prepare(`UPDATE jobs SET ${names.map((n) => `${n} = ?`).join(', ')}, updated_at = ? WHERE id = ?`)
      .run(...names.map((n) => fields[n] ?? null), nowIso(), id);
  }

  row(id: string): JobRow | undefined {
    return this.db.prepare(`SELECT * FROM jobs WHERE id = ? AND kind = ?`).get(id, this.kind) as JobRow | undefined;
  }

  /** Newest first; one take's rows when `takeId` is given. */
  rows(takeId?: string): JobRow[] {
    const order = 'ORDER BY created_at DESC, rowid DESC';
    return (
      takeId
        ? this.db.prepare(`SELECT * FROM jobs WHERE kind = ? AND take_id = ? ${order}`).all(this.kind, takeId)
        : this.db.prepare(`SELECT * FROM jobs WHERE kind = ? ${order}`).all(this.kind)
    ) as JobRow[];
  }

  /** The take's newest row, or its newest row with `status` when one is given. */
  latestRow(takeId: string, status?: JobStatus): JobRow | undefined {
    return this.db
      .prepare(
        `SELECT * FROM jobs WHERE kind = ? AND take_id = ? ${status ? 'AND status = ?' : ''}
         ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      )
      .get(this.kind, takeId, ...(status ? [status] : [])) as JobRow | undefined;
  }

  /** The take's most recently finished row that holds a result. */
  latestResult(takeId: string): JobRow | undefined {
    return this.db
      .prepare(
        `SELECT * FROM jobs WHERE kind = ? AND take_id = ? AND status = 'done' AND result IS NOT NULL
         ORDER BY updated_at DESC, rowid DESC LIMIT 1`,
      )
      .get(this.kind, takeId) as JobRow | undefined;
  }

  /**
   * Named parts of the take's newest finished result (alias → JSON path), pulled
   * out by SQLite so a large result is never parsed whole; rows with unreadable JSON are passed over.
   */
  latestResultFields<K extends string>(takeId: string, paths: Record<K, string>): Record<K, unknown> | undefined {
    return this.db
      .prepare(
        `SELECT ${extracts(paths)} FROM jobs WHERE kind = ? AND take_id = ? AND status = 'done' AND json_valid(result)
         ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      )
      .get(this.kind, takeId) as Record<K, unknown> | undefined;
  }

  /** The same named parts of the results of the rows `ids` that hold readable JSON. */
  resultFields<K extends string>(
    ids: readonly string[],
    paths: Record<K, string>,
  ): (Record<K, unknown> & { id: string })[] {
    return this.db
      .prepare(
        `SELECT id, ${extracts(paths)} FROM jobs
         WHERE id IN (${ids.map(() => '?').join(', ')}) AND kind = ? AND json_valid(result)`,
      )
      .all(...ids, this.kind) as (Record<K, unknown> & { id: string })[];
  }

  /** Ids and takes of the rows with `status`, oldest first, without their payloads or results. */
  idsWithStatus(status: JobStatus): { id: string; take_id: string }[] {
    return this.db
      .prepare(
        `SELECT id, take_id FROM jobs WHERE kind = ? AND status = ? AND take_id IS NOT NULL
         ORDER BY created_at, rowid`,
      )
      .all(this.kind, status) as { id: string; take_id: string }[];
  }

  /** Every take that has a row of this kind, in any state. */
  takeIds(): Set<string> {
    return new Set(
      this.db.prepare(`SELECT DISTINCT take_id FROM jobs WHERE kind = ?`).pluck().all(this.kind) as string[],
    );
  }

  /** Adds a row that is already finished, e.g. a result worked out without a queue; returns its id. */
  insertDone(takeId: string, result: unknown, at: string, extra: { id?: string; payload?: unknown } = {}): string {
    const id = extra.id ?? newId();
    this.db
      .prepare(
        `INSERT INTO jobs (id, kind, take_id, status, progress, payload, result, created_at, updated_at)
         VALUES (?, ?, ?, 'done', 1, ?, ?, ?, ?)`,
      )
      .run(
        id,
        this.kind,
        takeId,
        extra.payload === undefined ? null : JSON.stringify(extra.payload),
        JSON.stringify(result),
        at,
        at,
      );
    return id;
  }

  /**
   * Takes whose newest finished `upstream` row was updated after their newest
   * finished row of this kind was created (or that have none), oldest change first.
   */
  awaiting(upstream: JobKind): string[] {
    return this.db
      .prepare(
        `SELECT t.take_id FROM jobs t
         WHERE t.kind = ? AND t.status = 'done' AND t.take_id IS NOT NULL
         GROUP BY t.take_id
         HAVING MAX(t.updated_at) > COALESCE(
           (SELECT MAX(s.created_at) FROM jobs s WHERE s.kind = ? AND s.status = 'done' AND s.take_id = t.take_id), '')
         ORDER BY MAX(t.updated_at)`,
      )
      .pluck()
      .all(upstream, this.kind) as string[];
  }

  /** The status of the take's newest row among `kinds`, e.g. whether its way to a score broke down. */
  static latestStatus(db: Db, takeId: string, kinds: readonly JobKind[]): JobStatus | undefined {
    return db
      .prepare(
        `SELECT status FROM jobs WHERE take_id = ? AND kind IN (${kinds.map(() => '?').join(', ')})
         ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      )
      .pluck()
      .get(takeId, ...kinds) as JobStatus | undefined;
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

/** `json_extract` of each JSON path under its alias; aliases and paths are the caller's constants, never input. */
const extracts = (paths: Record<string, string>) =>
  Object.entries(paths)
    .map(([alias, jsonPath]) => `json_extract(result, '${jsonPath}') AS ${alias}`)
    .join(', ');
