import type { WeightedTerm } from './align';
import { termsContradict, termSimilarity } from './term-match';

export interface PointCoverage {
  /** Weighted share of the point's terms said within one stretch of the answer, 0..1. */
  coverage: number;
  /** Indices into the answer's terms that earned the coverage. */
  said: number[];
  /** True when the stretch says the opposite of part of the point (negated or an antonym). */
  contradicted: boolean;
}

interface Hit {
  ref: number;
  at: number;
  credit: number;
}

/**
 * Finds the stretch of the answer (a window of content terms) that says most of the point. A window keeps
 * a long answer from collecting a point's words from minutes apart; its size grows with the point.
 */
export function coverPoint(point: readonly WeightedTerm[], said: readonly WeightedTerm[]): PointCoverage {
  const total = point.reduce((sum, p) => sum + p.weight, 0);
  if (total === 0 || said.length === 0) return { coverage: 0, said: [], contradicted: false };
  const hits: Hit[] = [];
  const opposite: Hit[] = [];
  point.forEach((p, ref) => {
    said.forEach((s, at) => {
      const credit = termSimilarity(p.term, s.term);
      if (credit > 0 && s.term.negated === p.term.negated) hits.push({ ref, at, credit });
      else if (credit > 0 || (s.term.negated === p.term.negated && termsContradict(p.term, s.term))) {
        opposite.push({ ref, at, credit: 1 });
      }
    });
  });
  if (hits.length === 0) return { coverage: 0, said: [], contradicted: false };
  hits.sort((a, b) => a.at - b.at);
  const window = Math.max(10, Math.ceil(point.length * 2.5));
  let best: PointCoverage = { coverage: 0, said: [], contradicted: false };
  let end = 0;
  for (let start = 0; start < hits.length; start++) {
    const from = (hits[start] as Hit).at;
    while (end < hits.length && (hits[end] as Hit).at < from + window) end++;
    const bestPerRef = new Map<number, Hit>();
    for (let i = start; i < end; i++) {
      const hit = hits[i] as Hit;
      if ((bestPerRef.get(hit.ref)?.credit ?? 0) < hit.credit) bestPerRef.set(hit.ref, hit);
    }
    let found = 0;
    for (const hit of bestPerRef.values()) found += (point[hit.ref]?.weight ?? 0) * hit.credit;
    const coverage = found / total;
    if (coverage > best.coverage) {
      const contradicted = opposite.some((o) => o.at >= from && o.at < from + window && !bestPerRef.has(o.ref));
      best = { coverage, said: [...bestPerRef.values()].map((h) => h.at).sort((a, b) => a - b), contradicted };
    }
  }
  return best;
}
