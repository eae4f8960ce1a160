import type { FillerWords } from '../settings';
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
 * The fillers counted unless the user removes them, as the Settings page lists them. The sounds count
 * anywhere; the words and phrases only in filler positions (see builtInHit).
 */
export const builtInFillers: readonly string[] = [
  ...alwaysFillers,
  'like',
  'basically',
  'actually',
  'literally',
  'kind of',
  'sort of',
  'you know',
  'i mean',
];

/**
 * Filler words and phrases. "like", "actually", "basically", "kind of", "sort of", "you know", "I mean" count
 * only in filler positions: "tools like Terraform" and "it actually halves memory" are content. Words the user
 * added count wherever they are said, and one ending in "?" only when the transcript ends a question with it
 * ("right?"), so "the right answer" is not a filler.
 */
export function findFillers(words: readonly WordRef[], list: FillerWords = { added: [], removed: [] }): PhraseHit[] {
  const bare = words.map((w) => bareWord(w.text));
  const removed = new Set(list.removed);
  const added = list.added
    .filter((phrase) => !builtInFillers.includes(phrase))
    .map((phrase) => ({ phrase, parts: phrase.replace(/\?$/, '').split(' '), question: phrase.endsWith('?') }))
    .sort((a, b) => b.parts.length - a.parts.length);
  const hits: PhraseHit[] = [];
  for (let i = 0; i < bare.length; i++) {
    let hit = builtInHit(words, bare, i);
    if (hit && removed.has(hit.text.toLowerCase())) hit = null;
    hit ??= addedHit(words, bare, i, added);
    if (hit) {
      hits.push(hit);
      i += hit.length - 1;
    }
  }
  return hits;
}

function addedHit(
  words: readonly WordRef[],
  bare: readonly string[],
  i: number,
  added: readonly { phrase: string; parts: string[]; question: boolean }[],
): PhraseHit | null {
  for (const { phrase, parts, question } of added) {
    if (!parts.every((part, k) => bare[i + k] === part)) continue;
    const last = words[i + parts.length - 1]?.text ?? '';
    if (question && !last.trimEnd().endsWith('?')) continue;
    return { text: phrase, index: i, length: parts.length };
  }
  return null;
}

/** The built-in filler starting at word i, if any, whether or not the user still counts it. */
function builtInHit(words: readonly WordRef[], bare: readonly string[], i: number): PhraseHit | null {
  const word = bare[i] ?? '';
  const next = bare[i + 1] ?? '';
  const previous = bare[i - 1] ?? '';
  const text = words[i]?.text ?? '';
  if (alwaysFillers.has(word)) return { text: word, index: i, length: 1 };
  if (word === 'like') {
    const set =
      endsClause(text) || atClauseStart(words, i) || likeFillerBefore.has(previous) || alwaysFillers.has(next);
    return set ? { text: 'like', index: i, length: 1 } : null;
  }
  if (word === 'basically' || word === 'actually' || word === 'literally') {
    return atClauseStart(words, i) || endsClause(text) ? { text: word, index: i, length: 1 } : null;
  }
  if ((word === 'kind' || word === 'sort') && next === 'of' && !kindNounBefore.has(previous)) {
    return { text: `${word} of`, index: i, length: 2 };
  }
  if (word === 'you' && next === 'know' && !['do', 'did', 'if', 'would', "don't"].includes(previous)) {
    const after = bare[i + 2] ?? '';
    const plain = ['that', 'how', 'what', 'why', 'when', 'where', 'whether', 'if', 'about', 'the'].includes(after);
    return plain ? null : { text: 'you know', index: i, length: 2 };
  }
  if (word === 'i' && next === 'mean' && !['that', 'to', 'it'].includes(bare[i + 2] ?? '')) {
    return { text: 'I mean', index: i, length: 2 };
  }
  return null;
}
