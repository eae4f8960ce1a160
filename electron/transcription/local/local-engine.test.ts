import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@contract/app-error';
import { writeTestWav } from '../testing/audio-fixtures';
import { writeScriptedModel } from '../testing/scripted-model';
import { LocalWhisperEngine } from './local-engine';
import { findWhisperCli } from './whisper-cli-path';

const tokens = [' Hello', ' world', ',', ' um', ' Kuber', 'netes', '.'];
let dir: string;
let model: string;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-local-engine-'));
  model = path.join(dir, 'scripted.bin');
  writeScriptedModel(model, { tokens, start: 0.4, end: 2.4 });
  writeTestWav(path.join(dir, 'short.wav'), 5);
  writeTestWav(path.join(dir, 'long.wav'), 45);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const engine = (extra: Partial<ConstructorParameters<typeof LocalWhisperEngine>[0]> = {}) =>
  new LocalWhisperEngine({ binary: findWhisperCli(), modelFile: model, modelName: 'scripted', ...extra });

describe('LocalWhisperEngine with real whisper.cpp and a scripted model', () => {
  it('finds the whisper-cli built at install time', () => {
    expect(findWhisperCli()).toMatch(/whisper-cli(\.exe)?$/);
  });

  it('returns the exact text, segment times, word timings and progress', async () => {
    const progress: number[] = [];
    const result = await engine().transcribe({
      audioFile: path.join(dir, 'short.wav'),
      prompt: 'Um, uh, Kubernetes.',
      onProgress: (p) => progress.push(p),
    });
    expect(result.text).toBe('Hello world, um Kubernetes.');
    expect(result.segments).toEqual([{ start: 0.4, end: 2.4, text: 'Hello world, um Kubernetes.' }]);
    expect(result.words.map((w) => w.text)).toEqual(['Hello', 'world,', 'um', 'Kubernetes.']);
    for (const [i, word] of result.words.entries()) {
      expect(word.start).toBeGreaterThanOrEqual(0.4);
      expect(word.end).toBeLessThanOrEqual(2.4);
      expect(word.end).toBeGreaterThan(word.start);
      expect(word.probability).toBeGreaterThan(0.9);
      if (i > 0) expect(word.start).toBeGreaterThanOrEqual(result.words[i - 1]!.end);
    }
    expect(result).toMatchObject({ engine: 'local', model: 'scripted', language: 'en' });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('offsets the second 30 s window by 30 s', async () => {
    const progress: number[] = [];
    const result = await engine().transcribe({
      audioFile: path.join(dir, 'long.wav'),
      onProgress: (p) => progress.push(p),
    });
    expect(result.segments.map((s) => [s.start, s.end])).toEqual([
      [0.4, 2.4],
      [30.4, 32.4],
    ]);
    const second = result.words.slice(4);
    expect(second.map((w) => w.text)).toEqual(['Hello', 'world,', 'um', 'Kubernetes.']);
    for (const word of second) {
      expect(word.start).toBeGreaterThanOrEqual(30.4);
      expect(word.end).toBeLessThanOrEqual(32.4);
    }
    // One report per window between the start and the end.
    expect(progress.filter((p) => p > 0 && p < 1).length).toBeGreaterThanOrEqual(1);
  });

  it('cancel kills the whisper.cpp process within a second', async () => {
    const wav = path.join(dir, 'five-minutes.wav');
    writeTestWav(wav, 300);
    let pid = 0;
    const controller = new AbortController();
    let abortedAt = 0;
    const run = engine({ onSpawn: (p) => (pid = p) }).transcribe({
      audioFile: wav,
      signal: controller.signal,
      onProgress: (p) => {
        if (p > 0 && !abortedAt) {
          abortedAt = performance.now();
          controller.abort();
        }
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELED' });
    expect(abortedAt).toBeGreaterThan(0);
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
    // SIGKILL ends whisper.cpp at once; the second covers reaping it on a busy machine.
    expect(performance.now() - abortedAt).toBeLessThan(1000);
  });

  it('turns a native crash into an ENGINE_FAILED error', async () => {
    const crasher = path.join(dir, 'crashing-cli.sh');
    fs.writeFileSync(crasher, '#!/bin/sh\necho "whisper_model_load: error: bad things" >&2\nkill -SEGV $$\n', {
      mode: 0o755,
    });
    const error = await engine({ binary: crasher })
      .transcribe({ audioFile: path.join(dir, 'short.wav') })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'ENGINE_FAILED' });
    expect((error as Error).message).toContain('bad things');
  });

  it('refuses a truncated model file and a missing one as MODEL_MISSING', async () => {
    const corrupt = path.join(dir, 'corrupt.bin');
    fs.writeFileSync(corrupt, fs.readFileSync(model).subarray(0, 100_000));
    await expect(
      engine({ modelFile: corrupt }).transcribe({ audioFile: path.join(dir, 'short.wav') }),
    ).rejects.toMatchObject({
      code: 'BAD_FILE',
    });
    await expect(
      engine({ modelFile: path.join(dir, 'nope.bin') }).transcribe({ audioFile: path.join(dir, 'short.wav') }),
    ).rejects.toMatchObject({ code: 'MODEL_MISSING' });
    await expect(engine({ binary: null }).transcribe({ audioFile: path.join(dir, 'short.wav') })).rejects.toMatchObject(
      {
        code: 'ENGINE_FAILED',
      },
    );
  });
});
