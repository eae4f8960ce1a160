import { AppError } from '@contract/app-error';
import type { EventBus } from '@contract/event-bus';
import { toApiError } from '../errors/to-api-error';
import type { FollowUp, FollowUpThread, InterviewerStatus } from '@contract/follow-ups';
import type { ApiError } from '@contract';
import type { Settings } from '@contract/settings';
import { loadTakeSource } from '../feedback/take-source';
import type { ScoreJob } from '../feedback/score-jobs';
import type { Logger } from '../logger';
import type { Db } from '../store/database';
import type { ServerKeys } from '../transcription/keys/server-keys';
import { threadOutcome } from './follow-up-outcomes';
import { FollowUpRepo } from './follow-up-repo';
import { askInterviewer, type InterviewerRequest } from './llm/interviewer-client';
import { interviewerConfig } from './llm/interviewer-config';
import { offlineFollowUps } from './offline-follow-ups';

export interface FollowUpServiceOptions {
  db: Db;
  /** The take's latest score, and a way to score it again once it is linked to a follow-up. */
  latestScore(takeId: string): ScoreJob | undefined;
  rescore(takeId: string): void;
  followUpTargetSeconds(): number;
  transcriptText(takeId: string): string | null;
  settings(): Settings;
  /** The key of the LLM interviewer's server, looked up by its address only. */
  keys: ServerKeys;
  logger: Logger;
  /** Told when a take is linked to a follow-up; tests may leave it out. */
  events?: EventBus;
  /** Retries of 429/5xx/timeouts by the LLM interviewer (default 1: the user is waiting mid-interview); tests lower it. */
  maxRetries?: number;
}

export interface GeneratedFollowUps {
  followUps: FollowUp[];
  scored: boolean;
  /** Why the LLM interviewer could not ask, when the built-in one asked instead. */
  note: ApiError | null;
}

/** A seed from the take's id: the same take is always asked the same follow-ups. */
function seedOf(takeId: string): number {
  let hash = 2166136261;
  for (const c of takeId) hash = Math.imul(hash ^ c.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/** Asks follow-ups on a scored take and links the takes that answer them. */
export class FollowUpService {
  readonly repo: FollowUpRepo;

  constructor(private readonly options: FollowUpServiceOptions) {
    this.repo = new FollowUpRepo(options.db);
  }

  /**
   * Follow-ups on what the take left out; `scored: false` while its transcript
   * or score is still on the way. The LLM interviewer asks when it is on; any
   * failure of it (a wrong key, a timeout, a reply that does not fit) hands
   * over to the built-in interviewer with a note, so an interview never stops.
   */
  async generate(takeId: string, count: number, seed?: number): Promise<GeneratedFollowUps> {
    const job = this.options.latestScore(takeId);
    if (!job?.report) return { followUps: [], scored: false, note: null };
    const source = loadTakeSource(this.options.db, takeId);
    const request: InterviewerRequest = {
      question: source.question.prompt,
      kind: source.question.kind,
      keyPoints: job.report.content.keyPoints,
      transcript: source.transcript.text,
      structureMissing: job.report.structure.missing,
    };
    const offline = offlineFollowUps(request, count, seed ?? seedOf(takeId));
    // Nothing left open and nothing claimed: no server is asked what the built-in interviewer already knows.
    if (offline.length === 0) return { followUps: [], scored: true, note: null };
    const { connection } = await interviewerConfig(this.options.settings(), this.options.keys);
    if (!connection) return { followUps: offline, scored: true, note: null };
    try {
      const asked = await askInterviewer({ ...connection, maxRetries: this.options.maxRetries ?? 1 }, request, count);
      return { followUps: asked.followUps, scored: true, note: null };
    } catch (error) {
      const failure = toApiError(error);
      this.options.logger.warn(
        `the LLM interviewer failed, the built-in one asks instead: ${failure.code}`,
        failure.detail,
      );
      return { followUps: offline, scored: true, note: failure };
    }
  }

  async interviewerStatus(): Promise<InterviewerStatus> {
    return (await interviewerConfig(this.options.settings(), this.options.keys)).status;
  }

  /** The conversation a take belongs to, from its first answer on. */
  thread(takeId: string): FollowUpThread {
    const { db } = this.options;
    const row = this.repo.threadStart(takeId);
    if (!row) throw new AppError('NOT_FOUND', { what: 'take' });
    const rootId = row.parent_take_id ?? takeId;
    const turn = (id: string, asked: string) => ({
      takeId: id,
      asked,
      answer: this.options.transcriptText(id),
      overall: this.options.latestScore(id)?.report?.overall ?? null,
    });
    const outcome = threadOutcome(db, rootId);
    return {
      turns: [turn(rootId, row.prompt), ...outcome.followUps.map((f) => turn(f.takeId, f.followUp.text))],
      recovered: outcome.recovered,
    };
  }

  /** Links the answer to its follow-up; if it was already scored (transcribed first), it is scored again against the probed points. */
  link(takeId: string, parentTakeId: string, followUp: FollowUp): void {
    this.repo.link(takeId, parentTakeId, followUp, this.options.followUpTargetSeconds());
    if (this.options.latestScore(takeId)) this.options.rescore(takeId);
    this.options.events?.emit('data.changed', { kind: 'takes' });
  }

  /** Stores (or with null, forgets) the key of the LLM interviewer's own server; no other server ever gets it. */
  async setInterviewerKey(key: string | null): Promise<void> {
    await this.options.keys.setKeyFor(this.options.settings().interviewerBaseUrl, key);
    this.options.events?.emit('data.changed', { kind: 'settings' });
  }
}
