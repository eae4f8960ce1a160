import type { Term } from '../text/analyze';
import { areAntonyms, canonicalWord, synonymGroups } from '../text/lexicon';
import { areOpposite, areRelated, isDescribingWord } from '../text/word-relations';
import { wordSimilarity } from '../text/word-vectors';

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

export interface MatchOptions {
  /** Credit for words WordNet relates (synonyms, derived forms); 0 turns it off. */
  relatedCredit: number;
  /** Cosine of two word vectors from which words count as saying the same thing; 1 or more turns it off. */
  semanticFrom: number;
  /** Credit for such a pair: close vectors are weaker evidence than a synonym WordNet lists. */
  semanticCredit: number;
}

export interface TermMatch {
  /** How well the answer term stands for the reference term, 0..1. */
  credit: number;
  /** True when the two share no word form, only meaning (a synonym or a close word vector). */
  other: boolean;
}

const noMatch: TermMatch = { credit: 0, other: false };

// An answer says the same words many times and a deck's model answers share theirs: each pair of word forms
// is judged once per set of options. Cleared when full, as the other caches of the scorer are.
const judged = new Map<string, Map<string, TermMatch>>();
let judgedPairs = 0;
const signatures = new WeakMap<Term, string>();

function signature(term: Term): string {
  let known = signatures.get(term);
  if (known === undefined) {
    known = `${term.kind}|${term.key}|${term.lemma}|${term.stem}|${term.surface}`;
    signatures.set(term, known);
  }
  return known;
}

/**
 * How well answer terms stand for one reference term: the matcher looks up the reference term's cached row once,
 * so scoring a point against every word of a long answer does not rebuild the cache key per pair. Numbers must be
 * equal; opposites never match.
 */
export function termMatcher(ref: Term, options: MatchOptions): (said: Term) => TermMatch {
  const outer = `${options.relatedCredit}|${options.semanticFrom}|${options.semanticCredit}|${signature(ref)}`;
  let row = judged.get(outer);
  if (!row) {
    row = new Map();
    judged.set(outer, row);
  }
  const known = row;
  return (said) => {
    const inner = signature(said);
    const cached = known.get(inner);
    if (cached) return cached;
    const match = judge(ref, said, options);
    if (++judgedPairs > 200_000) {
      judged.clear();
      judgedPairs = 0;
    }
    known.set(inner, match);
    return match;
  };
}

function judge(ref: Term, said: Term, options: MatchOptions): TermMatch {
  if (ref.key === said.key)
    return { credit: matchCredit.exact, other: ref.lemma !== said.lemma && ref.stem !== said.stem };
  if (ref.kind !== 'word' || said.kind !== 'word') return noMatch;
  if (ref.lemma === said.lemma) return { credit: matchCredit.exact, other: false };
  if (ref.stem === said.stem && ref.stem.length >= 3) return { credit: matchCredit.stem, other: false };
  if (shareGroup(ref, said)) return { credit: matchCredit.synonym, other: true };
  // Misspellings and near-miss recognitions ("seperated", "kubernetis"), only for longer words.
  const a = ref.surface;
  const b = said.surface;
  if (a.length >= 5 && b.length >= 5 && a[0] === b[0] && editDistanceAtMost(a, b, a.length >= 8 ? 2 : 1)) {
    return { credit: matchCredit.misspelling, other: false };
  }
  if (termsContradict(ref, said) || areOpposite(ref.lemma, said.lemma)) return noMatch;
  if (options.relatedCredit > 0 && (areRelated(ref.lemma, said.lemma) || areRelated(ref.surface, said.surface))) {
    return { credit: options.relatedCredit, other: true };
  }
  if (options.semanticFrom >= 1 || isDescribingWord(ref.lemma) || isDescribingWord(said.lemma)) return noMatch;
  const cosine = wordSimilarity(ref.lemma, said.lemma);
  if (cosine < options.semanticFrom) return noMatch;
  return { credit: options.semanticCredit, other: true };
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
