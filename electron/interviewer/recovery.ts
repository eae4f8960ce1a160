/** A key point as a score report lists it (electron/scoring/report.ts), with what recovery needs. */
export interface ReportedPoint {
  text: string;
  status: 'covered' | 'partly' | 'missed';
  coverage: number;
  weight: number;
}

export interface ReportedContent {
  keyPoints: readonly ReportedPoint[];
  /** The content share of the overall score (0..1). */
  contentWeight: number;
}

/**
 * Key points the first answer did not cover but a follow-up answer did, when
 * the follow-up probed them: "recovered on prompting".
 */
export function recoveredPoints(
  first: readonly ReportedPoint[],
  followUps: readonly { probes: readonly string[]; keyPoints: readonly ReportedPoint[] | null }[],
): string[] {
  const coveredLater = new Set<string>();
  for (const f of followUps) {
    for (const point of f.keyPoints ?? [])
      if (point.status === 'covered' && f.probes.includes(point.text)) coveredLater.add(point.text);
  }
  return first.filter((p) => p.status !== 'covered' && coveredLater.has(p.text)).map((p) => p.text);
}

/**
 * How many points of the overall score the first answer would have gained had
 * it covered the recovered points itself: each point's missing coverage,
 * weighted as the content score weighs it.
 */
export function unpromptedGain(first: ReportedContent, recovered: readonly string[]): number {
  const total = first.keyPoints.reduce((sum, p) => sum + p.weight, 0);
  if (total <= 0) return 0;
  const missing = first.keyPoints
    .filter((p) => recovered.includes(p.text))
    .reduce((sum, p) => sum + p.weight * (1 - Math.min(1, Math.max(0, p.coverage))), 0);
  return (100 * first.contentWeight * missing) / total;
}
