import { createEmptyCard, fsrs, State, type Card } from 'ts-fsrs';
import { scoreToRating } from './score-rating';

/** One scored take of a question, as the scheduler sees it. */
export interface DatedScore {
  readonly at: Date;
  readonly score: number;
}

/** What is stored per question; dates are ISO strings so rows round-trip through SQLite. */
export interface CardState {
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: 'new' | 'learning' | 'review' | 'relearning';
  lastReview: string | null;
  lastScore: number | null;
}

// Short-term (minutes-apart) learning steps suit flashcards flipped in a row;
// a spoken take is a whole rehearsal, so the next one is scheduled in days.
// No fuzz: the same history always gives the same due date, which users and tests can check.
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false, request_retention: 0.9 });

const stateNames = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
} as const;

/**
 * Replays a question's scored takes, oldest first, from an empty card. The
 * card is derived data: a re-scored or deleted take changes the history and
 * the card is simply replayed, so it can never drift from the takes.
 */
export function replayScores(scores: readonly DatedScore[], createdAt: Date): CardState {
  const ordered = [...scores].sort((a, b) => a.at.getTime() - b.at.getTime());
  let card: Card = createEmptyCard(ordered[0]?.at ?? createdAt);
  for (const entry of ordered) {
    card = scheduler.next(card, entry.at, scoreToRating(entry.score)).card;
  }
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateNames[card.state],
    lastReview: card.last_review ? card.last_review.toISOString() : null,
    lastScore: ordered.at(-1)?.score ?? null,
  };
}

/** Probability (0-1) that the answer would still come out well now; null before the first take. */
export function retrievability(card: CardState, now: Date): number | null {
  if (card.state === 'new' || !card.lastReview) return null;
  return scheduler.get_retrievability(
    {
      due: card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      elapsed_days: 0,
      scheduled_days: card.scheduledDays,
      learning_steps: card.learningSteps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state === 'review' ? State.Review : card.state === 'learning' ? State.Learning : State.Relearning,
      last_review: card.lastReview,
    },
    now,
    false,
  );
}
