// Chooses the content scorer's short-answer parameters on SemEval-2013 *train* only (never a test split):
// `npx tsx bench/scoring-semeval-select.ts`. The chosen values are the defaults in electron/scoring/settings.ts.
import { referenceSimilarity } from '../electron/scoring/content/reference-similarity';
import { bestThreshold, twoWayMetrics } from './scoring-metrics';
import { loadSemeval, type SemevalSet } from './scoring-semeval-data';

const sets = [loadSemeval('beetle'), loadSemeval('scientsbank')].map((set) => ({
  ...set,
  answers: set.answers.filter((a) => a.split === 'train'),
}));

function trainF1(set: SemevalSet, questionWeight: number, idfFloor: number, precisionWeight: number): number {
  const scored = set.answers.map((a) => {
    const q = set.questions.get(a.questionId);
    const options = { idf: set.idf, questionWeight, idfFloor, precisionWeight };
    const score = q ? referenceSimilarity(q.question, q.references, a.terms, options).score : 0;
    return { score, actual: a.correct };
  });
  const threshold = bestThreshold(scored);
  return twoWayMetrics(scored.map((s) => ({ actual: s.actual, predicted: s.score >= threshold }))).macroF1;
}

const rows: { mean: number; line: string }[] = [];
for (const questionWeight of [0.1, 0.2, 0.3, 0.5]) {
  for (const idfFloor of [0.2, 0.4, 1]) {
    for (const precisionWeight of [0, 0.15, 0.3]) {
      const f1 = sets.map((set) => trainF1(set, questionWeight, idfFloor, precisionWeight));
      const mean = f1.reduce((a, b) => a + b, 0) / f1.length;
      const detail = sets.map((s, i) => `${s.name} ${(f1[i] ?? 0).toFixed(3)}`).join(', ');
      rows.push({
        mean,
        line: `questionWeight=${questionWeight} idfFloor=${idfFloor} precisionWeight=${precisionWeight}: mean train macro-F1 ${mean.toFixed(4)} (${detail})`,
      });
    }
  }
}
rows.sort((a, b) => b.mean - a.mean);
console.log(
  rows
    .slice(0, 8)
    .map((r) => r.line)
    .join('\n'),
);
