export interface Prediction {
  actual: boolean;
  predicted: boolean;
}

/** Accuracy and macro-F1 (mean of the F1 of both classes) for a two-way decision. */
export function twoWayMetrics(predictions: readonly Prediction[]): { accuracy: number; macroF1: number } {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const { actual, predicted } of predictions) {
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
    else tn++;
  }
  const f1Positive = tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
  const f1Negative = tn + fn + fp > 0 ? (2 * tn) / (2 * tn + fn + fp) : 0;
  return {
    accuracy: predictions.length > 0 ? (tp + tn) / predictions.length : 0,
    macroF1: (f1Positive + f1Negative) / 2,
  };
}

/** The threshold (0..1 by 0.01) that maximises macro-F1 on the given scored examples. */
export function bestThreshold(scored: readonly { score: number; actual: boolean }[]): number {
  let best = 0.5;
  let bestF1 = -1;
  for (let step = 0; step <= 100; step++) {
    const threshold = step / 100;
    const { macroF1 } = twoWayMetrics(scored.map((s) => ({ actual: s.actual, predicted: s.score >= threshold })));
    if (macroF1 > bestF1) {
      bestF1 = macroF1;
      best = threshold;
    }
  }
  return best;
}
