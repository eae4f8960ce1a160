import antonymData from '../data/antonyms.json';
import stopData from '../data/stop-words.json';
import synonymData from '../data/synonyms.json';

/** Function words: never key terms, and they do not earn coverage on their own. */
export const stopWords: ReadonlySet<string> = new Set(stopData.words);

/** Words that flip a clause's meaning; `n't` forms are caught by their ending. */
export const negationWords: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'none',
  'nothing',
  'neither',
  'nor',
  'without',
  'cannot',
  'nobody',
  'nowhere',
]);

export function isNegation(word: string): boolean {
  return negationWords.has(word) || word.endsWith("n't") || word.endsWith('n’t');
}

/** Multi-word synonym entries, longest first, as word arrays (matched as phrases). */
export const synonymPhrases: readonly { words: readonly string[]; key: string }[] = synonymData.groups
  .flatMap((group) =>
    group.filter((entry) => entry.includes(' ')).map((entry) => ({ words: entry.split(' '), key: group[0] ?? entry })),
  )
  .sort((a, b) => b.words.length - a.words.length);

const groupsByWord = new Map<string, number[]>();
synonymData.groups.forEach((group, index) => {
  for (const entry of group) {
    if (entry.includes(' ')) continue;
    groupsByWord.set(entry, [...(groupsByWord.get(entry) ?? []), index]);
  }
  const key = group[0];
  if (key && key.includes(' ')) groupsByWord.set(key.replace(/ /g, ''), [index]);
});

/** Ids of the synonym groups a single word belongs to (empty when none). */
export function synonymGroups(word: string): readonly number[] {
  return groupsByWord.get(word) ?? [];
}

/** Canonical key of a single-word synonym (the first entry of its first group), or the word itself. */
export function canonicalWord(word: string): string {
  const group = groupsByWord.get(word)?.[0];
  const key = group === undefined ? undefined : synonymData.groups[group]?.[0];
  return key && !key.includes(' ') ? key : word;
}

const antonyms = new Map<string, Set<string>>();
for (const [a, b] of antonymData.pairs as [string, string][]) {
  antonyms.set(a, (antonyms.get(a) ?? new Set()).add(b));
  antonyms.set(b, (antonyms.get(b) ?? new Set()).add(a));
}

export function areAntonyms(a: string, b: string): boolean {
  return antonyms.get(a)?.has(b) ?? false;
}

/** Spoken or written unit names after a number, reduced to the short form model answers use. */
export const unitAliases: Readonly<Record<string, string>> = {
  millicores: 'm',
  millicore: 'm',
  mcpu: 'm',
  percent: '%',
  per: '%',
  pct: '%',
  megabytes: 'mb',
  megabyte: 'mb',
  megs: 'mb',
  meg: 'mb',
  gigabytes: 'gb',
  gigabyte: 'gb',
  gigs: 'gb',
  gig: 'gb',
  kilobytes: 'kb',
  terabytes: 'tb',
  milliseconds: 'ms',
  millisecond: 'ms',
  millis: 'ms',
  seconds: 's',
  second: 's',
  secs: 's',
  sec: 's',
  minutes: 'min',
  minute: 'min',
  mins: 'min',
  hours: 'h',
  hour: 'h',
  hrs: 'h',
  days: 'd',
  day: 'd',
  cores: 'core',
  vcpus: 'vcpu',
  times: 'x',
  users: 'user',
  requests: 'request',
};

/**
 * Words that tie ideas together into an explanation: pronouns, forms of be/have/do, connectives.
 * A bare list of keywords has almost none of them.
 */
export const explanationWords: ReadonlySet<string> = new Set([
  'i',
  'we',
  'it',
  'they',
  'you',
  'he',
  'she',
  'this',
  'that',
  'these',
  'those',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'because',
  'so',
  'which',
  'when',
  'if',
  'then',
  'than',
  'will',
  'would',
  'can',
  'could',
  'should',
  'there',
  "it's",
  "that's",
  "i'm",
  "we're",
  "they're",
  'to',
  'by',
  'with',
]);
