import { its, nlp } from './english-model';

export interface WordForms {
  lemma: string;
  stem: string;
}

// The type declarations give lemma/stem a wider signature than `out` accepts; at run time they are ordinary `its` readers.
const lemmaOf = its.lemma as unknown as typeof its.value;
const stemOf = its.stem as unknown as typeof its.value;
const cache = new Map<string, WordForms>();
const cacheLimit = 50_000;
const sentenceBreak = ' . ';

/**
 * Lemma and Porter stem of lower-case words, looked up out of context and cached: matching needs
 * "processes" ~ "processing", not a parse. Words the model splits ("cannot") keep their own form.
 */
export function wordForms(words: readonly string[]): Map<string, WordForms> {
  const result = new Map<string, WordForms>();
  const missing: string[] = [];
  for (const word of words) {
    const known = cache.get(word);
    if (known) result.set(word, known);
    else if (!result.has(word)) {
      // Very short words and words with digits or symbols are names ("cd", "k8s"), not inflected English.
      if (word.length <= 2 || !/^[a-z]+$/.test(word)) result.set(word, { lemma: word, stem: word });
      else missing.push(word);
    }
  }
  if (missing.length === 0) return result;
  const unique = [...new Set(missing)];
  const batch = analyseBatch(unique);
  unique.forEach((word, i) => {
    const forms = batch[i] ?? analyseBatch([word])[0] ?? { lemma: word, stem: word };
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(word, forms);
    result.set(word, forms);
  });
  return result;
}

/**
 * One model pass over many words; stops (leaving the rest undefined) if tokens stop lining up with words.
 * Each word is its own sentence: the part-of-speech tagger reads its neighbours, so words side by side
 * would lemmatize by whichever words shared the batch ("leaves" as leaf or leave, "building" as build),
 * and the cache would keep the first answer — a take's score would depend on what was scored before it.
 */
function analyseBatch(words: readonly string[]): (WordForms | undefined)[] {
  const all = nlp.readDoc(words.join(sentenceBreak)).tokens();
  const isWord = all.out(its.value).map((value) => value !== '.');
  const keep = <T>(column: T[]): T[] => column.filter((_, i) => isWord[i]);
  const values = keep(all.out(its.value));
  const lemmas = keep(all.out(lemmaOf));
  const stems = keep(all.out(stemOf));
  const out: (WordForms | undefined)[] = [];
  let t = 0;
  for (const word of words) {
    const first = t;
    let joined = '';
    while (t < values.length && joined.length < word.length) joined += (values[t++] ?? '').toLowerCase();
    if (joined !== word) break;
    const single = t - first === 1;
    out.push({
      lemma: single ? (lemmas[first] ?? word).toLowerCase() : word,
      stem: single ? (stems[first] ?? word).toLowerCase() : word,
    });
  }
  return out;
}
