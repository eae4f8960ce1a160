import type { Term } from '../text/analyze';
import { areAntonyms, canonicalWord, synonymGroups } from '../text/lexicon';

/** Credit for each kind of match; the names say why one match is weaker than another. */
export const matchCredit = { exact: 1, stem: 0.9, synonym: 0.85, misspelling: 0.75 } as const;

function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return false;
    previous = row;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

function shareGroup(a: Term, b: Term): boolean {
  const groups = [...synonymGroups(a.surface), ...synonymGroups(a.lemma)];
  if (groups.length === 0) return false;
  return [...synonymGroups(b.surface), ...synonymGroups(b.lemma)].some((g) => groups.includes(g));
}

/** How well one answer term stands for one reference term, 0..1. Numbers must be equal. */
export function termSimilarity(ref: Term, said: Term): number {
  if (ref.key === said.key) return matchCredit.exact;
  if (ref.kind !== 'word' || said.kind !== 'word') return 0;
  if (ref.lemma === said.lemma) return matchCredit.exact;
  if (ref.stem === said.stem && ref.stem.length >= 3) return matchCredit.stem;
  if (shareGroup(ref, said)) return matchCredit.synonym;
  // Misspellings and near-miss recognitions ("seperated", "kubernetis"), only for longer words.
  const a = ref.surface;
  const b = said.surface;
  if (a.length >= 5 && b.length >= 5 && a[0] === b[0] && editDistanceAtMost(a, b, a.length >= 8 ? 2 : 1)) {
    return matchCredit.misspelling;
  }
  return 0;
}

export function termsContradict(ref: Term, said: Term): boolean {
  return areAntonyms(ref.lemma, said.lemma) || areAntonyms(ref.key, said.key) || areAntonyms(ref.surface, said.surface);
}

/**
 * Joins neighbouring terms whose concatenation is a single term on the other side, so "Argo CD" meets "ArgoCD"
 * and "multi stage" meets "multistage". The joined term spans both source words.
 */
export function joinCompounds(terms: readonly Term[], otherSide: ReadonlySet<string>): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < terms.length; i++) {
    const a = terms[i] as Term;
    const b = terms[i + 1];
    const joined = b && a.kind === 'word' && b.kind === 'word' ? a.surface + b.surface : '';
    if (b && joined && otherSide.has(joined)) {
      out.push({
        ...a,
        key: canonicalWord(joined),
        lemma: joined,
        stem: joined,
        surface: joined,
        last: b.last,
        stop: false,
      });
      i++;
    } else out.push(a);
  }
  return out;
}
