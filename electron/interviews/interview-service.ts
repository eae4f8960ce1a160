import type {
  Interview,
  InterviewOptions,
  InterviewReport,
  InterviewStatus,
  InterviewSummary,
} from '@contract/interviews';
import { AppError } from '@contract/app-error';
import type { EventBus } from '@contract/event-bus';
import { TakeRepo } from '../recording/take-repo';
import { scoringSettings } from '../settings/scoring-settings';
import type { Db } from '../store/database';
import type { ProgressService } from '../progress/progress-service';
import { seededRandom } from '../seeded-random';
import { storedScores } from '../progress/stored-scores';
import type { ScoreSource } from '../progress/take-history';
import { pickQuestions, questionSeconds, type Candidate } from './pick-questions';
import { buildReport, type ReportNorms } from './interview-report';
import { reportFileName, interviewMarkdown } from './interview-markdown';
import { InterviewRepo } from './interview-repo';

export interface InterviewServiceOptions {
  progress: ProgressService;
  scores: ScoreSource;
  norms: () => ReportNorms;
  thinkSeconds: () => number;
  /** Told when an interview changes: the progress and interview pages list interviews, as they list takes. */
  events?: EventBus;
}

const missing = () => new AppError('NOT_FOUND', { what: 'interview' });

/** Mock interviews: choosing questions, moving through them, pausing, and the report at the end. */
export class InterviewService {
  private readonly repo: InterviewRepo;
  private readonly takes: TakeRepo;

  constructor(
    private readonly db: Db,
    private readonly options: InterviewServiceOptions,
  ) {
    this.repo = new InterviewRepo(db);
    this.takes = new TakeRepo(db);
  }

  private candidates(): Candidate[] {
    return this.repo.candidates();
  }

  private pick(options: InterviewOptions): { chosen: Candidate[]; available: number } {
    const pool = this.candidates();
    const { due, practised } = this.options.progress.dueState(options.timeZone);
    const random = seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 31));
    const thinkSeconds = this.options.thinkSeconds();
    const all = pickQuestions(
      pool,
      { ...options, length: { kind: 'count', count: 10_000 } },
      {
        due,
        practised,
        thinkSeconds,
        random: seededRandom(0),
      },
    );
    return { chosen: pickQuestions(pool, options, { due, practised, thinkSeconds, random }), available: all.length };
  }

  preview(options: InterviewOptions) {
    const { chosen, available } = this.pick(options);
    const thinkSeconds = this.options.thinkSeconds();
    return {
      available,
      questions: chosen.map(({ questionId, prompt, section, targetSeconds }) => ({
        questionId,
        prompt,
        section,
        targetSeconds,
      })),
      estimatedSeconds: chosen.reduce((sum, c) => sum + questionSeconds(c, thinkSeconds), 0),
    };
  }

  create(options: InterviewOptions): Interview {
    const { chosen } = this.pick(options);
    if (chosen.length === 0) {
      throw new AppError('NOT_FOUND', { reason: 'no-matching-questions' });
    }
    const deckTitle = options.deckId ? chosen[0]!.deckTitle : 'All decks';
    const title = `Mock interview: ${deckTitle}, ${chosen.length} question${chosen.length === 1 ? '' : 's'}`;
    return this.changed(this.get(this.repo.create(title, options, chosen)));
  }

  get(interviewId: string): Interview {
    const interview = this.repo.get(interviewId, this.options.thinkSeconds());
    if (!interview) throw missing();
    return interview;
  }

  list(statuses: readonly InterviewStatus[] | undefined, limit: number): InterviewSummary[] {
    return this.repo.list(statuses, limit, this.options.thinkSeconds());
  }

  private item(interview: Interview, position: number) {
    const item = interview.items[position];
    if (!item) throw new AppError('NOT_FOUND', { what: 'interview-question' });
    if (interview.status === 'completed' || interview.status === 'quit') {
      throw new AppError('CONFLICT', { reason: 'interview-ended' });
    }
    return item;
  }

  /** Moves past `position`; after the last question the interview is complete. */
  private advance(interview: Interview, position: number): Interview {
    const next = Math.max(interview.currentIndex, position + 1);
    const done = next >= interview.items.length;
    this.repo.update(interview.id, { currentIndex: next, ...(done ? { status: 'completed', finished: true } : {}) });
    return this.get(interview.id);
  }

  answer(interviewId: string, position: number, takeId: string): Interview {
    const interview = this.get(interviewId);
    const item = this.item(interview, position);
    const take = this.takes.get(takeId);
    if (!take) throw new AppError('NOT_FOUND', { what: 'take' });
    if (take.questionId !== item.questionId) {
      throw new AppError('CONFLICT', { reason: 'take-other-question' });
    }
    this.repo.setItem(interviewId, position, 'answered', takeId);
    return this.changed(this.advance(interview, position));
  }

  skipQuestion(interviewId: string, position: number): Interview {
    const interview = this.get(interviewId);
    const item = this.item(interview, position);
    if (item.status === 'answered') return interview;
    this.repo.setItem(interviewId, position, 'skipped', null);
    return this.changed(this.advance(interview, position));
  }

  pause(interviewId: string): Interview {
    const interview = this.get(interviewId);
    if (interview.status !== 'active') throw new AppError('CONFLICT', { reason: 'interview-not-running' });
    this.repo.update(interviewId, { status: 'paused' });
    return this.changed(this.get(interviewId));
  }

  resume(interviewId: string): Interview {
    const interview = this.get(interviewId);
    if (interview.status === 'active') return interview;
    if (interview.status !== 'paused') throw new AppError('CONFLICT', { reason: 'interview-ended' });
    this.repo.update(interviewId, { status: 'active' });
    return this.changed(this.get(interviewId));
  }

  /** Ends the interview. Takes already recorded stay linked to it and to their questions. */
  finish(interviewId: string, reason: 'completed' | 'quit'): Interview {
    const interview = this.get(interviewId);
    if (interview.status === 'completed' || interview.status === 'quit') return interview;
    const unanswered = interview.items.some((item) => item.status === 'pending');
    this.repo.update(interviewId, {
      status: reason === 'completed' && !unanswered ? 'completed' : 'quit',
      finished: true,
    });
    return this.changed(this.get(interviewId));
  }

  report(interviewId: string): InterviewReport {
    const interview = this.get(interviewId);
    const { items, options: _options, ...rest } = interview;
    const summary: InterviewSummary = {
      ...rest,
      questionCount: items.length,
      answeredCount: items.filter((i) => i.status === 'answered').length,
    };
    return buildReport(this.db, summary, items, this.options.scores(this.db), this.options.norms());
  }

  exportMarkdown(interviewId: string): { fileName: string; markdown: string } {
    const report = this.report(interviewId);
    const { timeZone } = this.get(interviewId).options;
    return { fileName: reportFileName(report, timeZone), markdown: interviewMarkdown(report, timeZone) };
  }

  delete(interviewId: string): void {
    if (!this.repo.delete(interviewId)) throw missing();
    this.changed(undefined);
  }

  private changed<T>(value: T): T {
    this.options.events?.emit('data.changed', { kind: 'takes' });
    return value;
  }
}

/** The app's mock-interview service: think time from the settings, timing tolerance and norms from the scorer's. */
export function interviewService(
  db: Db,
  progress: ProgressService,
  thinkSeconds: () => number,
  events?: EventBus,
): InterviewService {
  return new InterviewService(db, {
    progress,
    events,
    scores: storedScores,
    thinkSeconds,
    norms: () => {
      const { delivery, timing } = scoringSettings(db);
      return {
        wpmMin: delivery.wpmMin,
        wpmMax: delivery.wpmMax,
        fillersPerMinuteMax: delivery.fillersPerMinuteMax,
        tolerance: timing.tolerance,
      };
    },
  });
}
