import type { CoachJob, CoachResult, CoachStatus } from '@contract/coach';
import type { Settings } from '@contract/settings';
import { AppError } from '@contract/app-error';
import type { EventBus } from '@contract/event-bus';
import type { Logger } from '../../logger';
import type { Db } from '../../store/database';
import type { ServerKeys } from '../../transcription/keys/server-keys';
import { LlmJobRunner } from '../llm/llm-job-runner';
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
  private readonly runner: LlmJobRunner<CoachResult>;

  constructor(private readonly options: CoachServiceOptions) {
    this.jobs = new CoachJobRepo(options.db);
    this.runner = new LlmJobRunner({
      db: options.db,
      logger: options.logger,
      jobs: this.jobs,
      announce: (job) => {
        options.events.emit('coach.job', job);
        options.events.emit('data.changed', { kind: 'attempts' });
      },
    });
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
    this.runner.track(
      coachConfig(this.options.settings(), this.options.keys).then(
        ({ connection }) => connection && this.launch(attemptId, scoreJobId, request, connection),
      ),
    );
  }

  /** Asks the coach now (a retry, or a take scored before the coach was on); the answer arrives as a coach.job event. */
  async run(attemptId: string, scoreJobId: string, request: CoachRequest): Promise<CoachJob> {
    const { status, connection } = await coachConfig(this.options.settings(), this.options.keys);
    if (!connection) {
      throw new AppError('CONFLICT', {
        reason: status.blocker === 'API_KEY_MISSING' ? 'api-key-missing' : 'turned-off',
        who: 'coach',
      });
    }
    return this.launch(attemptId, scoreJobId, request, connection);
  }

  /** Resolves when every coach request started so far has finished. */
  idle(): Promise<void> {
    return this.runner.idle();
  }

  close(): void {
    this.runner.close();
  }

  private launch(attemptId: string, scoreJobId: string, request: CoachRequest, connection: CoachConnection): CoachJob {
    const template = currentPromptTemplate();
    const retries = this.options.maxRetries;
    return this.runner.launch(
      attemptId,
      { promptId: template.id, promptVersion: template.version, model: connection.model, scoreJobId },
      (signal) =>
        askCoach({ ...connection, ...(retries === undefined ? {} : { maxRetries: retries }) }, request, {
          template,
          signal,
        }).then((advice) => ({ ...advice, scoreJobId })),
    );
  }
}
