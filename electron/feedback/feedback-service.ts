import type { CoachJob, CoachResult } from '@contract/coach';
import type { JudgeResult } from '@contract/judge';
import type { PromptTemplate } from './coach/prompt-template';
import type { JudgeTemplate } from './judge/judge-prompt';
import { AppError } from '@contract/app-error';
import { toApiError } from '../errors/to-api-error';
import type { EventBus } from '@contract/event-bus';
import type { Logger } from '../logger';
import { scoreAnswer } from '../scoring/score-answer';
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
import { DeckWeights } from './deck-weights';
import { scoreInputFor } from './score-input';
import { ScoreJobRepo, type ScoreJob } from './score-jobs';
import { scoringOverrides } from '../settings/scoring-settings';
import { deckQuestions, loadTakeSource, type TakeSource } from './take-source';
import { warmUpScorer } from './warm-up';
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
  private readonly weights = new DeckWeights();
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
    this.unsubscribe = this.options.transcription.onTranscribed(({ attemptId }) => this.afterVoice(attemptId));
    // The voice is analysed while the words are still being transcribed, so it rarely delays the score.
    this.unsubscribeSaved = this.options.events.subscribe((name, payload) => {
      if (name === 'recording.saved') void this.voice?.ensure((payload as { attemptId: string }).attemptId);
    });
    for (const attemptId of this.scores.awaitingScore()) this.afterVoice(attemptId);
    const timer = setTimeout(() => {
      if (this.options.db.open) this.options.logger.info(`scorer warmed up in ${Math.round(warmUpScorer())} ms`);
    }, 0);
    timer.unref();
  }

  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.unsubscribeSaved?.();
    this.unsubscribeSaved = null;
    this.coach.close();
    this.judge.close();
    this.voice?.close();
  }

  /**
   * For "delete all my data": stops every coach request and waits for it to
   * settle, and scores nothing until the returned function is called. Scoring
   * itself is synchronous, so none can be half done here.
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
      await Promise.all([this.coach.idle(), this.judge.idle(), this.voice?.stopAll()]);
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
   * Throws NOT_FOUND for a missing take and CONFLICT when it has no transcript yet.
   */
  rescore(attemptId: string): ScoreJob {
    const job = this.score(attemptId);
    // A take scored before its voice was analysed gets its voice measures in a second score once they are in.
    this.afterVoice(attemptId, true);
    return job;
  }

  /** Resolves when no voice analysis (and the score waiting on it) is still running. */
  async idle(): Promise<void> {
    while (this.waiting.size > 0) await Promise.allSettled([...this.waiting]);
  }

  /** The take's latest score job (done, or failed with a code), if it was ever scored. */
  latest(attemptId: string): ScoreJob | undefined {
    return this.scores.latest(attemptId);
  }

  /** Asks the coach about the take's latest score now; the answer arrives as a coach.job event. */
  async askCoach(attemptId: string): Promise<CoachJob> {
    this.assertNotHeld();
    const job = this.scores.latest(attemptId);
    if (!job?.report) throw new AppError('CONFLICT', { reason: 'no-score', who: 'coach' });
    const source = loadTakeSource(this.options.db, attemptId);
    return this.coach.run(attemptId, job.id, coachRequest(source, scoreInputFor(source), job.report));
  }

  /** Asks the judge about the take's latest score now; the verdicts join the review when they arrive. */
  async askJudge(attemptId: string): Promise<void> {
    this.assertNotHeld();
    const job = this.scores.latest(attemptId);
    if (!job?.report) throw new AppError('CONFLICT', { reason: 'no-score', who: 'judge' });
    await this.judge.run(attemptId, job.id, judgeRequest(loadTakeSource(this.options.db, attemptId), job.report));
  }

  private assertNotHeld(): void {
    if (this.holds > 0) throw new AppError('CONFLICT', { reason: 'deleting-all-data' });
  }

  /** Scores the take once its voice is analysed (at once when there is nothing to analyse). */
  private afterVoice(attemptId: string, onlyWithVoice = false): void {
    if (!this.voice?.pending(attemptId)) {
      if (!onlyWithVoice) this.scoreQuietly(attemptId);
      return;
    }
    const waiting = this.voice.ensure(attemptId).then(() => {
      // The app may have closed while the voice was analysed: nothing is left to score into.
      if (!this.options.db.open) return;
      const measured = this.voice?.track(attemptId) !== undefined;
      if (measured || !onlyWithVoice) this.scoreQuietly(attemptId);
    });
    this.waiting.add(waiting);
    void waiting.finally(() => this.waiting.delete(waiting));
  }

  private scoreQuietly(attemptId: string): void {
    if (this.holds > 0) return;
    try {
      this.score(attemptId);
    } catch (error) {
      this.options.logger.warn(`could not score take ${attemptId}`, error);
    }
  }

  private score(attemptId: string): ScoreJob {
    this.assertNotHeld();
    const { db, events, logger } = this.options;
    const source = loadTakeSource(db, attemptId);
    const settings = scoringOverrides(db);
    const jobId = this.scores.begin(attemptId, {
      transcript: source.transcript.source,
      transcriptJobId: source.transcript.jobId,
      settings,
    });
    let job: ScoreJob;
    try {
      const input = scoreInputFor(source);
      const deck = this.weights.get(source.deckId, deckQuestions(db, source.deckId));
      const voice = this.voice?.track(attemptId);
      const report = scoreAnswer(input, { settings, deck, ...(voice !== undefined && { voice }) });
      job = this.scores.finish(jobId, report);
      this.coach.afterScore(attemptId, jobId, coachRequest(source, input, report));
      this.judge.afterScore(attemptId, jobId, judgeRequest(source, report));
    } catch (error) {
      logger.error(`scoring take ${attemptId} failed`, error);
      const { code, detail } = toApiError(error);
      job = this.scores.fail(jobId, code, detail);
    }
    events.emit('data.changed', { kind: 'attempts' });
    events.emit('data.changed', { kind: 'jobs' });
    return job;
  }
}
