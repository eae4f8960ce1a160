import type { Db } from '../store/database';
import { ScheduleCardRepo, type CardRow, type CardWrite } from './schedule-card-repo';
import { ratingScore } from './score-rating';
import { replayScores, type CardState, type DatedScore } from './scheduler';

/** What the schedule needs of a finished take: its question, when it was taken and, once scored, its score. */
export interface ScheduledTake {
  questionId: string;
  startedAt: Date;
  score: { overall: number } | null;
  /** Overall-score points its follow-ups recovered on prompting (see score-rating). */
  recoveredGain?: number;
}

const toCard = (row: CardRow): CardState => ({
  due: row.due,
  stability: row.stability,
  difficulty: row.difficulty,
  scheduledDays: row.scheduled_days,
  learningSteps: row.learning_steps,
  reps: row.reps,
  lapses: row.lapses,
  state: row.state,
  lastReview: row.last_review,
  lastScore: row.last_score,
});

// Identifies the exact history a card was built from: any added, deleted or re-scored take changes it.
const historyKey = (scores: readonly DatedScore[]) =>
  scores.map((entry) => `${entry.at.toISOString()}=${entry.score.toFixed(2)}`).join(';');

/**
 * FSRS card state per question in SQLite. Cards are rebuilt only for
 * questions whose scored takes changed since the last sync, so reading
 * progress stays cheap with thousands of takes.
 */
export class ScheduleCards {
  private readonly repo: ScheduleCardRepo;

  constructor(db: Db) {
    this.repo = new ScheduleCardRepo(db);
  }

  /** Brings every card in line with the scored takes; returns the cards by question id. */
  sync(takes: readonly ScheduledTake[]): Map<string, CardState> {
    const scores = new Map<string, DatedScore[]>();
    for (const take of takes) {
      if (!take.score) continue;
      const list = scores.get(take.questionId) ?? [];
      list.push({ at: take.startedAt, score: ratingScore(take.score.overall, take.recoveredGain ?? 0) });
      scores.set(take.questionId, list);
    }
    const rows = this.repo.all();
    const stored = new Map(rows.map((row) => [row.question_id, row]));
    const cards = new Map<string, CardState>();
    const rebuilt: CardWrite[] = [];
    for (const [questionId, list] of scores) {
      const key = historyKey(list);
      const row = stored.get(questionId);
      if (row && row.history_key === key) {
        cards.set(questionId, toCard(row));
        continue;
      }
      const card = replayScores(list, list[0]!.at);
      rebuilt.push({ questionId, ...card, historyKey: key });
      cards.set(questionId, card);
    }
    // A question whose scored takes were all deleted is new again.
    this.repo.save(
      rebuilt,
      [...stored.keys()].filter((questionId) => !scores.has(questionId)),
    );
    return cards;
  }
}
