import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeTestWav } from '../testing/audio-fixtures';
import { startOpenAiServer, type Reply } from '../testing/openai-server';
import { OpenAiEngine, type OpenAiEngineOptions } from './openai-engine';

let dir: string;
let server: Awaited<ReturnType<typeof startOpenAiServer>> | undefined;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-openai-'));
  writeTestWav(path.join(dir, 'short.wav'), 4);
  // 2 s of tone then 1 s of silence, repeated: cuts should land in the silences.
  writeTestWav(path.join(dir, 'long.wav'), 30, { tone: 2, silence: 1 });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function engineWith(replies: Reply[], extra: Partial<OpenAiEngineOptions> = {}) {
  server = await startOpenAiServer(replies);
  return new OpenAiEngine({
    apiKey: 'sk-test',
    baseUrl: server.baseUrl,
    model: 'whisper-1',
    timeoutMs: 5000,
    ...extra,
  });
}

describe('OpenAiEngine against a local OpenAI-compatible server', () => {
  it('asks for verbose_json with word and segment timestamps and maps them', async () => {
    const engine = await engineWith([]);
    const progress: number[] = [];
    const result = await engine.transcribe({
      audioFile: path.join(dir, 'short.wav'),
      language: 'en',
      prompt: 'Um, uh, Kubernetes.',
      onProgress: (p) => progress.push(p),
    });
    expect(server!.received[0]).toMatchObject({
      model: 'whisper-1',
      responseFormat: 'verbose_json',
      granularities: ['word', 'segment'],
      prompt: 'Um, uh, Kubernetes.',
      authorization: 'Bearer sk-test',
    });
    expect(result).toMatchObject({ text: 'Part 1 spoken.', language: 'en', engine: 'openai', model: 'whisper-1' });
    expect(result.segments).toEqual([{ start: 0.5, end: 3.5, text: 'Part 1 spoken.' }]);
    expect(result.words).toEqual([
      { text: 'Part', start: 0.5, end: 0.9, probability: Math.exp(-0.1) },
      { text: '1', start: 1, end: 1.2, probability: Math.exp(-0.1) },
    ]);
    expect(progress).toEqual([0, 1]);
  });

  it('asks gpt-4o models for plain json and keeps their text as one segment without word timings', async () => {
    const engine = await engineWith([], { model: 'gpt-4o-mini-transcribe' });
    const result = await engine.transcribe({ audioFile: path.join(dir, 'short.wav') });
    expect(server!.received[0]).toMatchObject({ responseFormat: 'json', granularities: [] });
    expect(result.segments).toEqual([{ start: 0, end: 4, text: 'Part 1 spoken.' }]);
    expect(result.words).toEqual([]);
  });

  it('retries a 429 and a 500 with backoff, then succeeds', async () => {
    const engine = await engineWith([429, 500]);
    const result = await engine.transcribe({ audioFile: path.join(dir, 'short.wav') });
    expect(result.text).toBe('Part 1 spoken.');
    expect(server!.stats.requests).toBe(3);
  });

  it('reports 401 and 403 as UNAUTHORIZED without retrying', async () => {
    const engine = await engineWith([401, 403]);
    await expect(engine.transcribe({ audioFile: path.join(dir, 'short.wav') })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(engine.transcribe({ audioFile: path.join(dir, 'short.wav') })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      detail: { reason: 'model-forbidden', who: 'transcription', model: expect.any(String) },
    });
    expect(server!.stats.requests).toBe(2);
  });

  it('times out a server that never answers', async () => {
    const engine = await engineWith(['hang', 'hang'], { timeoutMs: 300, maxRetries: 1 });
    await expect(engine.transcribe({ audioFile: path.join(dir, 'short.wav') })).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
  });

  it('splits an oversized file on silence and stitches timings with the right offsets', async () => {
    // 10 s per upload: 30 s of audio becomes 3-4 chunks, each cut inside a silence.
    const engine = await engineWith([], { maxUploadBytes: 44 + 10 * 16_000 * 2 });
    const result = await engine.transcribe({ audioFile: path.join(dir, 'long.wav') });
    const uploads = server!.received;
    expect(uploads.length).toBeGreaterThanOrEqual(3);
    expect(uploads.every((u) => u.seconds <= 10)).toBe(true);
    expect(uploads.reduce((sum, u) => sum + u.seconds, 0)).toBeCloseTo(30, 3);
    let offset = 0;
    for (const [i, upload] of uploads.entries()) {
      // Each cut falls in a silent second: 2 s tone + 1 s silence repeating.
      if (i > 0) expect(offset % 3).toBeGreaterThanOrEqual(2);
      expect(result.segments[i]).toEqual({
        start: +(offset + 0.5).toFixed(3),
        end: +(offset + upload.seconds - 0.5).toFixed(3),
        text: `Part ${i + 1} spoken.`,
      });
      expect(result.words[2 * i]).toMatchObject({ text: 'Part', start: +(offset + 0.5).toFixed(3) });
      offset += upload.seconds;
    }
  });
});
