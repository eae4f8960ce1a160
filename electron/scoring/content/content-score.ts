import type { Term } from '../text/analyze';
import { explanationWords } from '../text/lexicon';
import type { ScoreSettings } from '../settings';
import { coverPoint } from './coverage';
import type { OtherQuestionFit } from './other-question';
import type { PreparedReference } from './reference';
import { meaningVector, sentenceCredit } from './sentence-meaning';
import { joinCompounds } from './term-match';

export type PointStatus = 'covered' | 'partly' | 'missed';

export interface PointResult {
  text: string;
  status: PointStatus;
  /** 0..1, weighted share of the point's terms said in one stretch. */
  coverage: number;
  /** Specificity weight of the point in the content score. */
  weight: number;
  keyTerms: string[];
  /** Source word indices (into the transcript words) that covered the point. */
  wordIndices: number[];
  contradicted: boolean;
  /** Covered at least partly with words of the answer's own that mean what the point says (not the same words). */
  inOtherWords: boolean;
}

export interface ContentResult {
  score: number;
  /** The part of the score the key points earn (0..100), before credit for the answer's overall meaning. */
  pointsScore: number;
  /** Share of explanatory words in the answer (pronouns, is/are, because...), 0..1. */
  explanationShare: number;
  /** True when the answer reads as a bare list of terms and its score was lowered for it. */
  keywordList: boolean;
  points: PointResult[];
  /** The deck's other question the answer fits clearly better, when there is one; the score was lowered for it. */
  otherQuestion?: OtherQuestionFit | null;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function explanationShareOf(terms: readonly Term[]): number {
  const words = terms.filter((t) => t.kind === 'word');
  if (words.length === 0) return 0;
  return words.filter((t) => explanationWords.has(t.surface)).length / words.length;
}

/** Judges which key points the answer covers; every point's status rests on the words listed with it. */
export function scoreContent(
  reference: PreparedReference,
  answerTerms: readonly Term[],
  settings: ScoreSettings['content'],
): ContentResult {
  const said = joinCompounds(answerTerms, reference.surfaces);
  const content = said.map((term, index) => ({ term, index })).filter((x) => !x.term.stop);
  const weighted = content.map((x) => ({ term: x.term, weight: 1 }));
  const points = reference.points.map((point): PointResult => {
    const withLabel = coverPoint(point.terms, weighted, settings);
    const bodyOnly = point.bodyTerms ? coverPoint(point.bodyTerms, weighted, settings) : null;
    const found = bodyOnly && bodyOnly.coverage > withLabel.coverage ? bodyOnly : withLabel;
    // Saying the opposite of part of a point cannot make it covered.
    const coverage = found.contradicted ? found.coverage * settings.contradictedShare : found.coverage;
    const status: PointStatus =
      coverage >= settings.coveredAt ? 'covered' : coverage >= settings.partlyAt ? 'partly' : 'missed';
    const wordIndices = new Set<number>();
    for (const at of found.said) {
      const term = content[at]?.term;
      if (!term) continue;
      for (let w = term.first; w <= term.last; w++) wordIndices.add(w);
    }
    return {
      text: point.text,
      status,
      coverage,
      weight: point.weight,
      keyTerms: point.keyTerms,
      wordIndices: [...wordIndices].sort((a, b) => a - b),
      contradicted: found.contradicted,
      inOtherWords: found.inOtherWords && status !== 'missed',
    };
  });
  const totalWeight = points.reduce((sum, p) => sum + p.weight, 0);
  const span = settings.coveredAt - settings.creditFrom;
  const earned = points.reduce((sum, p) => sum + p.weight * clamp01((p.coverage - settings.creditFrom) / span), 0);
  const explanationShare = explanationShareOf(said);
  const keywordList = said.length > 0 && explanationShare < settings.explanationShare;
  const factor = keywordList
    ? settings.keywordListFloor + (1 - settings.keywordListFloor) * (explanationShare / settings.explanationShare)
    : 1;
  const pointsScore = totalWeight > 0 ? 100 * factor * (earned / totalWeight) : 0;
  const answerMeaning = meaningVector(said, reference.questionWords, settings.questionWeight);
  // Overall meaning is evidence of saying the points in other words; an answer in the model answer's own words
  // already earns what it says through its points, and would otherwise gain twice (unless the settings say
  // otherwise). A keyword list's words sit close to the model answer's too, so its meaning credit is lowered alike.
  const paraphrased = !settings.sentenceOnlyInOtherWords || points.some((p) => p.inOtherWords);
  const meaningCredit = sentenceCredit(reference.meaning, answerMeaning, pointsScore, settings);
  const meaningPoints = paraphrased ? factor * meaningCredit : 0;
  const score = Math.min(100, Math.round(pointsScore + meaningPoints));
  return { score, pointsScore: Math.round(pointsScore), explanationShare, keywordList, points };
}
