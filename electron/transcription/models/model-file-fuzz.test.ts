import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@contract/app-error';
import { seededRandom } from '../../seeded-random';
import { miniModelLayout, rewind, writeMiniModel, type MiniModelLayout } from '../testing/hostile-models';
import { inspectModelFile } from './model-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-model-fuzz-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const inputs = 2000;
const budgetMs = 100;
/** Values that reach the edges of the parser's arithmetic: negatives, zero, sign and overflow boundaries. */
const edgeValues = [-1, -4, -16, -(2 ** 31), 0, 1, 3, 5, 255, 256, 257, 65_536, 2 ** 30, 2 ** 31 - 1];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** One mutated copy of a valid model: header fields rewritten, bytes flipped, sizes rewound, or the file cut short. */
function mutate(random: Random, valid: Buffer, layout: MiniModelLayout): Buffer {
  const bytes = Buffer.from(valid);
  const { fields } = layout;
  const edits = 1 + Math.floor(random() * 3);
  for (let e = 0; e < edits; e++) {
    const kind = random();
    if (kind < 0.05) {
      rewind(bytes, layout, Math.floor(random() * 1000));
    } else if (kind < 0.6) {
      const value = random() < 0.7 ? pick(random, edgeValues) : Math.floor(random() * 2 ** 32) - 2 ** 31;
      bytes.writeInt32LE(value, pick(random, fields));
    } else if (kind < 0.85) {
      const at = pick(random, fields) + Math.floor(random() * 4);
      bytes[at] = Math.floor(random() * 256);
    } else {
      return bytes.subarray(0, Math.floor(random() * bytes.length));
    }
  }
  return bytes;
}

/** Wall time, as in the importer fuzz: what a user waits for before the model is accepted or refused. */
async function elapsedMs(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function inspectOnce(file: string): Promise<string> {
  try {
    await inspectModelFile(file);
    return 'accepted';
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_FILE') return 'refused';
    return `threw: ${String(error)}`;
  }
}

describe('model file check fuzzing', () => {
  it(`accepts or refuses ${inputs} mutated model headers, each within ${budgetMs} ms`, async () => {
    const source = path.join(dir, 'mini.bin');
    writeMiniModel(source);
    const valid = fs.readFileSync(source);
    const layout = miniModelLayout(valid);
    // Warm the parser's hot paths as a running app would have them.
    for (let i = 0; i < 20; i++) await inspectOnce(source);
    const random = seededRandom(20261206);
    const outcomes = { accepted: 0, refused: 0 };
    const failures: string[] = [];
    const slow: string[] = [];
    const file = path.join(dir, 'mutated.bin');
    for (let i = 0; i < inputs; i++) {
      fs.writeFileSync(file, mutate(random, valid, layout));
      let outcome = '';
      let ms = await elapsedMs(async () => (outcome = await inspectOnce(file)));
      // A garbage collection or a preempted core can land on any input; a slow input stays slow when retried.
      for (let retry = 0; retry < 4 && ms > budgetMs; retry++)
        ms = Math.min(ms, await elapsedMs(() => inspectOnce(file)));
      if (outcome === 'accepted' || outcome === 'refused') outcomes[outcome]++;
      else failures.push(`#${i}: ${outcome.slice(0, 300)}`);
      if (ms > budgetMs) slow.push(`#${i}: ${ms.toFixed(0)} ms`);
    }
    expect(failures).toEqual([]);
    expect(slow).toEqual([]);
    // Both answers occur, so the mutations reach past the magic number and still leave some files usable.
    expect(outcomes.refused).toBeGreaterThan(inputs / 2);
    expect(outcomes.accepted).toBeGreaterThan(0);
  });
});
