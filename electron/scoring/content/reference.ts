import { analyzeText, type Term } from '../text/analyze';
import type { ScoreSettings } from '../settings';
import { extractKeyPoints, type KeyPoint } from './key-points';
import { meaningVector } from './sentence-meaning';
import { type Idf, type WeightedTerm, weighTerms } from './term-weights';

export interface PreparedPoint extends KeyPoint {
  terms: WeightedTerm[];
  /**
   * The terms after a list item's label ("**Resilience:** One service failure..."), when it has one: the label
   * names the point, so saying the point without naming it still covers it.
   */
  bodyTerms: WeightedTerm[] | null;
  /** Specificity of the point: mean weight of its terms. */
  weight: number;
}

export interface PreparedReference {
  points: PreparedPoint[];
  /** Every surface form in the model answer, for joining split compounds in the answer ("argo cd"). */
  surfaces: ReadonlySet<string>;
  /** Lemmas of the question's words, which weigh less in the answer's overall meaning too. */
  questionWords: ReadonlySet<string>;
  /** The model answer's overall meaning (see meaningVector). */
  meaning: Float32Array | null;
}

/** Analyses a model answer into weighted key points; terms the question uses and terms common in the deck weigh less. */
export function prepareReference(
  question: string,
  modelAnswer: string,
  settings: ScoreSettings['content'],
  idf?: Idf,
): PreparedReference {
  const questionTerms = analyzeText(question, settings);
  const questionKeys = new Set(questionTerms.flatMap((t) => [t.key, t.lemma]));
  const surfaces = new Set<string>();
  const points = extractKeyPoints(modelAnswer).flatMap((point): PreparedPoint[] => {
    const terms = analyzeText(point.text, settings);
    terms.forEach((t) => surfaces.add(t.surface));
    const keyTermKeys = new Set(point.keyTerms.flatMap((k) => analyzeText(k).map((t: Term) => t.key)));
    const weigh = (from: readonly Term[]) =>
      weighTerms(from, { idf, questionKeys, questionWeight: settings.questionWeight, floor: settings.idfFloor }).map(
        (w) => (keyTermKeys.has(w.term.key) ? { ...w, weight: w.weight * settings.keyTermWeight } : w),
      );
    const weighted = weigh(terms);
    if (weighted.length === 0) return [];
    const weight = weighted.reduce((sum, w) => sum + w.weight, 0) / weighted.length;
    const label = point.kind === 'item' ? point.keyTerms.find((k) => point.text.startsWith(`${k}:`)) : undefined;
    const body = label ? weigh(analyzeText(point.text.slice(label.length + 1), settings)) : [];
    return [{ ...point, terms: weighted, bodyTerms: body.length > 0 ? body : null, weight }];
  });
  const questionWords = new Set(questionTerms.map((t) => t.lemma));
  const meaning = meaningVector(analyzeText(modelAnswer, settings), questionWords, settings.questionWeight);
  return { points, surfaces, questionWords, meaning };
}
