import { isNumberWord } from '../text/number-words';
import { bareWord } from '../transcript';
import type { WordRef } from '../types';
import type { PhraseHit } from './fillers';

/** Phrases that soften a claim; a few are fine, many make an answer sound unsure. */
const hedgePhrases: readonly string[][] = [
  ['i', 'think'],
  ['i', 'guess'],
  ['i', 'believe'],
  ['i', 'suppose'],
  ['i', 'feel', 'like'],
  ["i'm", 'not', 'sure'],
  ['not', 'sure'],
  ['maybe'],
  ['probably'],
  ['perhaps'],
  ['possibly'],
  ['i', 'would', 'say'],
  ["i'd", 'say'],
  ['more', 'or', 'less'],
  ['somewhat'],
  ['hopefully'],
];

export function findHedges(words: readonly WordRef[]): PhraseHit[] {
  const bare = words.map((w) => bareWord(w.text));
  const hits: PhraseHit[] = [];
  for (let i = 0; i < bare.length; i++) {
    const phrase = hedgePhrases.find((p) => p.every((w, k) => bare[i + k] === w));
    if (!phrase) continue;
    hits.push({ text: phrase.join(' '), index: i, length: phrase.length });
    i += phrase.length - 1;
  }
  return hits;
}

/** Words that are fine to say twice in a row ("had had", "that that"). */
const allowedDoubles = new Set(['had', 'that', 'is', 'very', 'really', 'bye', 'no', 'yeah', 'so']);

/**
 * Immediate repetitions of one to four words ("the the", "I think I think"): restarts that a listener hears.
 * Spoken numbers and filler sounds are left to their own checks.
 */
export function findRepeats(words: readonly WordRef[], maxWords = 4): PhraseHit[] {
  const bare = words.map((w) => bareWord(w.text));
  const hits: PhraseHit[] = [];
  for (let i = 0; i < bare.length; i++) {
    for (let n = maxWords; n >= 1; n--) {
      const first = bare.slice(i, i + n);
      const second = bare.slice(i + n, i + 2 * n);
      if (second.length < n || first.some((w) => !w) || first.join(' ') !== second.join(' ')) continue;
      if (n === 1 && (allowedDoubles.has(first[0] ?? '') || /^\d/.test(first[0] ?? '') || isNumberWord(first[0] ?? '')))
        continue;
      if (n === 1 && ['um', 'uh', 'er', 'ah'].includes(first[0] ?? '')) continue;
      hits.push({ text: first.join(' '), index: i, length: 2 * n });
      i += 2 * n - 1;
      break;
    }
  }
  return hits;
}
