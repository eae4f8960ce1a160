import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWordVectors, encodeWordVectors } from './word-vector-file';
import { loadWordVectors, wordSimilarity } from './word-vectors';

describe('the word-vector table file', () => {
  it('reads back the words and bytes it was written with', () => {
    const vectors = new Int8Array([1, -2, 3, 127, -127, 0]);
    const table = decodeWordVectors(encodeWordVectors({ words: ['fail', 'café'], dimensions: 3, vectors }));
    expect(table.words).toEqual(['fail', 'café']);
    expect(table.dimensions).toBe(3);
    expect([...table.vectors]).toEqual([...vectors]);
  });

  it('refuses a file of another format or one cut short, saying which', () => {
    expect(() => decodeWordVectors(Buffer.from('{"words":"the"}'))).toThrow(/not in the expected format/);
    const whole = encodeWordVectors({ words: ['a', 'b'], dimensions: 2, vectors: new Int8Array([1, 2, 3, 4]) });
    expect(() => decodeWordVectors(whole.subarray(0, whole.length - 1))).toThrow(/cut short/);
  });

  it('ships the 50,000-word table the scorer reads, with related words closer than unrelated ones', () => {
    const shipped = decodeWordVectors(readFileSync(join(import.meta.dirname, '..', 'data', 'word-vectors.bin')));
    expect(shipped.words).toHaveLength(50_000);
    expect(shipped.dimensions).toBe(100);
    expect(loadWordVectors()).toBe(50_000);
    expect(wordSimilarity('take', 'bring')).toBeGreaterThan(wordSimilarity('take', 'banana'));
  });
});
