import data from '../data/word-relations.json';

// WordNet's word relations for matching by meaning (synonyms in a word's most frequent senses, derived forms
// like fail/failure, antonyms), reduced to the words people commonly use (scripts/build-word-relations.ts).

type Lookup = (word: string) => ReadonlySet<string> | undefined;

/**
 * One relation of the table, a word's list split into a set the first time the word is looked up: splitting every
 * list at once would add to the scorer's warm-up for words no answer uses.
 */
function lookup(source: Record<string, string>): Lookup {
  const sets = new Map<string, ReadonlySet<string>>();
  return (word) => {
    const cached = sets.get(word);
    if (cached || !Object.hasOwn(source, word)) return cached;
    const others = new Set(source[word]?.split(' '));
    sets.set(word, others);
    return others;
  };
}

const related = lookup(data.related);
const opposite = lookup(data.opposite);

/** True when WordNet gives the two words as synonyms or one as derived from the other ("fail", "failure"). */
export function areRelated(a: string, b: string): boolean {
  return related(a)?.has(b) ?? false;
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
  return opposite(a)?.has(b) ?? false;
}
