import { bareWord, endsClause } from '../transcript';
import type { WordRef } from '../types';

export interface PhraseHit {
  text: string;
  /** Index of the first word of the phrase. */
  index: number;
  /** Number of words the phrase spans. */
  length: number;
}

/** Sounds that are fillers wherever they occur. */
const alwaysFillers = new Set(['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'ah', 'hmm', 'mm', 'uhm']);
/** Words after which "like" is a filler ("it was like", "and like"), not a verb or "such as". */
const likeFillerBefore = new Set([
  'was',
  'is',
  "it's",
  "he's",
  "she's",
  "that's",
  'were',
  'and',
  'but',
  'so',
  'just',
  'like',
  'um',
  'uh',
  'or',
]);
/** Words before "kind of"/"sort of" that make it a noun phrase ("what kind of database"). */
const kindNounBefore = new Set([
  'what',
  'which',
  'this',
  'that',
  'a',
  'the',
  'some',
  'any',
  'every',
  'one',
  'same',
  'different',
  'each',
  'these',
  'those',
  'all',
]);
/** Clause openers: "basically" or "actually" right after them is a filler, not an adverb doing work. */
const openers = new Set(['and', 'so', 'but', 'well', 'um', 'uh', 'like', 'yeah', 'okay', 'ok']);

function atClauseStart(words: readonly WordRef[], i: number): boolean {
  if (i === 0) return true;
  const before = words[i - 1]?.text ?? '';
  return endsClause(before) || openers.has(bareWord(before)) || alwaysFillers.has(bareWord(before));
}

/**
 * Filler words and phrases. "like", "actually", "basically", "kind of", "sort of", "you know", "I mean" count
 * only in filler positions: "tools like Terraform" and "it actually halves memory" are content.
 */
export function findFillers(words: readonly WordRef[]): PhraseHit[] {
  const bare = words.map((w) => bareWord(w.text));
  const hits: PhraseHit[] = [];
  for (let i = 0; i < bare.length; i++) {
    const word = bare[i] ?? '';
    const next = bare[i + 1] ?? '';
    const previous = bare[i - 1] ?? '';
    const text = words[i]?.text ?? '';
    if (alwaysFillers.has(word)) hits.push({ text: word, index: i, length: 1 });
    else if (word === 'like') {
      const set =
        endsClause(text) || atClauseStart(words, i) || likeFillerBefore.has(previous) || alwaysFillers.has(next);
      if (set) hits.push({ text: 'like', index: i, length: 1 });
    } else if (word === 'basically' || word === 'actually' || word === 'literally') {
      if (atClauseStart(words, i) || endsClause(text)) hits.push({ text: word, index: i, length: 1 });
    } else if ((word === 'kind' || word === 'sort') && next === 'of' && !kindNounBefore.has(previous)) {
      hits.push({ text: `${word} of`, index: i, length: 2 });
      i++;
    } else if (word === 'you' && next === 'know' && !['do', 'did', 'if', 'would', "don't"].includes(previous)) {
      const after = bare[i + 2] ?? '';
      if (!['that', 'how', 'what', 'why', 'when', 'where', 'whether', 'if', 'about', 'the'].includes(after)) {
        hits.push({ text: 'you know', index: i, length: 2 });
        i++;
      }
    } else if (word === 'i' && next === 'mean' && !['that', 'to', 'it'].includes(bare[i + 2] ?? '')) {
      hits.push({ text: 'I mean', index: i, length: 2 });
      i++;
    }
  }
  return hits;
}
