import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalWhisperEngine } from '../local/local-engine';
import { findWhisperCli } from '../local/whisper-cli-path';
import { writeTestWav } from './audio-fixtures';
import { writeScriptedModel } from './scripted-model';

// Thirty tokens over ten 3 s segments: one token per second of audio.
const tokens = Array.from({ length: 30 }, (_, i) => ` w${i}`);
let dir: string;
let engine: LocalWhisperEngine;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-scripted-model-'));
  const model = path.join(dir, 'paced.bin');
  writeScriptedModel(model, { tokens, segmentSeconds: 3 });
  engine = new LocalWhisperEngine({ binary: findWhisperCli(), modelFile: model, modelName: 'paced' });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function transcribe(seconds: number) {
  const audioFile = path.join(dir, `${seconds}s.wav`);
  writeTestWav(audioFile, seconds);
  return engine.transcribe({ audioFile });
}

describe('a paced scripted model (the benchmarks decode this much)', () => {
  it('decodes only the segments the audio reaches, as a real model decodes only the words spoken', async () => {
    const result = await transcribe(7);
    expect(result.text).toBe('w0 w1 w2 w3 w4 w5 w6 w7 w8');
    expect(result.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 3],
      [3.02, 6],
      [6.02, 9],
    ]);
  });

  it('decodes every token of a whole window, then the next window as far as the audio goes', async () => {
    const result = await transcribe(45);
    const words = result.words.map((w) => w.text);
    expect(words).toEqual([...tokens, ...tokens.slice(0, 15)].map((t) => t.trim()));
    expect(result.segments).toHaveLength(15);
    expect(result.segments.at(-1)).toMatchObject({ start: 42.02, end: 45 });
  });
});
