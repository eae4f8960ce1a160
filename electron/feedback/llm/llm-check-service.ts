import { AppError } from '@contract/app-error';
import type { EventBus } from '@contract/event-bus';
import type { LlmServerStatus } from '@contract/llm-check';
import type { Settings } from '@contract/settings';
import type { Logger } from '../../logger';
import type { Db } from '../../store/database';
import type { ServerKeys } from '../../transcription/keys/server-keys';
import type { LlmCheck, LlmCheckResult, VersionedTemplate } from './llm-check';
import { checkServer, llmCheckConfig } from './llm-check-config';
import { LlmJobRepo, type LlmJob } from './llm-job-repo';
import { LlmJobRunner } from './llm-job-runner';
import type { LlmConnection } from './structured-chat';

export interface LlmCheckServiceOptions {
  readonly db: Db;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly settings: () => Settings;
  readonly keys: ServerKeys;
  /** Retries of 429/5xx/timeouts; tests lower it. */
  readonly maxRetries?: number;
}

/**
 * One optional LLM check (the coach or the judge): asked after each local
 * score when the user turned it on, its answer stored beside that score (its
 * own kind in the jobs table), never in place of it.
 */
export class LlmCheckService<Request, Result extends LlmCheckResult, Template extends VersionedTemplate> {
  readonly jobs: LlmJobRepo<Result>;
  private readonly runner: LlmJobRunner<Result>;

  constructor(
    private readonly check: LlmCheck<Request, Result, Template>,
    private readonly options: LlmCheckServiceOptions,
  ) {
    this.jobs = new LlmJobRepo(options.db, check.name, check.resultSchema, check.interruptedMessage);
    this.runner = new LlmJobRunner({
      db: options.db,
      logger: options.logger,
      jobs: this.jobs,
      announce: (job) => {
        check.announce?.(options.events, job);
        // The review page reads the answer with the take's feedback.
        options.events.emit('data.changed', { kind: 'takes' });
      },
    });
  }

  start(): void {
    this.jobs.failInterrupted();
  }

  async status(): Promise<LlmServerStatus> {
    return (await this.config()).status;
  }

  /** Stores (or with null, forgets) the key of the check's own server; no other server ever gets it. */
  async setKey(key: string | null): Promise<void> {
    await this.options.keys.setKeyFor(checkServer(this.check.name, this.options.settings()).baseUrl, key);
    this.options.events.emit('data.changed', { kind: 'settings' });
  }

  latest(takeId: string): LlmJob<Result> | null {
    return this.jobs.latest(takeId);
  }

  /** Called after each local score; does nothing unless the check is on and has something to check. Never throws. */
  afterScore(takeId: string, scoreJobId: string, request: Request): void {
    if (this.check.refusal?.(request)) return;
    this.runner.track(
      this.config().then(
        ({ connection, template }) => connection && this.launch(takeId, scoreJobId, request, connection, template),
      ),
    );
  }

  /** Asks now (a retry, or a take scored before the check was on); the answer is stored and announced when it arrives. */
  async run(takeId: string, scoreJobId: string, request: Request): Promise<LlmJob<Result>> {
    const { status, connection, template } = await this.config();
    if (!connection)
      throw new AppError('CONFLICT', {
        reason: status.blocker === 'API_KEY_MISSING' ? 'api-key-missing' : 'turned-off',
        who: this.check.name,
      });
    const refusal = this.check.refusal?.(request);
    if (refusal) throw refusal;
    return this.launch(takeId, scoreJobId, request, connection, template);
  }

  /** Resolves when every request started so far has finished. */
  idle(): Promise<void> {
    return this.runner.idle();
  }

  close(): void {
    this.runner.close();
  }

  private config() {
    return llmCheckConfig(this.check, this.options.settings(), this.options.keys);
  }

  private launch(
    takeId: string,
    scoreJobId: string,
    request: Request,
    connection: LlmConnection,
    template: Template,
  ): LlmJob<Result> {
    const retries = this.options.maxRetries;
    return this.runner.launch(
      takeId,
      { promptId: template.id, promptVersion: template.version, model: connection.model, scoreJobId },
      (signal) =>
        this.check
          .ask({ ...connection, ...(retries === undefined ? {} : { maxRetries: retries }) }, request, {
            template,
            signal,
          })
          .then((answer) => ({ ...answer, scoreJobId }) as Result),
    );
  }
}
