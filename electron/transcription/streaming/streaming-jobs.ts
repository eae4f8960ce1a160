import type { Transcript, TranscriptionJob } from '@contract/transcription';
import { AppError } from '@contract/app-error';
import type { Logger } from '../../logger';
import type { TranscriptionJobRepo } from '../jobs/job-repo';
import type { StreamingTranscriber } from './streaming-transcriber';

export interface StreamingJobsDeps {
  readonly repo: TranscriptionJobRepo;
  readonly streaming: StreamingTranscriber;
  readonly logger: Logger;
  /** The model the take is transcribed with (for the job row). */
  model(): string;
  onUpdate(job: TranscriptionJob): void;
  onDone(job: TranscriptionJob, transcript: Transcript): void;
  /** Streaming failed: the job went back to the queue, which transcribes the whole take as before. */
  fellBack(job: TranscriptionJob): void;
}

/**
 * The job row of a take transcribed while it was recorded: it shows as
 * running from Stop until the last piece is done, then done like any other
 * job. A failure puts the job back in the batch queue, with no user action.
 */
export class StreamingJobs {
  /** Running streaming jobs: job id to take id. */
  private readonly running = new Map<string, string>();
  /** Settles when the job's transcript is stored (or the job failed, fell back or was canceled). */
  private readonly settling = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly deps: StreamingJobsDeps) {}

  /** Call when a take is saved. False when the take was not transcribed while recording. */
  start(takeId: string): boolean {
    const { repo } = this.deps;
    // A take saved without audio (the microphone failed) has nothing to transcribe, as in the batch queue.
    if (!repo.takeSource(takeId)?.audioFile) {
      this.deps.streaming.abort(takeId);
      return false;
    }
    const pending = this.deps.streaming.result(takeId);
    if (!pending) return false;
    const created = repo.create(takeId, 'local', this.deps.model());
    const job = repo.start(created.id, created.model) ?? created;
    this.deps.onUpdate(job);
    this.running.set(job.id, takeId);
    const settled = pending.then(
      (transcript) => this.done(job.id, transcript),
      (error: unknown) => this.failed(job.id, error),
    );
    this.settling.add(settled);
    void settled.finally(() => this.settling.delete(settled));
    return true;
  }

  /** Resolves when no streaming job is left running (tests, and "idle" for the whole service). */
  async idle(): Promise<void> {
    while (this.settling.size > 0) await Promise.allSettled([...this.settling]);
  }

  owns(jobId: string): boolean {
    return this.running.has(jobId);
  }

  /** Cancel from the UI: the request in flight is closed, so the server stops decoding. */
  cancel(jobId: string): boolean {
    const takeId = this.running.get(jobId);
    if (takeId === undefined) return false;
    this.deps.streaming.abort(takeId);
    return true;
  }

  /** App quit: the jobs go back to the queue (while the database is surely open), to run in batch next start. */
  close(): void {
    this.closed = true;
    for (const jobId of this.running.keys()) this.deps.repo.requeue(jobId);
    this.deps.streaming.abortAll();
  }

  private done(jobId: string, transcript: Transcript): void {
    if (!this.running.delete(jobId) || this.closed) return;
    // Undefined when the take was deleted meanwhile: nothing more to say.
    const job = this.deps.repo.finish(jobId, transcript);
    if (!job) return;
    this.deps.onUpdate(job);
    this.deps.onDone(job, transcript);
  }

  private failed(jobId: string, error: unknown): void {
    if (!this.running.delete(jobId) || this.closed) return;
    if (error instanceof AppError && error.code === 'CANCELED') {
      const canceled = this.deps.repo.cancel(jobId);
      if (canceled) this.deps.onUpdate(canceled);
      return;
    }
    this.deps.logger.warn('transcribing while recording failed; transcribing the whole take instead', error);
    const queued = this.deps.repo.requeue(jobId);
    if (!queued) return;
    this.deps.onUpdate(queued);
    this.deps.fellBack(queued);
  }
}
