import type { WeightedTerm } from './term-weights';
import { type MatchOptions, termMatcher, termsContradict } from './term-match';

export interface PointCoverage {
  /** Weighted share of the point's terms said within one stretch of the answer, 0..1. */
  coverage: number;
  /** Indices into the answer's terms that earned the coverage, one per point term they stand for. */
  said: number[];
  /** True when the stretch says the opposite of part of the point (negated or an antonym). */
  contradicted: boolean;
  /** True when at least one aligned pair is a match of meaning rather than of the same word. */
  inOtherWords: boolean;
}

interface Hit {
  ref: number;
  at: number;
  credit: number;
  /** The pair shares no word form, only meaning (a synonym or a close word vector). */
  other: boolean;
}

const none: PointCoverage = { coverage: 0, said: [], contradicted: false, inOtherWords: false };

/**
 * Aligns a window's candidate pairs one to one, strongest first: each point term stands for at most one answer
 * word and each answer word for at most one point term, so "service" said once cannot cover "service" twice.
 * Among equally strong pairs the earlier answer word wins; the window itself keeps the pairs in one context.
 */
function alignOneToOne(candidates: readonly Hit[]): Hit[] {
  const ordered = [...candidates].sort((a, b) => b.credit - a.credit || a.at - b.at);
  const usedRef = new Set<number>();
  const usedAt = new Set<number>();
  const aligned: Hit[] = [];
  for (const hit of ordered) {
    if (usedRef.has(hit.ref) || usedAt.has(hit.at)) continue;
    usedRef.add(hit.ref);
    usedAt.add(hit.at);
    aligned.push(hit);
  }
  return aligned;
}

/**
 * Finds the stretch of the answer (a window of content terms) that says most of the point, aligning the point's
 * terms to the answer's words one to one. A window keeps a long answer from collecting a point's words from
 * minutes apart; its size grows with the point.
 */
export function coverPoint(
  point: readonly WeightedTerm[],
  said: readonly WeightedTerm[],
  options: MatchOptions,
): PointCoverage {
  const total = point.reduce((sum, p) => sum + p.weight, 0);
  if (total === 0 || said.length === 0) return none;
  const hits: Hit[] = [];
  const opposite: Hit[] = [];
  point.forEach((p, ref) => {
    const similarity = termMatcher(p.term, options);
    said.forEach((s, at) => {
      const match = similarity(s.term);
      const agrees = s.term.negated === p.term.negated;
      if (match.credit > 0 && agrees) hits.push({ ref, at, credit: match.credit, other: match.other });
      else if (match.credit > 0 || (agrees && termsContradict(p.term, s.term))) {
        opposite.push({ ref, at, credit: 1, other: false });
      }
    });
  });
  if (hits.length === 0) return none;
  hits.sort((a, b) => a.at - b.at);
  const window = Math.max(10, Math.ceil(point.length * 2.5));
  let best = none;
  let end = 0;
  for (let start = 0; start < hits.length; start++) {
    const from = (hits[start] as Hit).at;
    // A window starting at the same answer word as the previous start holds the same pairs.
    if (start > 0 && (hits[start - 1] as Hit).at === from) continue;
    while (end < hits.length && (hits[end] as Hit).at < from + window) end++;
    const aligned = alignOneToOne(hits.slice(start, end));
    let found = 0;
    for (const hit of aligned) found += (point[hit.ref]?.weight ?? 0) * hit.credit;
    const coverage = found / total;
    if (coverage > best.coverage) {
      const refs = new Set(aligned.map((h) => h.ref));
      const contradicted = opposite.some((o) => o.at >= from && o.at < from + window && !refs.has(o.ref));
      best = {
        coverage,
        said: aligned.map((h) => h.at).sort((a, b) => a - b),
        contradicted,
        inOtherWords: aligned.some((h) => h.other),
      };
    }
  }
  return best;
}
