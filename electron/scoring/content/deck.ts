import { analyzeText } from '../text/analyze';
import { Idf } from './term-weights';

/** One question of a deck with its model answer, as the scorer sees the rest of the deck. */
export interface DeckQuestion {
  question: string;
  modelAnswer: string;
}

/**
 * What the scorer knows about the deck an answer belongs to: the specificity of terms across its model answers
 * (a term every answer uses, "service" or "deploy", says little about this one) and its questions, so an answer
 * that fits another question better than its own can be told. Build once per deck and pass to every score.
 */
export interface Deck {
  idf: Idf;
  questions: readonly DeckQuestion[];
}

export function deckContext(questions: readonly DeckQuestion[]): Deck {
  return { idf: new Idf(questions.map((q) => analyzeText(q.modelAnswer))), questions };
}
