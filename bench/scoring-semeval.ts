import { referenceSimilarity, type SimilarityOptions } from '../electron/scoring/content/reference-similarity';
import { bestThreshold, twoWayMetrics } from './scoring-metrics';
import type { SemevalSet } from './scoring-semeval-data';

/** Chosen on train only by bench/scoring-semeval-select.ts (questionWeight 0.2, no IDF floor effect, recall only). */
export const semevalOptions: Omit<SimilarityOptions, 'idf'> = { questionWeight: 0.2, idfFloor: 1, precisionWeight: 0 };

export interface SplitResult {
  split: string;
  answers: number;
  accuracy: number;
  macroF1: number;
  /** The same scores with one threshold per question where train had enough answers of both labels. */
  perQuestion: { accuracy: number; macroF1: number };
}

export interface SetResult {
  name: string;
  threshold: number;
  splits: SplitResult[];
  answersPerSecond: number;
}

/** One threshold per question from its train answers, pulled toward the global one when train has few. */
function perQuestionThresholds(scored: { questionId: string; score: number; actual: boolean }[], global: number) {
  const byQuestion = new Map<string, typeof scored>();
  for (const s of scored) byQuestion.set(s.questionId, [...(byQuestion.get(s.questionId) ?? []), s]);
  const thresholds = new Map<string, number>();
  for (const [id, items] of byQuestion) {
    if (items.length < 8 || !items.some((i) => i.actual) || !items.some((i) => !i.actual)) continue;
    thresholds.set(id, (bestThreshold(items) * items.length + global * 10) / (items.length + 10));
  }
  return thresholds;
}

export function runSemeval(set: SemevalSet): SetResult {
  const started = performance.now();
  const scored = set.answers.map((a) => {
    const q = set.questions.get(a.questionId);
    const score = q
      ? referenceSimilarity(q.question, q.references, a.terms, { ...semevalOptions, idf: set.idf }).score
      : 0;
    return { split: a.split, questionId: a.questionId, score, actual: a.correct };
  });
  const answersPerSecond = Math.round(set.answers.length / ((performance.now() - started) / 1000));
  const train = scored.filter((s) => s.split === 'train');
  const threshold = bestThreshold(train);
  const perQuestion = perQuestionThresholds(train, threshold);
  const splits = [...new Set(scored.map((s) => s.split))]
    .filter((split) => split !== 'train')
    .sort()
    .map((split): SplitResult => {
      const items = scored.filter((s) => s.split === split);
      const global = twoWayMetrics(items.map((s) => ({ actual: s.actual, predicted: s.score >= threshold })));
      const calibrated = twoWayMetrics(
        items.map((s) => ({ actual: s.actual, predicted: s.score >= (perQuestion.get(s.questionId) ?? threshold) })),
      );
      return { split, answers: items.length, ...global, perQuestion: calibrated };
    });
  return { name: set.name, threshold, splits, answersPerSecond };
}
