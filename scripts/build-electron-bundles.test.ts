import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectronBundles } from './build-electron-bundles';
import { nativeRuntimeModules } from './native-runtime-modules';
import { bundledWorkerFile } from '../electron/decks/off-thread/launch-import-worker';
import { audioDir, soxSynth, writeWav } from '../electron/voice/testing/synth-audio';
import { bundledFile } from '../electron/worker-threads/launch-worker';

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-bundles-'));
const requires = (file: string) =>
  [...fs.readFileSync(path.join(outDir, file), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);

beforeAll(async () => {
  await buildElectronBundles(outDir);
}, 120_000);
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * Starts a bundled worker, checks it requires nothing but Node's built-ins, posts one message and gives back the
 * two it answers with: its ready signal, then the reply.
 */
async function askBundledWorker(file: string, message: unknown): Promise<[unknown, unknown]> {
  expect(requires(file).filter((name) => !builtins.has(name))).toEqual([]);
  const worker = new Worker(path.join(outDir, file));
  try {
    const messages: unknown[] = [];
    const answered = new Promise<void>((resolve, reject) => {
      worker.on('message', (received) => messages.push(received) === 2 && resolve());
      worker.on('error', reject);
    });
    worker.postMessage(message);
    await answered;
    return [messages[0], messages[1]];
  } finally {
    await worker.terminate();
  }
}

describe('Electron bundles built with the Forge Vite config', () => {
  it('bundles the preload into one file that requires only electron (a sandboxed preload can load nothing else)', () => {
    expect(new Set(requires('preload.cjs'))).toEqual(new Set(['electron']));
  });

  it('bundles main so that only Node builtins, electron and native addons load from disk', () => {
    const external = requires('main.cjs').filter((name) => !builtins.has(name) && name !== 'electron');
    expect(external.every((name) => nativeRuntimeModules.includes(name))).toBe(true);
  });

  it('bundles the import worker beside main, and it parses a guide on its own thread', async () => {
    const [ready, reply] = await askBundledWorker(bundledWorkerFile, {
      id: 7,
      text: '**Q:** Why Rust?\n**A:** Memory safety without a collector.\n',
      options: {},
    });
    expect(ready).toBe('ready');
    expect(reply).toMatchObject({ id: 7, ok: true, value: { format: 'markdown' } });
    expect((reply as { value: { result: { questions: unknown[] } } }).value.result.questions).toHaveLength(1);
  });

  it('bundles the voice worker beside main, and it analyses a WAV on its own thread', async () => {
    const scratch = audioDir();
    try {
      const wav = path.join(scratch.dir, 'tone.wav');
      writeWav(wav, soxSynth(scratch.dir, 'tone-src', ['1', 'sine', '220']));
      const [ready, reply] = await askBundledWorker(bundledFile('voice-worker'), { id: 3, job: { file: wav } });
      expect(ready).toBe('ready');
      const result = reply as { id: number; ok: boolean; value: string };
      expect(result).toMatchObject({ id: 3, ok: true });
      const track = JSON.parse(result.value) as { f0: number[] };
      expect(track.f0.filter((hz) => Math.abs(hz - 220) < 2).length).toBeGreaterThan(90);
    } finally {
      scratch.dispose();
    }
  });

  it('bundles the scorer worker beside main with its word vectors, and it scores a take on its own thread', async () => {
    const question = 'Why microservices instead of a monolith?';
    const modelAnswer = 'Resilience: one service failure does not bring down the entire platform.';
    const [ready, reply] = await askBundledWorker(bundledFile('score-worker'), {
      id: 5,
      job: {
        input: {
          question,
          modelAnswer,
          transcript: 'if one service fails it does not take down the whole platform',
          durationSeconds: 20,
        },
        settings: {},
        deck: { id: 'bundle-check', questions: [{ question, modelAnswer }] },
      },
    });
    // Ready comes first: the worker loads the word vectors from beside its bundle before it answers.
    expect(ready).toBe('ready');
    const result = reply as { id: number; ok: boolean; value: { content: { score: number } } };
    expect(result).toMatchObject({ id: 5, ok: true });
    expect(result.value.content.score).toBeGreaterThan(50);
  });
});
