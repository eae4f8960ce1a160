import type { Term } from '../text/analyze';
import { align } from './align';
import { joinCompounds } from './term-match';
import { type Idf, weighTerms } from './term-weights';

export interface SimilarityOptions {
  idf?: Idf;
  /** Weight of terms the question already uses. */
  questionWeight: number;
  idfFloor: number;
  /** 0 judges by recall of the reference alone; higher values also punish extra, unrelated content. */
  precisionWeight: number;
}

export interface Similarity {
  /** 0..1: recall^(1-p) * precision^p, less the share of the reference the answer contradicts. */
  score: number;
  recall: number;
  precision: number;
  contradicted: number;
  /** Index of the reference answer that matched best. */
  reference: number;
}

/**
 * How well a short answer says what one of several reference answers says: the best reference wins.
 * Used where a model answer is one idea (a single key point, or a benchmark's reference answers).
 */
export function referenceSimilarity(
  question: readonly Term[],
  references: readonly (readonly Term[])[],
  answer: readonly Term[],
  options: SimilarityOptions,
): Similarity {
  const questionKeys = new Set(question.flatMap((t) => [t.key, t.lemma]));
  const weigh = { idf: options.idf, questionKeys, questionWeight: options.questionWeight, floor: options.idfFloor };
  let best: Similarity = { score: 0, recall: 0, precision: 0, contradicted: 0, reference: -1 };
  references.forEach((reference, index) => {
    const said = joinCompounds(answer, new Set(reference.map((t) => t.surface)));
    const found = align(weighTerms(reference, weigh), weighTerms(said, weigh));
    const p = options.precisionWeight;
    const score = Math.pow(found.recall, 1 - p) * Math.pow(found.precision, p) * Math.max(0, 1 - found.contradicted);
    if (score > best.score || best.reference < 0) {
      best = {
        score,
        recall: found.recall,
        precision: found.precision,
        contradicted: found.contradicted,
        reference: index,
      };
    }
  });
  return best;
}
