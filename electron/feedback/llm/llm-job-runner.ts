import { toApiError } from '../../errors/to-api-error';
import type { Logger } from '../../logger';
import type { Db } from '../../store/database';
import type { LlmJob, LlmJobRepo } from './llm-job-repo';

/**
 * Runs the requests of one optional LLM feature in the background, one per
 * take at a time: a newer score of the same take stops the older request.
 * Every outcome, an error included, ends up stored on the job.
 */
export class LlmJobRunner<Result> {
  private readonly running = new Map<string, AbortController>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly options: {
      db: Db;
      logger: Logger;
      jobs: LlmJobRepo<Result>;
      /** Told of every job that starts, finishes or fails. */
      announce: (job: LlmJob<Result>) => void;
    },
  ) {}

  /** Stores a running job at once, then asks in the background. */
  launch(
    takeId: string,
    payload: { promptId: string; promptVersion: number; model: string; scoreJobId: string },
    ask: (signal: AbortSignal) => Promise<Result>,
  ): LlmJob<Result> {
    const { jobs, announce } = this.options;
    this.running.get(takeId)?.abort();
    const job = jobs.begin(takeId, payload);
    announce(job);
    const controller = new AbortController();
    this.running.set(takeId, controller);
    this.track(
      // Through a promise, so a prompt that fails to render before the request fails the job instead of escaping.
      Promise.resolve()
        .then(() => ask(controller.signal))
        .then(
          (result) => this.settle(() => jobs.finish(job.id, result)),
          (error: unknown) => {
            const { code, detail } = toApiError(error);
            this.settle(() => jobs.fail(job.id, code === 'CANCELED' ? 'canceled' : 'failed', code, detail));
          },
        )
        .finally(() => {
          if (this.running.get(takeId) === controller) this.running.delete(takeId);
        }),
    );
    return job;
  }

  /** Keeps a promise in view of idle(), logging what it throws. */
  track(promise: Promise<unknown>): void {
    const settled = promise.catch((error: unknown) => this.options.logger.error('an LLM job failed', error));
    this.pending.add(settled);
    void settled.finally(() => this.pending.delete(settled));
  }

  /** Resolves when every request started so far has finished. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  close(): void {
    for (const controller of this.running.values()) controller.abort();
  }

  private settle(write: () => LlmJob<Result> | undefined): void {
    // The app may have closed its database while the model was thinking.
    if (!this.options.db.open) return;
    const job = write();
    if (job) this.options.announce(job);
  }
}
