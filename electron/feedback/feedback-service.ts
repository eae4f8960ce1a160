import type { CoachJob, CoachResult } from '@contract/coach';
import type { JudgeResult } from '@contract/judge';
import type { PromptTemplate } from './coach/prompt-template';
import type { JudgeTemplate } from './judge/judge-prompt';
import { AppError } from '@contract/app-error';
import { toApiError } from '../errors/to-api-error';
import type { EventBus } from '@contract/event-bus';
import type { Logger } from '../logger';
import type { ScoreReport } from '../scoring/report';
import type { ScoreInput } from '../scoring/types';
import { coachCheck } from './coach/coach-check';
import type { CoachRequest } from './coach/coach-client';
import { judgeCheck } from './judge/judge-check';
import type { JudgeRequest } from './judge/judge-client';
import { LlmCheckService, type LlmCheckServiceOptions } from './llm/llm-check-service';
import { SettingsRepo } from '../settings/settings-repo';
import type { Db } from '../store/database';
import type { ServerKeys } from '../transcription/keys/server-keys';
import type { TranscribedListener } from '../transcription/transcription-service';
import { sharedScorer } from './off-thread-scorer';
import { scoreInputFor } from './score-input';
import { ScoreJobRepo, type ScoreJob } from './score-jobs';
import { scoringOverrides } from '../settings/scoring-settings';
import { deckQuestions, loadTakeSource, type TakeSource } from './take-source';
import { VoiceAnalyser } from '../voice/voice-analyser';

export interface FeedbackServiceOptions {
  readonly db: Db;
  readonly events: EventBus;
  readonly logger: Logger;
  /** Where finished transcripts come from, and the keys of the servers the user configured. */
  readonly transcription: { onTranscribed(listener: TranscribedListener): () => void; readonly keys: ServerKeys };
  readonly coachRetries?: number;
  readonly judgeRetries?: number;
  /** The recordings folder; with it, each take's WAV is analysed for pitch and volume before it is scored. */
  readonly recordingsDir?: string;
  /** The app's one settings repository; tests may leave it out. */
  readonly settings?: SettingsRepo;
}

function coachRequest(source: TakeSource, input: ScoreInput, report: ScoreReport): CoachRequest {
  return {
    question: source.question.prompt,
    kind: source.question.kind,
    modelAnswer: source.question.modelAnswer,
    answer: source.transcript.text,
    durationSeconds: input.durationSeconds,
    targetSeconds: input.targetSeconds ?? null,
    localMissed: report.content.keyPoints.filter((p) => p.status === 'missed').map((p) => p.text),
  };
}

function judgeRequest(source: TakeSource, report: ScoreReport): JudgeRequest {
  return {
    question: source.question.prompt,
    modelAnswer: source.question.modelAnswer,
    keyPoints: report.content.keyPoints.map((p) => p.text),
    answer: source.transcript.text,
  };
}

/**
 * Turns finished transcripts into feedback: the local score (always, offline)
 * and then, when the user turned them on, the LLM coach and judge beside it.
 */
export class FeedbackService {
  readonly scores: ScoreJobRepo;
  readonly coach: LlmCheckService<CoachRequest, CoachResult, PromptTemplate>;
  readonly judge: LlmCheckService<JudgeRequest, JudgeResult, JudgeTemplate>;
  readonly voice: VoiceAnalyser | null;
  private readonly scorer = sharedScorer();
  /** Scores running on the scorer's worker. */
  private readonly scoring = new Set<Promise<ScoreJob>>();
  private unsubscribe: (() => void) | null = null;
  private unsubscribeSaved: (() => void) | null = null;
  /** Scores waiting for their take's voice analysis. */
  private readonly waiting = new Set<Promise<void>>();
  /** While above zero ("delete all my data" runs) nothing is scored and the coach is not asked. */
  private holds = 0;

  constructor(private readonly options: FeedbackServiceOptions) {
    this.scores = new ScoreJobRepo(options.db);
    this.voice = options.recordingsDir
      ? new VoiceAnalyser({ db: options.db, logger: options.logger, recordingsDir: options.recordingsDir })
      : null;
    const settings = options.settings ?? new SettingsRepo(options.db);
    const checkOptions: LlmCheckServiceOptions = {
      db: options.db,
      events: options.events,
      logger: options.logger,
      settings: () => settings.get(),
      keys: options.transcription.keys,
    };
    this.coach = new LlmCheckService(coachCheck, { ...checkOptions, maxRetries: options.coachRetries });
    this.judge = new LlmCheckService(judgeCheck, { ...checkOptions, maxRetries: options.judgeRetries });
  }

  /** Scores each transcript as it finishes, and any the app finished but never scored (it stopped in between). */
  start(): void {
    this.scores.failInterrupted();
    this.coach.start();
    this.judge.start();
    this.unsubscribe = this.options.transcription.onTranscribed(({ takeId }) => this.afterVoice(takeId));
    // The voice is analysed while the words are still being transcribed, so it rarely delays the score.
    this.unsubscribeSaved = this.options.events.subscribe((name, payload) => {
      if (name === 'recording.saved') void this.voice?.ensure((payload as { takeId: string }).takeId);
    });
    // The worker loads the word vectors and language model now, so the first take is scored as fast as the next.
    this.scorer.warmUp();
    for (const takeId of this.scores.awaitingScore()) this.afterVoice(takeId);
  }

  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.unsubscribeSaved?.();
    this.unsubscribeSaved = null;
    this.coach.close();
    this.judge.close();
    this.voice?.close();
    // The scorer's worker is the process's (sharedScorer); idle, it does not keep the process alive.
  }

  /**
   * For "delete all my data": stops every coach request and waits for it to
   * settle, waits for the scores already running, and scores nothing until the
   * returned function is called.
   */
  async cancelAll(): Promise<() => void> {
    this.holds += 1;
    // A request still reading its settings starts after this first close; close it as it announces itself (as a data change).
    const stopLate = this.options.events.subscribe((name) => {
      if (name === 'data.changed')
        queueMicrotask(() => {
          this.coach.close();
          this.judge.close();
        });
    });
    try {
      this.coach.close();
      this.judge.close();
      await Promise.all([this.coach.idle(), this.judge.idle(), this.voice?.stopAll(), this.scoresIdle()]);
    } finally {
      stopLate();
    }
    let resumed = false;
    return () => {
      if (!resumed) this.holds -= 1;
      resumed = true;
    };
  }

  /**
   * Scores the take's current transcript again (after the user corrected it,
   * changed the norms, or to retry a failed score) and returns the stored job.
   * Throws NOT_FOUND for a missing take and CONFLICT when it has no transcript yet, at once; the score
   * itself runs on the scorer's worker and never rejects: a failure is stored on the job.
   */
  rescore(takeId: string): Promise<ScoreJob> {
    const job = this.score(takeId);
    // A take scored before its voice was analysed gets its voice measures in a second score once they are in.
    this.afterVoice(takeId, true);
    return job;
  }

  /** Resolves when no voice analysis, and no score (waiting on it or not), is still running. */
  async idle(): Promise<void> {
    while (this.waiting.size > 0 || this.scoring.size > 0) {
      await Promise.allSettled([...this.waiting, ...this.scoring]);
    }
  }

  private async scoresIdle(): Promise<void> {
    while (this.scoring.size > 0) await Promise.allSettled([...this.scoring]);
  }

  /** The take's latest score job (done, or failed with a code), if it was ever scored. */
  latest(takeId: string): ScoreJob | undefined {
    return this.scores.latest(takeId);
  }

  /** Asks the coach about the take's latest score now; the answer arrives as a coach.job event. */
  async askCoach(takeId: string): Promise<CoachJob> {
    this.assertNotHeld();
    const job = this.scores.latest(takeId);
    if (!job?.report) throw new AppError('CONFLICT', { reason: 'no-score', who: 'coach' });
    const source = loadTakeSource(this.options.db, takeId);
    return this.coach.run(takeId, job.id, coachRequest(source, scoreInputFor(source), job.report));
  }

  /** Asks the judge about the take's latest score now; the verdicts join the review when they arrive. */
  async askJudge(takeId: string): Promise<void> {
    this.assertNotHeld();
    const job = this.scores.latest(takeId);
    if (!job?.report) throw new AppError('CONFLICT', { reason: 'no-score', who: 'judge' });
    await this.judge.run(takeId, job.id, judgeRequest(loadTakeSource(this.options.db, takeId), job.report));
  }

  private assertNotHeld(): void {
    if (this.holds > 0) throw new AppError('CONFLICT', { reason: 'deleting-all-data' });
  }

  /** Scores the take once its voice is analysed (at once when there is nothing to analyse). */
  private afterVoice(takeId: string, onlyWithVoice = false): void {
    if (!this.voice?.pending(takeId)) {
      if (!onlyWithVoice) this.scoreQuietly(takeId);
      return;
    }
    const waiting = this.voice.ensure(takeId).then(() => {
      // The app may have closed while the voice was analysed: nothing is left to score into.
      if (!this.options.db.open) return;
      const measured = this.voice?.track(takeId) !== undefined;
      if (measured || !onlyWithVoice) this.scoreQuietly(takeId);
    });
    this.waiting.add(waiting);
    void waiting.finally(() => this.waiting.delete(waiting));
  }

  private scoreQuietly(takeId: string): void {
    if (this.holds > 0) return;
    try {
      void this.score(takeId);
    } catch (error) {
      this.options.logger.warn(`could not score take ${takeId}`, error);
    }
  }

  /**
   * Reads the take and stores a running score job at once (throwing NOT_FOUND or CONFLICT here), then scores it on
   * the worker. The returned promise gives the stored job, done or failed with its code; it never rejects.
   */
  private score(takeId: string): Promise<ScoreJob> {
    this.assertNotHeld();
    const { db, events } = this.options;
    const source = loadTakeSource(db, takeId);
    const settings = scoringOverrides(db);
    const jobId = this.scores.begin(takeId, {
      transcript: source.transcript.source,
      transcriptJobId: source.transcript.jobId,
      settings,
    });
    const begun = this.scores.get(jobId)!;
    events.emit('data.changed', { kind: 'jobs' });
    const input = scoreInputFor(source);
    const voiceJson = this.voice?.trackJson(takeId);
    const scored = this.scorer
      .score({
        input,
        settings,
        deck: { id: source.deckId, questions: deckQuestions(db, source.deckId) },
        ...(voiceJson !== undefined && { voiceJson }),
      })
      .then(
        (report) => this.stored(begun, () => this.scores.finish(jobId, report), { source, input, report }),
        (error: unknown) => {
          this.options.logger.error(`scoring take ${takeId} failed`, error);
          const { code, detail } = toApiError(error);
          return this.stored(begun, () => this.scores.fail(jobId, code, detail));
        },
      );
    this.scoring.add(scored);
    void scored.finally(() => this.scoring.delete(scored));
    return scored;
  }

  /**
   * Stores a finished score and hands it to the coach and judge, unless the take went away while it was scored
   * (deleted, its data wiped, or the app closed): then the job as it was begun is all there is to give back.
   */
  private stored(
    begun: ScoreJob,
    store: () => ScoreJob | undefined,
    scored?: { source: TakeSource; input: ScoreInput; report: ScoreReport },
  ): ScoreJob {
    const { db, events } = this.options;
    if (!db.open || !this.scores.get(begun.id)) return begun;
    const job = store() ?? begun;
    if (scored && job.status === 'done' && this.holds === 0) {
      this.coach.afterScore(begun.takeId, begun.id, coachRequest(scored.source, scored.input, scored.report));
      this.judge.afterScore(begun.takeId, begun.id, judgeRequest(scored.source, scored.report));
    }
    events.emit('data.changed', { kind: 'takes' });
    events.emit('data.changed', { kind: 'jobs' });
    return job;
  }
}
