import { AppError } from '../api/app-error';
import type { FollowUp, FollowUpThread } from '../api/contract/follow-ups';
import { loadTakeSource } from '../feedback/take-source';
import type { ScoreJob } from '../feedback/score-jobs';
import type { Db } from '../store/database';
import { threadOutcome } from './follow-up-outcomes';
import { FollowUpRepo } from './follow-up-repo';
import { offlineFollowUps } from './offline-follow-ups';

export interface FollowUpServiceOptions {
  db: Db;
  /** The take's latest score, and a way to score it again once it is linked to a follow-up. */
  latestScore(attemptId: string): ScoreJob | undefined;
  rescore(attemptId: string): void;
  followUpTargetSeconds(): number;
  transcriptText(attemptId: string): string | null;
}

/** A seed from the take's id: the same take is always asked the same follow-ups. */
function seedOf(attemptId: string): number {
  let hash = 2166136261;
  for (const c of attemptId) hash = Math.imul(hash ^ c.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/** Asks follow-ups on a scored take and links the takes that answer them. */
export class FollowUpService {
  readonly repo: FollowUpRepo;

  constructor(private readonly options: FollowUpServiceOptions) {
    this.repo = new FollowUpRepo(options.db);
  }

  /** Follow-ups on what the take left out; `scored: false` while its transcript or score is still on the way. */
  generate(attemptId: string, count: number, seed?: number): { followUps: FollowUp[]; scored: boolean } {
    const job = this.options.latestScore(attemptId);
    if (!job?.report) return { followUps: [], scored: false };
    const source = loadTakeSource(this.options.db, attemptId);
    const followUps = offlineFollowUps(
      {
        keyPoints: job.report.content.keyPoints,
        transcript: source.transcript.text,
        structureMissing: job.report.structure.missing,
      },
      count,
      seed ?? seedOf(attemptId),
    );
    return { followUps, scored: true };
  }

  /** The conversation a take belongs to, from its first answer on. */
  thread(attemptId: string): FollowUpThread {
    const { db } = this.options;
    const row = db
      .prepare(
        'SELECT a.parent_attempt_id, q.prompt FROM attempts a JOIN questions q ON q.id = a.question_id WHERE a.id = ?',
      )
      .get(attemptId) as { parent_attempt_id: string | null; prompt: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND', { what: 'take' });
    const rootId = row.parent_attempt_id ?? attemptId;
    const turn = (id: string, asked: string) => ({
      attemptId: id,
      asked,
      answer: this.options.transcriptText(id),
      overall: this.options.latestScore(id)?.report?.overall ?? null,
    });
    const outcome = threadOutcome(db, rootId);
    return {
      turns: [turn(rootId, row.prompt), ...outcome.followUps.map((f) => turn(f.attemptId, f.followUp.text))],
      recovered: outcome.recovered,
    };
  }

  /** Links the answer to its follow-up; if it was already scored (transcribed first), it is scored again against the probed points. */
  link(attemptId: string, parentAttemptId: string, followUp: FollowUp): void {
    this.repo.link(attemptId, parentAttemptId, followUp, this.options.followUpTargetSeconds());
    if (this.options.latestScore(attemptId)) this.options.rescore(attemptId);
  }
}
