import type { CardState } from '../schedule/scheduler';
import type { Take } from './take-history';

export interface WeakQuestion {
  questionId: string;
  deckId: string;
  deckTitle: string;
  prompt: string;
  section: string;
  /** Average of the most recent scored takes (up to `recent`). */
  recentAverage: number;
  lastScore: number;
  takes: number;
  lastTakenAt: string;
  due: string | null;
}

/**
 * Questions with the lowest recent scores. "Recent" is the last few scored
 * takes rather than all of them, so a question that has since been mastered
 * leaves the list.
 */
export function weakestQuestions(takes: readonly Take[], cards: Map<string, CardState>, limit = 10, recent = 3) {
  const byQuestion = new Map<string, Take[]>();
  for (const take of takes) {
    if (!take.score) continue;
    const list = byQuestion.get(take.questionId) ?? [];
    list.push(take);
    byQuestion.set(take.questionId, list);
  }
  const rows: WeakQuestion[] = [];
  for (const [questionId, list] of byQuestion) {
    list.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const last = list.at(-1)!;
    const window = list.slice(-recent);
    const average = window.reduce((sum, take) => sum + take.score!.overall, 0) / window.length;
    rows.push({
      questionId,
      deckId: last.deckId,
      deckTitle: last.deckTitle,
      prompt: last.prompt,
      section: last.section,
      recentAverage: Math.round(average * 10) / 10,
      lastScore: last.score!.overall,
      takes: list.length,
      lastTakenAt: last.startedAt.toISOString(),
      due: cards.get(questionId)?.due ?? null,
    });
  }
  return rows.sort((a, b) => a.recentAverage - b.recentAverage || a.prompt.localeCompare(b.prompt)).slice(0, limit);
}
