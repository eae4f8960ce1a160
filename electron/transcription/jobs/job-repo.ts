import type { ErrorDetail } from '@contract';
import { storedErrorDetail, storedErrorText } from '../../errors/stored-error';
import type { EngineId, Transcript, TranscriptionJob } from '@contract/transcription';
import { transcriptSchema } from '@contract/transcription';
import type { Db } from '../../store/database';
import { JobTable, type JobRow } from '../../store/job-table';

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
    takeId: row.take_id,
    status: row.status,
    progress: Math.min(1, Math.max(0, row.progress)),
    engine: payload.engine,
    model: payload.model,
    errorCode: row.error_code,
    errorDetail: storedErrorDetail(row.error_message),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

/** Transcription jobs in the shared jobs table (kind "transcribe"); a done job's result is its transcript. */
export class TranscriptionJobRepo {
  private readonly table: JobTable;

  constructor(private readonly db: Db) {
    this.table = new JobTable(db, 'transcribe');
  }

  create(takeId: string, engine: EngineId, model: string): TranscriptionJob {
    return this.get(this.table.insert(takeId, 'queued', { engine, model } satisfies Payload))!;
  }

  get(id: string): TranscriptionJob | undefined {
    const row = this.table.row(id);
    return row && toJob(row);
  }

  list(takeId?: string): TranscriptionJob[] {
    return this.table.rows(takeId).map(toJob);
  }

  /** Oldest queued job whose engine can run now. */
  nextQueued(runnable: readonly EngineId[]): TranscriptionJob | undefined {
    const row = this.table.rowsWithStatus('queued').find((r) => runnable.includes(payloadOf(r).engine));
    return row && toJob(row);
  }

  countQueued(): number {
    return this.table.countWithStatus('queued');
  }

  /** Returns the updated job, or undefined when its take (and so the job) was deleted meanwhile. */
  private set(id: string, fields: Parameters<JobTable['update']>[1]): TranscriptionJob | undefined {
    this.table.update(id, fields);
    return this.get(id);
  }

  start(id: string, model: string): TranscriptionJob | undefined {
    const row = this.table.row(id);
    if (!row) return undefined;
    return this.set(id, {
      status: 'running',
      progress: 0,
      payload: JSON.stringify({ ...payloadOf(row), model }),
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

  fail(id: string, code: string, detail: ErrorDetail): TranscriptionJob | undefined {
    return this.set(id, { status: 'failed', error_code: code, error_message: storedErrorText(detail) });
  }

  cancel(id: string): TranscriptionJob | undefined {
    return this.set(id, { status: 'canceled', error_code: 'CANCELED', error_message: null });
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
    for (const row of this.table.rowsWithStatus('running')) {
      const payload = payloadOf(row);
      const interruptions = (payload.interruptions ?? 0) + 1;
      this.set(row.id, { payload: JSON.stringify({ ...payload, interruptions }) });
      if (interruptions >= 2) this.fail(row.id, 'ENGINE_FAILED', { reason: 'interrupted-twice' });
      else this.requeue(row.id);
    }
  }

  latestTranscript(takeId: string): Transcript | null {
    const row = this.table.latestResult(takeId);
    if (!row) return null;
    const parsed = transcriptSchema.safeParse(JSON.parse(row.result!));
    return parsed.success ? parsed.data : null;
  }

  /** Saved takes with audio that were never queued (e.g. recorded while the app had no engine). */
  takesWithoutJob(): string[] {
    const queued = this.table.takeIds();
    return (
      this.db
        .prepare(
          `SELECT a.id FROM takes a WHERE a.status IN ('recorded', 'recovered') AND a.audio_file IS NOT NULL
           ORDER BY a.started_at`,
        )
        .all() as Array<{ id: string }>
    )
      .map((r) => r.id)
      .filter((id) => !queued.has(id));
  }

  /** The take's audio (relative to the recordings folder) and its question's texts, for the initial prompt. */
  takeSource(takeId: string): { audioFile: string | null; question: string; modelAnswer: string } | undefined {
    return this.db
      .prepare(
        `SELECT a.audio_file AS audioFile, q.prompt AS question, q.model_answer AS modelAnswer
         FROM takes a JOIN questions q ON q.id = a.question_id WHERE a.id = ?`,
      )
      .get(takeId) as { audioFile: string | null; question: string; modelAnswer: string } | undefined;
  }
}
