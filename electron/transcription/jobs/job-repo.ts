import type { EngineId, JobStatus, Transcript, TranscriptionJob } from '../../api/contract/transcription';
import { transcriptSchema } from '../../api/contract/transcription';
import type { Db } from '../../store/database';
import { newId, nowIso } from '../../store/clock';

const KIND = 'transcribe';

interface JobRow {
  id: string;
  attempt_id: string;
  status: JobStatus;
  progress: number;
  payload: string | null;
  error_code: string | null;
  error_message: string | null;
  created_at: string;
  updated_at: string;
}

/** What the job table's payload column holds for a transcription job. */
interface Payload {
  engine: EngineId;
  model: string;
  /** How many times the app stopped while this job ran; see recoverInterrupted. */
  interruptions?: number;
}

const payloadOf = (row: JobRow): Payload => JSON.parse(row.payload ?? '{}') as Payload;

const toJob = (row: JobRow): TranscriptionJob => {
  const payload = payloadOf(row);
  return {
    id: row.id,
    attemptId: row.attempt_id,
    status: row.status,
    progress: Math.min(1, Math.max(0, row.progress)),
    engine: payload.engine,
    model: payload.model,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

/** Transcription jobs in the shared jobs table (kind "transcribe"); a done job's result is its transcript. */
export class TranscriptionJobRepo {
  constructor(private readonly db: Db) {}

  create(attemptId: string, engine: EngineId, model: string): TranscriptionJob {
    const id = newId();
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO jobs (id, kind, attempt_id, status, progress, payload, created_at, updated_at)
         VALUES (?, '${KIND}', ?, 'queued', 0, ?, ?, ?)`,
      )
      .run(id, attemptId, JSON.stringify({ engine, model } satisfies Payload), now, now);
    return this.get(id)!;
  }

  get(id: string): TranscriptionJob | undefined {
    const row = this.db.prepare(`SELECT * FROM jobs WHERE id = ? AND kind = '${KIND}'`).get(id) as JobRow | undefined;
    return row && toJob(row);
  }

  list(attemptId?: string): TranscriptionJob[] {
    const rows = (
      attemptId
        ? this.db
            .prepare(
              `SELECT * FROM jobs WHERE kind = '${KIND}' AND attempt_id = ? ORDER BY created_at DESC, rowid DESC`,
            )
            .all(attemptId)
        : this.db.prepare(`SELECT * FROM jobs WHERE kind = '${KIND}' ORDER BY created_at DESC, rowid DESC`).all()
    ) as JobRow[];
    return rows.map(toJob);
  }

  /** Oldest queued job whose engine can run now. */
  nextQueued(runnable: readonly EngineId[]): TranscriptionJob | undefined {
    const rows = this.db
      .prepare(`SELECT * FROM jobs WHERE kind = '${KIND}' AND status = 'queued' ORDER BY created_at, rowid`)
      .all() as JobRow[];
    const row = rows.find((r) => runnable.includes(payloadOf(r).engine));
    return row && toJob(row);
  }

  countQueued(): number {
    return (
      this.db.prepare(`SELECT COUNT(*) AS n FROM jobs WHERE kind = '${KIND}' AND status = 'queued'`).get() as {
        n: number;
      }
    ).n;
  }

  /** Returns the updated job, or undefined when its take (and so the job) was deleted meanwhile. */
  private set(id: string, fields: Record<string, unknown>): TranscriptionJob | undefined {
    const names = Object.keys(fields);
    this.db
      .prepare(`UPDATE jobs SET ${names.map((n) => `${n} = ?`).join(', ')}, updated_at = ? WHERE id = ?`)
      .run(...names.map((n) => fields[n]), nowIso(), id);
    return this.get(id);
  }

  start(id: string, model: string): TranscriptionJob | undefined {
    const row = this.db.prepare('SELECT payload FROM jobs WHERE id = ?').get(id) as
      { payload: string | null } | undefined;
    if (!row) return undefined;
    const payload = { ...(JSON.parse(row.payload ?? '{}') as Payload), model };
    return this.set(id, {
      status: 'running',
      progress: 0,
      payload: JSON.stringify(payload),
      error_code: null,
      error_message: null,
    });
  }

  progress(id: string, progress: number): TranscriptionJob | undefined {
    return this.set(id, { progress });
  }

  finish(id: string, transcript: Transcript): TranscriptionJob | undefined {
    return this.set(id, { status: 'done', progress: 1, result: JSON.stringify(transcript) });
  }

  fail(id: string, code: string, message: string): TranscriptionJob | undefined {
    return this.set(id, { status: 'failed', error_code: code, error_message: message });
  }

  cancel(id: string): TranscriptionJob | undefined {
    return this.set(id, { status: 'canceled', error_code: 'CANCELED', error_message: 'Canceled.' });
  }

  requeue(id: string): TranscriptionJob | undefined {
    return this.set(id, { status: 'queued', progress: 0, error_code: null, error_message: null });
  }

  /**
   * Jobs left "running" by a quit or crash go back to the queue. A job that was
   * running at two stops in a row is marked failed instead, with a retry
   * button, in case the job itself is what brings the app down.
   */
  recoverInterrupted(): void {
    const rows = this.db.prepare(`SELECT * FROM jobs WHERE kind = '${KIND}' AND status = 'running'`).all() as JobRow[];
    for (const row of rows) {
      const payload = payloadOf(row);
      const interruptions = (payload.interruptions ?? 0) + 1;
      this.set(row.id, { payload: JSON.stringify({ ...payload, interruptions }) });
      if (interruptions >= 2)
        this.fail(row.id, 'ENGINE_FAILED', 'Transcription was interrupted twice when the app stopped. Retry it.');
      else this.requeue(row.id);
    }
  }

  latestTranscript(attemptId: string): Transcript | null {
    const row = this.db
      .prepare(
        `SELECT result FROM jobs WHERE kind = '${KIND}' AND attempt_id = ? AND status = 'done' AND result IS NOT NULL
         ORDER BY updated_at DESC, rowid DESC LIMIT 1`,
      )
      .get(attemptId) as { result: string } | undefined;
    if (!row) return null;
    const parsed = transcriptSchema.safeParse(JSON.parse(row.result));
    return parsed.success ? parsed.data : null;
  }

  /** Saved takes with audio that were never queued (e.g. recorded while the app had no engine). */
  attemptsWithoutJob(): string[] {
    return (
      this.db
        .prepare(
          `SELECT a.id FROM attempts a WHERE a.status IN ('recorded', 'recovered') AND a.audio_file IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.attempt_id = a.id AND j.kind = '${KIND}') ORDER BY a.started_at`,
        )
        .all() as Array<{ id: string }>
    ).map((r) => r.id);
  }

  /** The take's audio (relative to the recordings folder) and its question's texts, for the initial prompt. */
  attemptSource(attemptId: string): { audioFile: string | null; question: string; modelAnswer: string } | undefined {
    return this.db
      .prepare(
        `SELECT a.audio_file AS audioFile, q.prompt AS question, q.model_answer AS modelAnswer
         FROM attempts a JOIN questions q ON q.id = a.question_id WHERE a.id = ?`,
      )
      .get(attemptId) as { audioFile: string | null; question: string; modelAnswer: string } | undefined;
  }
}
