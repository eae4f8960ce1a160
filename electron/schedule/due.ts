import { dayKey, daysBetween } from './local-time';
import type { CardState } from './scheduler';

export interface QuestionRef {
  questionId: string;
  deckId: string;
  deckTitle: string;
  prompt: string;
  section: string;
  position: number;
}

export interface DueQuestion extends QuestionRef {
  due: string;
  /** Whole local days past due (0 = due today). */
  overdueDays: number;
  lastScore: number | null;
  reps: number;
}

export interface DueCounts {
  dueToday: number;
  newQuestions: number;
  totalQuestions: number;
}

/**
 * "Due today" means due at any time up to the end of the user's today, so a
 * question due at 23:00 shows in the morning list. Questions never answered
 * are counted as new, not due: they wait for the user to pick them.
 */
export function dueQuestions(refs: readonly QuestionRef[], cards: Map<string, CardState>, timeZone: string, now: Date) {
  const today = dayKey(now, timeZone);
  const due: DueQuestion[] = [];
  for (const ref of refs) {
    const card = cards.get(ref.questionId);
    if (!card) continue;
    const overdueDays = daysBetween(dayKey(new Date(card.due), timeZone), today);
    if (overdueDays < 0) continue;
    due.push({ ...ref, due: card.due, overdueDays, lastScore: card.lastScore, reps: card.reps });
  }
  // Most overdue first, then the weakest, so a short session covers what matters most.
  return due.sort((a, b) => a.due.localeCompare(b.due) || (a.lastScore ?? 0) - (b.lastScore ?? 0));
}

export function dueCounts(refs: readonly QuestionRef[], cards: Map<string, CardState>, timeZone: string, now: Date) {
  const dueIds = new Set(dueQuestions(refs, cards, timeZone, now).map((q) => q.questionId));
  const byDeck = new Map<string, DueCounts & { deckId: string; title: string }>();
  for (const ref of refs) {
    const entry = byDeck.get(ref.deckId) ?? {
      deckId: ref.deckId,
      title: ref.deckTitle,
      dueToday: 0,
      newQuestions: 0,
      totalQuestions: 0,
    };
    entry.totalQuestions += 1;
    if (dueIds.has(ref.questionId)) entry.dueToday += 1;
    if (!cards.has(ref.questionId)) entry.newQuestions += 1;
    byDeck.set(ref.deckId, entry);
  }
  const decks = [...byDeck.values()];
  const sum = (field: keyof DueCounts) => decks.reduce((total, deck) => total + deck[field], 0);
  return {
    dueToday: sum('dueToday'),
    newQuestions: sum('newQuestions'),
    totalQuestions: sum('totalQuestions'),
    byDeck: decks,
  };
}
