import data from '../data/word-relations.json';

/**
 * WordNet's word relations for matching by meaning (synonyms in a word's most frequent senses, derived forms
 * like fail/failure, antonyms), reduced to the words people commonly use (scripts/build-word-relations.ts).
 */
function table(source: Record<string, string>): Map<string, ReadonlySet<string>> {
  return new Map(Object.entries(source).map(([word, others]) => [word, new Set(others.split(' '))]));
}

let related: Map<string, ReadonlySet<string>> | null = null;
let opposite: Map<string, ReadonlySet<string>> | null = null;

/** True when WordNet gives the two words as synonyms or one as derived from the other ("fail", "failure"). */
export function areRelated(a: string, b: string): boolean {
  related ??= table(data.related);
  return related.get(a)?.has(b) ?? false;
}

let describing: ReadonlySet<string> | null = null;

/**
 * True for a word WordNet mostly knows as an adjective or adverb. Word vectors put such words beside their
 * contrasts (long/short, same/close, red/blue), so only WordNet's synonyms count for them.
 */
export function isDescribingWord(word: string): boolean {
  describing ??= new Set(data.describing.split(' '));
  return describing.has(word);
}

/** True when WordNet gives the two words as antonyms ("succeed", "fail"). */
export function areOpposite(a: string, b: string): boolean {
  opposite ??= table(data.opposite);
  return opposite.get(a)?.has(b) ?? false;
}
