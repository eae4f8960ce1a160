import { termsContradict, termSimilarity } from './term-match';
import type { WeightedTerm } from './term-weights';


export interface TermMatch {
  /** Index into the reference terms. */
  ref: number;
  /** Index into the answer terms. */
  said: number;
  credit: number;
}

export interface Alignment {
  /** Weighted share of the reference that the answer says, 0..1. */
  recall: number;
  /** Weighted share of the answer that belongs to the reference, 0..1. */
  precision: number;
  /** Best answer term for each reference term that was found. */
  matches: TermMatch[];
  /** Weighted share of the reference the answer says the opposite of (negated, or an antonym), 0..1. */
  contradicted: number;
}

/**
 * Aligns reference terms to answer terms (content words only; function words carry no credit).
 * A match under opposite negation ("connected" / "not connected") earns nothing and counts as contradicted;
 * so does an antonym under the same negation ("connected" / "separated"), while a double flip agrees.
 */
export function align(ref: readonly WeightedTerm[], said: readonly WeightedTerm[]): Alignment {
  const matches: TermMatch[] = [];
  const saidCredit = new Array<number>(said.length).fill(0);
  let refTotal = 0;
  let refFound = 0;
  let contradicted = 0;
  ref.forEach((r, ri) => {
    refTotal += r.weight;
    let best = 0;
    let bestIndex = -1;
    let opposite = 0;
    said.forEach((s, si) => {
      const credit = termSimilarity(r.term, s.term, { semanticFrom: 1, relatedCredit: 0, semanticCredit: 0 }).credit;
      if (credit === 0) return;
      if (s.term.negated !== r.term.negated) {
        opposite = Math.max(opposite, credit);
        return;
      }
      if (credit > best) {
        best = credit;
        bestIndex = si;
      }
      if (credit > (saidCredit[si] ?? 0)) saidCredit[si] = credit;
    });
    if (bestIndex >= 0) {
      matches.push({ ref: ri, said: bestIndex, credit: best });
      refFound += r.weight * best;
    } else if (opposite > 0) contradicted += r.weight;
    else if (said.some((s) => s.term.negated === r.term.negated && termsContradict(r.term, s.term))) {
      contradicted += r.weight;
    }
  });
  const saidTotal = said.reduce((sum, s) => sum + s.weight, 0);
  const saidFound = said.reduce((sum, s, i) => sum + s.weight * (saidCredit[i] ?? 0), 0);
  return {
    recall: refTotal > 0 ? refFound / refTotal : 0,
    precision: saidTotal > 0 ? saidFound / saidTotal : 0,
    matches,
    contradicted: refTotal > 0 ? contradicted / refTotal : 0,
  };
}
