import type { Term } from '../text/analyze';
import type { DeckQuestion } from './deck';

/** The other question of the deck an answer fits better than its own, and how well it fits it (0..100). */
export interface OtherQuestionFit {
  question: string;
  score: number;
}

/** Content keys of an answer or model answer, for a quick first look at which questions an answer could fit. */
export function contentKeys(terms: readonly Term[]): Set<string> {
  return new Set(terms.filter((t) => !t.stop).map((t) => t.key));
}

/**
 * A question's wording without its numbers and one-letter labels: "reading of 1.5 for terminal 1" and "reading of
 * 0 for terminal 4" ask the same thing about another item, so answers to one are no sign of answering the wrong one.
 */
export function questionPattern(question: string): string {
  return question
    .toLowerCase()
    .replace(/\d+(?:[.,]\d+)?/g, ' ')
    .replace(/\b\p{L}\b/gu, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/**
 * The deck's other questions most likely to fit an answer, by the share of each model answer's content words the
 * answer uses: a cheap filter, so the full scorer runs on a few questions rather than the whole deck.
 */
export function likelyOtherQuestions(
  own: DeckQuestion,
  deck: readonly { question: DeckQuestion; keys: ReadonlySet<string> }[],
  answerKeys: ReadonlySet<string>,
  count: number,
): DeckQuestion[] {
  const pattern = questionPattern(own.question);
  return deck
    .filter(
      ({ question: q }) => q.modelAnswer.trim() !== own.modelAnswer.trim() && questionPattern(q.question) !== pattern,
    )
    .map(({ question, keys }) => {
      let shared = 0;
      for (const key of keys) if (answerKeys.has(key)) shared++;
      return { question, overlap: keys.size > 0 ? shared / keys.size : 0 };
    })
    .filter((c) => c.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap)
    .slice(0, count)
    .map((c) => c.question);
}
