import { AppError } from '@contract/app-error';
import { judgeResultSchema, type JudgeResult, type JudgeStatus } from '@contract/judge';
import type { Settings } from '@contract/settings';
import type { EventBus } from '@contract/event-bus';
import type { Logger } from '../../logger';
import type { Db } from '../../store/database';
import type { ServerKeys } from '../../transcription/keys/server-keys';
import { LlmJobRepo, type LlmJob } from '../llm/llm-job-repo';
import { LlmJobRunner } from '../llm/llm-job-runner';
import type { LlmConnection } from '../llm/structured-chat';
import { askJudge, type JudgeRequest } from './judge-client';
import { judgeConfig } from './judge-config';
import { currentJudgeTemplate } from './judge-prompt';

export type JudgeJob = LlmJob<JudgeResult>;

export interface JudgeServiceOptions {
  readonly db: Db;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly settings: () => Settings;
  readonly keys: ServerKeys;
  /** Retries of 429/5xx/timeouts; tests lower it. */
  readonly maxRetries?: number;
}

/**
 * The optional LLM judge of key points: asked after each local score when the
 * user turned it on, its verdicts stored beside that score (kind "judge" in the
 * jobs table), never in place of it.
 */
export class JudgeService {
  readonly jobs: LlmJobRepo<JudgeResult>;
  private readonly runner: LlmJobRunner<JudgeResult>;

  constructor(private readonly options: JudgeServiceOptions) {
    this.jobs = new LlmJobRepo(options.db, 'judge', judgeResultSchema, 'The app closed before the judge answered.');
    this.runner = new LlmJobRunner({
      db: options.db,
      logger: options.logger,
      jobs: this.jobs,
      // The review page reads the verdicts with the take's feedback.
      announce: () => options.events.emit('data.changed', { kind: 'attempts' }),
    });
  }

  start(): void {
    this.jobs.failInterrupted();
  }

  async status(): Promise<JudgeStatus> {
    return (await judgeConfig(this.options.settings(), this.options.keys)).status;
  }

  /** Called after each local score; does nothing unless the judge is on and there are key points. Never throws. */
  afterScore(attemptId: string, scoreJobId: string, request: JudgeRequest): void {
    if (request.keyPoints.length === 0) return;
    this.runner.track(
      judgeConfig(this.options.settings(), this.options.keys).then(
        ({ connection }) => connection && this.launch(attemptId, scoreJobId, request, connection),
      ),
    );
  }

  /** Asks the judge now (a retry after fixing its server or key); the verdicts are stored when they arrive. */
  async run(attemptId: string, scoreJobId: string, request: JudgeRequest): Promise<JudgeJob> {
    const { status, connection } = await judgeConfig(this.options.settings(), this.options.keys);
    if (!connection)
      throw new AppError('CONFLICT', {
        reason: status.blocker === 'API_KEY_MISSING' ? 'api-key-missing' : 'turned-off',
        who: 'judge',
      });
    if (request.keyPoints.length === 0) throw new AppError('CONFLICT', { reason: 'no-key-points' });
    return this.launch(attemptId, scoreJobId, request, connection);
  }

  latest(attemptId: string): JudgeJob | null {
    return this.jobs.latest(attemptId);
  }

  idle(): Promise<void> {
    return this.runner.idle();
  }

  close(): void {
    this.runner.close();
  }

  private launch(attemptId: string, scoreJobId: string, request: JudgeRequest, connection: LlmConnection): JudgeJob {
    const template = currentJudgeTemplate();
    const retries = this.options.maxRetries;
    return this.runner.launch(
      attemptId,
      { promptId: template.id, promptVersion: template.version, model: connection.model, scoreJobId },
      (signal) =>
        askJudge({ ...connection, ...(retries === undefined ? {} : { maxRetries: retries }) }, request, {
          template,
          signal,
        }).then((verdicts) => ({ ...verdicts, scoreJobId })),
    );
  }
}
