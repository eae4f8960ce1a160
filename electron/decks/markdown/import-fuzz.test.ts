import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResultSchema } from '@contract/deck-import';
import { AppError } from '@contract/app-error';
import { seededRandom } from '../../seeded-random';
import { fuzzInput } from './fuzz-inputs';
import { importMarkdown } from './import-markdown';

const fixturesDir = path.join(import.meta.dirname, '../fixtures');
const seedsDir = path.resolve(import.meta.dirname, '../../../../shared/seeds');
const read = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : [];
const sources = [...read(fixturesDir), ...read(seedsDir)];

const inputs = 2000;
const budgetMs = 100;

/**
 * How long one import blocks the thread, in wall time: that is what the user waits
 * for. CPU time would also bill V8's background GC and compiler threads, which
 * run beside the import (they made it read 1.5–2× the wall time).
 */
function elapsedMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function importOnce(text: string): 'ok' | string {
  try {
    const result = importMarkdown(text);
    const parsed = importResultSchema.safeParse(result);
    return parsed.success ? 'ok' : `invalid result: ${parsed.error.message}`;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'NOT_MARKDOWN' || error.code === 'BAD_FILE')) return 'ok';
    return `threw: ${String(error)}`;
  }
}

describe('importMarkdown fuzzing', () => {
  it(`survives ${inputs} random and mutated inputs, each within ${budgetMs} ms`, () => {
    // Compile the parser's hot paths first, as a running app would have; cold JIT is not the importer's speed.
    for (const source of sources) importOnce(source);
    const random = seededRandom(20240611);
    const failures: string[] = [];
    const slow: string[] = [];
    for (let i = 0; i < inputs; i++) {
      const text = fuzzInput(random, sources);
      let outcome = '';
      let ms = elapsedMs(() => (outcome = importOnce(text)));
      // A garbage collection or a preempted core can land on any input; a slow input stays slow when retried.
      for (let retry = 0; retry < 4 && ms > budgetMs; retry++)
        ms = Math.min(
          ms,
          elapsedMs(() => importOnce(text)),
        );
      if (outcome !== 'ok') failures.push(`#${i}: ${outcome.slice(0, 300)}`);
      if (ms > budgetMs)
        slow.push(`#${i}: ${ms.toFixed(0)} ms, ${text.length} chars: ${JSON.stringify(text.slice(0, 80))}`);
    }
    expect(failures).toEqual([]);
    expect(slow).toEqual([]);
  });

  it('gives a clear error for binary input, whatever its size', () => {
    const random = seededRandom(7);
    for (const size of [16, 1000, 100_000]) {
      const bytes = Uint8Array.from({ length: size }, () => Math.floor(random() * 256));
      const text = new TextDecoder().decode(bytes);
      expect(() => importMarkdown(text)).toThrow(expect.objectContaining({ code: 'NOT_MARKDOWN' }));
    }
  });
});
