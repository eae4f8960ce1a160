import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { askCoach, type CoachRequest } from '../../feedback/coach/coach-client';
import { startCoachServer } from '../../feedback/coach/testing/coach-server';
import { writeTestWav } from '../testing/audio-fixtures';
import { startOpenAiServer } from '../testing/openai-server';
import { OpenAiEngine } from '../openai/openai-engine';

// Addresses of other computers are routed to the test's own server on
// 127.0.0.1, so a key that were sent would arrive here instead of on the network.
function routeEverythingTo(localBaseUrl: string): void {
  const realFetch = globalThis.fetch;
  const local = new URL(localBaseUrl);
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    url.protocol = local.protocol;
    url.host = local.host;
    return realFetch(url, init);
  });
}

let dir: string;
const closers: (() => Promise<void>)[] = [];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-key-travel-'));
  writeTestWav(path.join(dir, 'take.wav'), 2);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const close of closers.splice(0)) await close();
});

async function transcriptionServer() {
  const server = await startOpenAiServer();
  closers.push(() => server.close());
  routeEverythingTo(server.baseUrl);
  return server;
}

const transcribe = (baseUrl: string, apiKey: string | null) =>
  Promise.resolve()
    .then(() => new OpenAiEngine({ apiKey, baseUrl, model: 'whisper-1', timeoutMs: 5_000, maxRetries: 0 }))
    .then((engine) => engine.transcribe({ audioFile: path.join(dir, 'take.wav') }));

describe('the OpenAI transcription engine sends a key', () => {
  it('over https', async () => {
    const server = await transcriptionServer();
    await transcribe('https://speech.example.com/v1', 'sk-https');
    expect(server.received.map((r) => r.authorization)).toEqual(['Bearer sk-https']);
  });

  it('over plain http to this computer (llama.cpp, Ollama)', async () => {
    const server = await transcriptionServer();
    const port = new URL(server.baseUrl).port;
    for (const host of ['127.0.0.1', 'localhost', '[::1]']) await transcribe(`http://${host}:${port}/v1`, 'sk-local');
    expect(server.received.map((r) => r.authorization)).toEqual(Array(3).fill('Bearer sk-local'));
  });

  it('never over plain http to another computer, and says why', async () => {
    const server = await transcriptionServer();
    await expect(transcribe('http://speech.invalid:8000/v1', 'sk-secret')).rejects.toMatchObject({
      code: 'INSECURE_TRANSPORT',
      detail: { reason: 'key-over-plain-http', address: 'http://speech.invalid:8000/v1' },
    });
    expect(server.stats.requests).toBe(0);
    // The same server without a key is reached: only the key is held back.
    await transcribe('http://speech.invalid:8000/v1', null);
    expect(server.received.map((r) => r.authorization)).toEqual(['Bearer not-needed']);
  });
});

const request: CoachRequest = {
  question: 'Why this team?',
  kind: 'behavioral',
  modelAnswer: 'Because of the product.',
  answer: 'I like the product.',
  durationSeconds: 20,
  targetSeconds: 30,
  localMissed: [],
};

async function coachServer() {
  const server = await startCoachServer();
  closers.push(() => server.close());
  routeEverythingTo(server.baseUrl);
  return server;
}

const coach = (baseUrl: string, apiKey: string | null) =>
  askCoach({ baseUrl, apiKey, model: 'gpt-test', timeoutMs: 5_000, maxRetries: 0 }, request);

describe('the coach sends a key', () => {
  it('over https and over plain http to this computer', async () => {
    const server = await coachServer();
    await coach('https://llm.example.com/v1', 'sk-https');
    await coach(`http://localhost:${new URL(server.baseUrl).port}/v1`, 'sk-local');
    expect(server.received.map((r) => r.authorization)).toEqual(['Bearer sk-https', 'Bearer sk-local']);
  });

  it('never over plain http to another computer, and says why', async () => {
    const server = await coachServer();
    await expect(coach('http://gpu-box.invalid:11434/v1', 'sk-secret')).rejects.toMatchObject({
      code: 'INSECURE_TRANSPORT',
      detail: { reason: 'key-over-plain-http' },
    });
    expect(server.stats.requests).toBe(0);
    await coach('http://gpu-box.invalid:11434/v1', null);
    expect(server.received.map((r) => r.authorization)).toEqual(['Bearer no-key']);
  });
});
