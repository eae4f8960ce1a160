import { AppError } from '@contract/app-error';
import { coachResultSchema, type CoachResult } from '@contract/coach';
import type { Feedback, RecentTake, Review, ReviewTranscript, TakeSummary } from '@contract/review';
import { transcriptSchema, type Word } from '@contract/transcription';
import type { EventBus } from '@contract/event-bus';
import type { Logger } from '../logger';
import type { TakeRepo } from '../recording/take-repo';
import type { ScoreReport } from '../scoring/report';
import { scoringSettings } from '../settings/scoring-settings';
import { SettingsRepo } from '../settings/settings-repo';
import type { PresenceTrack, PresenceView } from '@contract/presence';
import { PresenceJobRepo } from '../presence/presence-jobs';
import { defaultPresenceNorms, measurePresence } from '../presence/presence-measures';
import type { Db } from '../store/database';
import { judgeView } from './judge-view';
import { toFeedback } from './feedback-view';
import { deriveStage } from './review-stage';
import { ReviewStore } from './review-store';
import { applyTranscriptEdit } from './transcript-edit';

export interface ReviewServiceOptions {
  db: Db;
  takes: TakeRepo;
  events: EventBus;
  logger: Logger;
  /** Queue a failed transcription job again (the transcription service owns the queue). */
  retryTranscription?: (jobId: string) => void;
  /** Score the take's current transcript now (the feedback pipeline owns scoring, the coach and their events). */
  rescore: (takeId: string) => void;
}

interface Loaded {
  review: Review;
  /** The recogniser's words, kept whatever the user corrected. */
  originalText: string | null;
}

const missingTake = () => new AppError('NOT_FOUND', { what: 'take' });

/** Everything the review page shows for a take, and the changes a user can make there. */
export class ReviewService {
  private readonly store: ReviewStore;
  private readonly presence: PresenceJobRepo;

  constructor(private readonly options: ReviewServiceOptions) {
    this.store = new ReviewStore(options.db);
    this.presence = new PresenceJobRepo(options.db);
  }

  /** Stores what the camera saw in a video take (analysed in the page), replacing any earlier analysis. */
  savePresence(takeId: string, track: PresenceTrack | null): Review {
    const take = this.options.takes.get(takeId);
    if (!take) throw missingTake();
    if (!take.videoFile) throw new AppError('CONFLICT', { reason: 'no-video' });
    this.presence.save(takeId, track);
    this.options.events.emit('data.changed', { kind: 'jobs' });
    return this.get(takeId);
  }

  get(takeId: string): Review {
    return this.load(takeId).review;
  }

  takes(questionId: string): TakeSummary[] {
    return this.options.takes
      .listForQuestion(questionId)
      .reverse()
      .map((take) => {
        const { stage, feedback } = this.load(take.id).review;
        return {
          take,
          state: stage.state,
          overall: feedback?.overall ?? null,
          breakdown: feedback?.breakdown ?? null,
          keyPoints: feedback?.keyPoints.map(({ text, status }) => ({ text, status })) ?? [],
          wpm: feedback?.delivery.wpm ?? null,
          fillersPerMinute: feedback?.delivery.fillersPerMinute ?? null,
          pitchSpread: feedback?.delivery.voice?.status === 'measured' ? feedback.delivery.voice.pitchSpread : null,
        };
      });
  }

  recent(limit: number): RecentTake[] {
    return this.store.recentTakeIds(limit).flatMap((takeId) => {
      const take = this.options.takes.get(takeId);
      const question = take && this.store.question(take.questionId);
      if (!take || !question) return [];
      const { stage, feedback } = this.load(takeId).review;
      return [
        {
          take,
          questionPrompt: question.prompt,
          deckTitle: question.deckTitle,
          state: stage.state,
          overall: feedback?.overall ?? null,
        },
      ];
    });
  }

  saveTranscript(takeId: string, text: string): Review {
    const { review, originalText } = this.load(takeId);
    if (!review.transcript || originalText === null) {
      throw new AppError('CONFLICT', { reason: 'no-transcript' });
    }
    const words = applyTranscriptEdit(review.transcript.words, text);
    if (words.length === 0) throw new AppError('VALIDATION', { reason: 'empty-transcript' });
    const joined = words.map((word) => word.text).join(' ');
    // Typing the recogniser's text back is the same as undoing the correction.
    if (joined === originalText.split(/\s+/).filter(Boolean).join(' ')) this.store.deleteEdit(takeId);
    else this.store.saveEdit(takeId, words, joined);
    this.options.rescore(takeId);
    return this.get(takeId);
  }

  restoreTranscript(takeId: string): Review {
    if (!this.options.takes.get(takeId)) throw missingTake();
    this.store.deleteEdit(takeId);
    this.options.rescore(takeId);
    return this.get(takeId);
  }

  retry(takeId: string): Review {
    const { stage } = this.load(takeId).review;
    if (stage.state !== 'failed' || stage.step === 'recording')
      throw new AppError('CONFLICT', { reason: 'nothing-to-retry' });
    if (stage.step === 'scoring') {
      this.options.rescore(takeId);
      return this.get(takeId);
    }
    if (!stage.jobId || !this.options.retryTranscription) {
      throw new AppError('CONFLICT', { reason: 'retry-in-settings' });
    }
    this.options.retryTranscription(stage.jobId);
    return this.get(takeId);
  }

  private load(takeId: string): Loaded {
    const take = this.options.takes.get(takeId);
    if (!take) throw missingTake();
    const question = this.store.question(take.questionId);
    if (!question) throw new AppError('NOT_FOUND', { what: 'question' });
    const transcribe = this.store.latestJob(takeId, 'transcribe');
    const done = this.store.latestJob(takeId, 'transcribe', 'done');
    const parsed = done?.result ? transcriptSchema.safeParse(JSON.parse(done.result)) : null;
    const original = parsed?.success ? parsed.data : null;
    // The scorer reads the same correction (electron/feedback/take-source.ts), so what is shown is what was scored.
    const edit = original ? this.store.edit(takeId) : undefined;
    // Empty words are dropped here, as the scorer drops them, so its word indices point at what is shown.
    const words: Word[] = (edit?.words ?? original?.words ?? [])
      .filter((word) => word.text.trim().length > 0)
      .map((word) => ({ ...word, text: word.text.trim() }));
    const transcript: ReviewTranscript | null = original && {
      text: edit?.text ?? original.text.trim(),
      words,
      language: original.language,
      engine: original.engine,
      model: original.model,
      edited: !!edit,
      editedAt: edit?.editedAt ?? null,
    };
    const transcriptAt = [done?.updatedAt ?? '', edit?.editedAt ?? ''].sort().at(-1)!;
    const latestScore = this.store.latestJob(takeId, 'score');
    const pendingScore = latestScore && latestScore.createdAt >= transcriptAt ? latestScore : undefined;
    let feedback: Feedback | null = null;
    if (transcript && pendingScore?.status === 'done' && pendingScore.result) {
      feedback = this.feedbackFrom(takeId, pendingScore.id, pendingScore.result);
    }
    const stage = deriveStage({
      take,
      transcribe,
      hasTranscript: !!transcript,
      pendingScore,
      hasFeedback: !!feedback,
    });
    const { deckTitle: _title, deckAnswers: _answers, ...plainQuestion } = question;
    return {
      review: {
        take,
        question: plainQuestion,
        stage,
        transcript,
        feedback: stage.state === 'ready' ? feedback : null,
        ...(take.videoFile && { presence: this.presenceView(takeId) }),
      },
      originalText: original?.text ?? null,
    };
  }

  private feedbackFrom(takeId: string, scoreJobId: string, json: string): Feedback | null {
    try {
      return toFeedback(
        JSON.parse(json) as ScoreReport,
        scoringSettings(this.options.db),
        this.coach(takeId),
        judgeView(this.store.latestJob(takeId, 'judge'), scoreJobId),
      );
    } catch (error) {
      // A report from an older scorer that no longer fits is not shown half-read; retry scores it again.
      this.options.logger.warn('Stored score report unreadable.', error);
      return null;
    }
  }

  /** Camera presence of a video take; null until its frames are in, "off" while the user has it turned off. */
  private presenceView(takeId: string): PresenceView | null {
    if (!new SettingsRepo(this.options.db).get().cameraPresence) return { status: 'off' };
    const track = this.presence.track(takeId);
    if (track === undefined) return null;
    const { lookingConeDegrees } = scoringSettings(this.options.db).delivery;
    return measurePresence(track, { ...defaultPresenceNorms, coneDegrees: lookingConeDegrees });
  }

  /** The coach's latest answer on this take, and whether it is still thinking. */
  private coach(takeId: string): { result: CoachResult | null; pending: boolean } {
    const latest = this.store.latestJob(takeId, 'coach');
    const done = latest?.status === 'done' ? latest : this.store.latestJob(takeId, 'coach', 'done');
    const parsed = done?.result ? coachResultSchema.safeParse(JSON.parse(done.result)) : null;
    return {
      result: parsed?.success ? parsed.data : null,
      pending: latest?.status === 'queued' || latest?.status === 'running',
    };
  }
}
