import { analyzeText } from '../text/analyze';
import { Idf } from './term-weights';

/**
 * The other model answers of a deck, for specificity: a term every answer uses ("service", "deploy")
 * says little about this one. Build once per deck and pass to every score.
 */
export function deckSpecificity(modelAnswers: readonly string[]): Idf {
  return new Idf(modelAnswers.map((answer) => analyzeText(answer)));
}
