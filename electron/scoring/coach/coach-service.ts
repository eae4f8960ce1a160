import type { CoachJob, CoachStatus } from '../../api/contract/coach';
import type { Settings } from '../../api/contract/settings';
import { AppError, toApiError } from '../../api/app-error';
import type { EventBus } from '../../api/event-bus';
import type { Logger } from '../../logger';
import type { Db } from '../../store/database';
import type { ServerKeys } from '../../transcription/keys/server-keys';
import { askCoach, type CoachConnection, type CoachRequest } from './coach-client';
import { coachConfig } from './coach-config';
import { CoachJobRepo } from './coach-jobs';
import { currentPromptTemplate } from './prompt-template';

export interface CoachServiceOptions {
  readonly db: Db;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly settings: () => Settings;
  readonly keys: ServerKeys;
  /** Retries of 429/5xx/timeouts; tests lower it. */
  readonly maxRetries?: number;
}

/** The optional LLM coach: asked after each local score when the user turned it on, stored beside it. */
export class CoachService {
  readonly jobs: CoachJobRepo;
  private readonly running = new Map<string, AbortController>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly options: CoachServiceOptions) {
    this.jobs = new CoachJobRepo(options.db);
  }

  start(): void {
    this.jobs.failInterrupted();
  }

  async status(): Promise<CoachStatus> {
    return (await coachConfig(this.options.settings(), this.options.keys)).status;
  }

  latest(attemptId: string): CoachJob | null {
    return this.jobs.latest(attemptId);
  }

  /** Called after each local score; does nothing unless the coach is on. Never throws. */
  afterScore(attemptId: string, scoreJobId: string, request: CoachRequest): void {
    this.track(
      coachConfig(this.options.settings(), this.options.keys).then(
        ({ connection }) => connection && this.launch(attemptId, scoreJobId, request, connection),
      ),
    );
  }

  /** Asks the coach now (a retry, or a take scored before the coach was on); the answer arrives as a coach.job event. */
  async run(attemptId: string, scoreJobId: string, request: CoachRequest): Promise<CoachJob> {
    const { status, connection } = await coachConfig(this.options.settings(), this.options.keys);
    if (!connection) {
      throw new AppError(
        'CONFLICT',
        status.blocker === 'API_KEY_MISSING'
          ? 'The coach needs an API key, or the address of your own OpenAI-compatible server, in Settings.'
          : 'The coach is off. Turn it on in Settings.',
      );
    }
    return this.launch(attemptId, scoreJobId, request, connection);
  }

  /** Resolves when every coach request started so far has finished. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  close(): void {
    for (const controller of this.running.values()) controller.abort();
  }

  private track(promise: Promise<unknown>): void {
    const settled = promise.catch((error: unknown) => this.options.logger.error('the coach job failed', error));
    this.pending.add(settled);
    void settled.finally(() => this.pending.delete(settled));
  }

  private launch(attemptId: string, scoreJobId: string, request: CoachRequest, connection: CoachConnection): CoachJob {
    // A newer score of the same take makes the older question moot.
    this.running.get(attemptId)?.abort();
    const template = currentPromptTemplate();
    const job = this.jobs.begin(attemptId, {
      promptId: template.id,
      promptVersion: template.version,
      model: connection.model,
      scoreJobId,
    });
    this.announce(job);
    const controller = new AbortController();
    this.running.set(attemptId, controller);
    const retries = this.options.maxRetries;
    this.track(
      askCoach({ ...connection, ...(retries === undefined ? {} : { maxRetries: retries }) }, request, {
        template,
        signal: controller.signal,
      })
        .then(
          (advice) => this.settle(() => this.jobs.finish(job.id, { ...advice, scoreJobId })),
          (error: unknown) => {
            const { code, message } = toApiError(error);
            this.settle(() => this.jobs.fail(job.id, code === 'CANCELED' ? 'canceled' : 'failed', code, message));
          },
        )
        .finally(() => {
          if (this.running.get(attemptId) === controller) this.running.delete(attemptId);
        }),
    );
    return job;
  }

  private settle(write: () => CoachJob | undefined): void {
    // The app may have closed its database while the coach was thinking.
    if (!this.options.db.open) return;
    const job = write();
    if (job) this.announce(job);
  }

  private announce(job: CoachJob): void {
    this.options.events.emit('coach.job', job);
    this.options.events.emit('data.changed', { kind: 'attempts' });
  }
}
