import type { EngineId, Transcript, TranscriptionJob } from '@contract/transcription';
import { AppError } from '@contract/app-error';
import type { Logger } from '../../logger';
import type { TranscriptionJobRepo } from './job-repo';

export interface JobQueueDeps {
  readonly repo: TranscriptionJobRepo;
  readonly logger: Logger;
  /** Engines that can run now (a local job waits while no model is installed). */
  runnableEngines(): EngineId[];
  /** Transcribes one job's take; `started` records the model actually used. */
  run(
    job: TranscriptionJob,
    signal: AbortSignal,
    onProgress: (fraction: number) => void,
    started: (model: string) => void,
  ): Promise<Transcript>;
  /** Every status or progress change, for the UI (never called for a job deleted with its take). */
  onUpdate(job: TranscriptionJob): void;
  onDone(job: TranscriptionJob, transcript: Transcript): void;
}

/** Progress is saved and announced in steps of 1%, so a long job does not flood the database or the UI. */
const PROGRESS_STEP = 0.01;

/**
 * Runs queued transcription jobs one at a time, oldest first (whisper.cpp
 * already uses every core, so two at once would only make both slower).
 */
export class JobQueue {
  private loop: Promise<void> | null = null;
  private wanted = false;
  private closed = false;
  /** While above zero nothing starts (all data is being deleted); queued jobs wait. */
  private holds = 0;
  private current: { id: string; controller: AbortController } | null = null;

  constructor(private readonly deps: JobQueueDeps) {}

  /** Looks for work; call after anything that may make a job runnable. */
  kick(): void {
    this.wanted = true;
    if (this.loop || this.closed || this.holds > 0) return;
    this.loop = this.drain().finally(() => {
      this.loop = null;
      if (this.wanted) this.kick();
    });
  }

  /** Resolves when the queue has nothing it can run (tests). */
  async idle(): Promise<void> {
    while (this.loop) await this.loop;
  }

  /** Cancels a queued job or stops the running one (its process is killed). */
  cancel(jobId: string): boolean {
    if (this.current?.id === jobId) {
      this.current.controller.abort('canceled');
      return true;
    }
    const job = this.deps.repo.get(jobId);
    if (job?.status !== 'queued') return false;
    const canceled = this.deps.repo.cancel(jobId);
    if (canceled) this.deps.onUpdate(canceled);
    return true;
  }

  /**
   * For "delete all my data": stops the running job (its process is killed,
   * and it writes nothing more, as for a deleted take), starts no job until the
   * returned function is called, and resolves once the work has really stopped.
   */
  async hold(): Promise<() => void> {
    this.holds += 1;
    this.current?.controller.abort('gone');
    await this.idle();
    let resumed = false;
    return () => {
      if (resumed) return;
      resumed = true;
      this.holds -= 1;
      this.kick();
    };
  }

  /** Stops the running job and puts it back in the queue for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.current) {
      // Back to the queue now, while the database is surely still open: a quit is not a failure.
      this.deps.repo.requeue(this.current.id);
      this.current.controller.abort('shutdown');
    }
    await this.idle();
  }

  private async drain(): Promise<void> {
    while (this.wanted && !this.closed && this.holds === 0) {
      this.wanted = false;
      for (let job = this.next(); job && !this.closed && this.holds === 0; job = this.next()) await this.runOne(job);
    }
  }

  private next(): TranscriptionJob | undefined {
    return this.deps.repo.nextQueued(this.deps.runnableEngines());
  }

  private async runOne(queued: TranscriptionJob): Promise<void> {
    const { repo } = this.deps;
    const controller = new AbortController();
    this.current = { id: queued.id, controller };
    // A take deleted mid-job takes its job row with it: stop the work and say nothing more.
    const update = (job: TranscriptionJob | undefined) => {
      if (job) this.deps.onUpdate(job);
      else controller.abort('gone');
      return job;
    };
    let saved = 0;
    try {
      const transcript = await this.deps.run(
        queued,
        controller.signal,
        (fraction) => {
          if (fraction - saved < PROGRESS_STEP || fraction >= 1) return;
          saved = fraction;
          update(repo.progress(queued.id, fraction));
        },
        (model) => update(repo.start(queued.id, model)),
      );
      const done = update(repo.finish(queued.id, transcript));
      if (done) this.deps.onDone(done, transcript);
    } catch (error) {
      const reason: unknown = controller.signal.reason;
      if (reason === 'shutdown' || reason === 'gone') return;
      if (controller.signal.aborted) return void update(repo.cancel(queued.id));
      const appError = error instanceof AppError ? error : null;
      if (!appError) this.deps.logger.error('transcription job failed', error);
      update(repo.fail(queued.id, appError?.code ?? 'INTERNAL', appError?.detail ?? { who: 'transcription' }));
    } finally {
      this.current = null;
    }
  }
}
