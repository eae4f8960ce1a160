import type { DeliveryNorms, DueQuestion, DueSummary, ProgressOverview } from '@contract/progress';
import { scoringSettings } from '../settings/scoring-settings';
import type { Db } from '../store/database';
import { dueCounts, dueQuestions } from '../schedule/due';
import { ProgressRepo } from './progress-repo';
import { ScheduleCards } from '../schedule/schedule-cards';
import { storedScores } from './stored-scores';
import { chooseBucket, deliverySeries, scoreSeries } from './series';
import { computeStreak, minutesPerWeek } from './streaks';
import { loadTakes, type ScoreSource } from './take-history';
import { weakestQuestions } from './weakest';

export interface ProgressOptions {
  scores: ScoreSource;
  norms: () => DeliveryNorms;
  now?: () => Date;
}

/** Progress figures, all computed from takes and their scores; nothing here is stored except FSRS cards. */
export class ProgressService {
  private readonly cards: ScheduleCards;
  private readonly repo: ProgressRepo;
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    private readonly options: ProgressOptions,
  ) {
    this.cards = new ScheduleCards(db);
    this.repo = new ProgressRepo(db);
    this.now = options.now ?? (() => new Date());
  }

  private questionRefs() {
    return this.repo.questionRefs();
  }

  private snapshot() {
    const takes = loadTakes(this.db, this.options.scores);
    return { takes, cards: this.cards.sync(takes) };
  }

  overview(timeZone: string, weeks = 12): ProgressOverview {
    const { takes, cards } = this.snapshot();
    const now = this.now();
    const scored = takes.filter((take) => take.score);
    const totalMs = takes.reduce((sum, take) => sum + (take.durationMs ?? 0), 0);
    const { granularity, bucket } = chooseBucket(takes, timeZone);
    return {
      timeZone,
      totals: {
        takes: takes.length,
        scoredTakes: scored.length,
        questionsPractised: new Set(takes.map((take) => take.questionId)).size,
        minutes: Math.round(totalMs / 6_000) / 10,
      },
      streak: computeStreak(
        takes.map((take) => take.startedAt),
        timeZone,
        now,
      ),
      weeks: minutesPerWeek(
        takes.map((take) => ({ at: take.startedAt, durationMs: take.durationMs })),
        timeZone,
        now,
        weeks,
      ),
      granularity,
      scores: scoreSeries(takes, bucket),
      delivery: { points: deliverySeries(takes, bucket), norms: this.options.norms() },
      weakest: weakestQuestions(takes, cards),
      due: dueCounts(this.questionRefs(), cards, timeZone, now),
    };
  }

  dueCounts(timeZone: string): DueSummary {
    const { cards } = this.snapshot();
    return dueCounts(this.questionRefs(), cards, timeZone, this.now());
  }

  /** What a mock interview needs to put the right questions first. */
  dueState(timeZone: string): { due: string[]; practised: Set<string> } {
    const { cards } = this.snapshot();
    const due = dueQuestions(this.questionRefs(), cards, timeZone, this.now()).map((q) => q.questionId);
    return { due, practised: new Set(cards.keys()) };
  }

  due(timeZone: string, deckId?: string, limit = 100): DueQuestion[] {
    const { cards } = this.snapshot();
    const refs = this.questionRefs().filter((ref) => !deckId || ref.deckId === deckId);
    return dueQuestions(refs, cards, timeZone, this.now())
      .slice(0, limit)
      .map(({ position: _position, ...rest }) => rest);
  }
}

/** The app's progress service: scores as the scorer stored them, norms as the user set them. */
export function progressService(db: Db): ProgressService {
  return new ProgressService(db, {
    scores: storedScores,
    norms: () => {
      const { wpmMin, wpmMax, fillersPerMinuteMax, monotoneSemitones } = scoringSettings(db).delivery;
      return { wpmMin, wpmMax, fillersPerMinuteMax, monotoneSemitones };
    },
  });
}
