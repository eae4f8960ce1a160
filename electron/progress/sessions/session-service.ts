import type { Session, SessionOptions, SessionReport, SessionStatus, SessionSummary } from '@contract/sessions';
import { AppError } from '@contract/app-error';
import type { EventBus } from '@contract/event-bus';
import { AttemptRepo } from '../../recording/attempt-repo';
import { scoringSettings } from '../../settings/scoring-settings';
import type { Db } from '../../store/database';
import type { ProgressService } from '../progress-service';
import { seededRandom } from '../../seeded-random';
import { storedScores } from '../stored-scores';
import type { ScoreSource } from '../take-history';
import { pickQuestions, questionSeconds, type Candidate } from './pick-questions';
import { buildReport, type ReportNorms } from './session-report';
import { reportFileName, sessionMarkdown } from './session-markdown';
import { SessionRepo } from './session-repo';

export interface SessionServiceOptions {
  progress: ProgressService;
  scores: ScoreSource;
  norms: () => ReportNorms;
  thinkSeconds: () => number;
  /** Told when an interview changes: the progress and mock pages list interviews, as they list takes. */
  events?: EventBus;
}

const missing = () => new AppError('NOT_FOUND', { what: 'interview' });

/** Mock interviews: choosing questions, moving through them, pausing, and the report at the end. */
export class SessionService {
  private readonly repo: SessionRepo;
  private readonly attempts: AttemptRepo;

  constructor(
    private readonly db: Db,
    private readonly options: SessionServiceOptions,
  ) {
    this.repo = new SessionRepo(db);
    this.attempts = new AttemptRepo(db);
  }

  private candidates(): Candidate[] {
    return this.repo.candidates();
  }

  private pick(options: SessionOptions): { chosen: Candidate[]; available: number } {
    const pool = this.candidates();
    const { due, practised } = this.options.progress.reviewState(options.timeZone);
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

  preview(options: SessionOptions) {
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

  create(options: SessionOptions): Session {
    const { chosen } = this.pick(options);
    if (chosen.length === 0) {
      throw new AppError('NOT_FOUND', { reason: 'no-matching-questions' });
    }
    const deckTitle = options.deckId ? chosen[0]!.deckTitle : 'All decks';
    const title = `Mock interview: ${deckTitle}, ${chosen.length} question${chosen.length === 1 ? '' : 's'}`;
    return this.changed(this.get(this.repo.create(title, options, chosen)));
  }

  get(sessionId: string): Session {
    const session = this.repo.get(sessionId, this.options.thinkSeconds());
    if (!session) throw missing();
    return session;
  }

  list(statuses: readonly SessionStatus[] | undefined, limit: number): SessionSummary[] {
    return this.repo.list(statuses, limit, this.options.thinkSeconds());
  }

  private item(session: Session, position: number) {
    const item = session.items[position];
    if (!item) throw new AppError('NOT_FOUND', { what: 'interview-question' });
    if (session.status === 'completed' || session.status === 'quit') {
      throw new AppError('CONFLICT', { reason: 'interview-ended' });
    }
    return item;
  }

  /** Moves past `position`; after the last question the interview is complete. */
  private advance(session: Session, position: number): Session {
    const next = Math.max(session.currentIndex, position + 1);
    const done = next >= session.items.length;
    this.repo.update(session.id, { currentIndex: next, ...(done ? { status: 'completed', finished: true } : {}) });
    return this.get(session.id);
  }

  answer(sessionId: string, position: number, attemptId: string): Session {
    const session = this.get(sessionId);
    const item = this.item(session, position);
    const take = this.attempts.get(attemptId);
    if (!take) throw new AppError('NOT_FOUND', { what: 'take' });
    if (take.questionId !== item.questionId) {
      throw new AppError('CONFLICT', { reason: 'take-other-question' });
    }
    this.repo.setItem(sessionId, position, 'answered', attemptId);
    return this.changed(this.advance(session, position));
  }

  skipQuestion(sessionId: string, position: number): Session {
    const session = this.get(sessionId);
    const item = this.item(session, position);
    if (item.status === 'answered') return session;
    this.repo.setItem(sessionId, position, 'skipped', null);
    return this.changed(this.advance(session, position));
  }

  pause(sessionId: string): Session {
    const session = this.get(sessionId);
    if (session.status !== 'active') throw new AppError('CONFLICT', { reason: 'interview-not-running' });
    this.repo.update(sessionId, { status: 'paused' });
    return this.changed(this.get(sessionId));
  }

  resume(sessionId: string): Session {
    const session = this.get(sessionId);
    if (session.status === 'active') return session;
    if (session.status !== 'paused') throw new AppError('CONFLICT', { reason: 'interview-ended' });
    this.repo.update(sessionId, { status: 'active' });
    return this.changed(this.get(sessionId));
  }

  /** Ends the interview. Takes already recorded stay linked to it and to their questions. */
  finish(sessionId: string, reason: 'completed' | 'quit'): Session {
    const session = this.get(sessionId);
    if (session.status === 'completed' || session.status === 'quit') return session;
    const unanswered = session.items.some((item) => item.status === 'pending');
    this.repo.update(sessionId, {
      status: reason === 'completed' && !unanswered ? 'completed' : 'quit',
      finished: true,
    });
    return this.changed(this.get(sessionId));
  }

  report(sessionId: string): SessionReport {
    const session = this.get(sessionId);
    const { items, options: _options, ...rest } = session;
    const summary: SessionSummary = {
      ...rest,
      questionCount: items.length,
      answeredCount: items.filter((i) => i.status === 'answered').length,
    };
    return buildReport(this.db, summary, items, this.options.scores(this.db), this.options.norms());
  }

  exportMarkdown(sessionId: string): { fileName: string; markdown: string } {
    const report = this.report(sessionId);
    const { timeZone } = this.get(sessionId).options;
    return { fileName: reportFileName(report, timeZone), markdown: sessionMarkdown(report, timeZone) };
  }

  delete(sessionId: string): void {
    if (!this.repo.delete(sessionId)) throw missing();
    this.changed(undefined);
  }

  private changed<T>(value: T): T {
    this.options.events?.emit('data.changed', { kind: 'attempts' });
    return value;
  }
}

/** The app's mock-interview service: think time from the settings, timing tolerance and norms from the scorer's. */
export function sessionService(
  db: Db,
  progress: ProgressService,
  thinkSeconds: () => number,
  events?: EventBus,
): SessionService {
  return new SessionService(db, {
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
