import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../logger';
import { WAV_SAMPLE_RATE } from '../../recording/wav-format';
import { findWhisperServer } from '../local/whisper-cli-path';
import { shapes } from '../testing/model-shapes';
import { writeScriptedModel } from '../testing/scripted-model';
import { encodeWav } from '../wav-pcm';
import { transcribeOnServer } from './server-inference';
import { WhisperServer } from './whisper-server';

let dir: string;
let model: string;
let heavyModel: string;
const servers: WhisperServer[] = [];

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const toneWav = (seconds: number) => {
  const samples = new Int16Array(seconds * WAV_SAMPLE_RATE).map((_, i) =>
    Math.round(6000 * Math.sin((2 * Math.PI * 220 * i) / WAV_SAMPLE_RATE)),
  );
  return encodeWav({ sampleRate: WAV_SAMPLE_RATE, samples });
};

const server = (options: Partial<ConstructorParameters<typeof WhisperServer>[0]> = {}) => {
  const created = new WhisperServer({ binary: findWhisperServer()!, logger: silentLogger, ...options });
  servers.push(created);
  return created;
};

const waitFor = async (check: () => boolean, ms: number) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  return check();
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-whisper-server-'));
  model = path.join(dir, 'scripted.bin');
  writeScriptedModel(model, { tokens: [' Hello', ' world', '.'], start: 0.4, end: 2.4 });
  // Real base.en shapes with a random encoder: a 30 s piece is seconds of work on one thread.
  heavyModel = path.join(dir, 'base-shapes.bin');
  const tokens = Array.from({ length: 80 }, (_, i) => ` w${i}`);
  writeScriptedModel(heavyModel, { tokens, start: 0, end: 29, shape: shapes.baseEn, encoderSeed: 7 });
  // Writing a base.en-sized file takes well over the default 10 s when the machine is busy.
}, 120_000);

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the kept-loaded whisper-server', () => {
  it('is built beside whisper-cli', () => {
    expect(findWhisperServer()).toMatch(/whisper-server(\.exe)?$/);
  });

  it('answers only requests that carry the per-launch secret, on 127.0.0.1', async () => {
    const lease = await server().lease(model);
    const { url } = lease.endpoint;
    const { origin, pathname } = new URL(url);
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(pathname).toMatch(/^\/[0-9a-f]{64}$/);

    const form = () => {
      const body = new FormData();
      body.set('file', new Blob([new Uint8Array(toneWav(2))]), 'a.wav');
      return body;
    };
    for (const route of ['/inference', '/load']) {
      expect((await fetch(`${origin}${route}`, { method: 'POST', body: form() })).status).toBe(404);
    }
    expect((await fetch(`${origin}/health`)).status).toBe(404);
    expect((await fetch(`${origin}/`)).status).toBe(404);
    const wrong = `${origin}/${'0'.repeat(64)}`;
    expect((await fetch(`${wrong}/inference`, { method: 'POST', body: form() })).status).toBe(404);

    expect((await fetch(`${url}/health`)).status).toBe(200);
    const piece = await transcribeOnServer({
      endpoint: lease.endpoint,
      wav: toneWav(3),
      audioSeconds: 3,
      language: 'en',
      prompt: '',
      signal: new AbortController().signal,
    });
    expect(piece.words.map((w) => w.text)).toEqual(['Hello', 'world.']);
    expect(piece.words[0]!.start).toBeGreaterThanOrEqual(0);
    lease.release();
  });

  it('uses a new secret and port on every launch', async () => {
    const first = server();
    const a = await first.lease(model);
    a.release();
    await first.close();
    const b = await server().lease(model);
    expect(b.endpoint.url).not.toBe(a.endpoint.url);
    b.release();
  });

  it('stops when no take has used it for the idle time, and starts again when needed', async () => {
    const idle = server({ idleMs: 300 });
    const lease = await idle.lease(model);
    const pid = lease.endpoint.pid;
    expect(isRunning(pid)).toBe(true);
    await new Promise((r) => setTimeout(r, 600));
    expect(isRunning(pid)).toBe(true); // still leased: never stopped under a take
    lease.release();
    expect(await waitFor(() => !isRunning(pid), 5000)).toBe(true);
    expect(idle.pid).toBeNull();
    const again = await idle.lease(model);
    expect(again.endpoint.pid).not.toBe(pid);
    again.release();
  });

  it('starts a fresh server after a crash', async () => {
    const crashy = server();
    const lease = await crashy.lease(model);
    process.kill(lease.endpoint.pid, 'SIGKILL');
    await expect(
      transcribeOnServer({
        endpoint: lease.endpoint,
        wav: toneWav(2),
        audioSeconds: 2,
        language: 'en',
        prompt: '',
        signal: new AbortController().signal,
      }),
    ).rejects.toMatchObject({ code: 'ENGINE_FAILED' });
    lease.release();
    expect(await waitFor(() => crashy.pid === null, 5000)).toBe(true);
    const next = await crashy.lease(model);
    expect(next.endpoint.pid).not.toBe(lease.endpoint.pid);
    expect(isRunning(next.endpoint.pid)).toBe(true);
    next.release();
  });

  it('runs below the app in OS priority', async () => {
    const lease = await server().lease(model);
    expect(os.getPriority(lease.endpoint.pid)).toBeGreaterThan(os.getPriority());
    lease.release();
  });

  it('an interrupted lease stops the work at once, and the next lease loads the model again', async () => {
    const busy = server();
    const lease = await busy.lease(heavyModel);
    const { pid } = lease.endpoint;
    const controller = new AbortController();
    const request = transcribeOnServer({
      endpoint: lease.endpoint,
      wav: toneWav(30),
      audioSeconds: 30,
      language: 'en',
      prompt: '',
      signal: controller.signal,
    });
    await new Promise((r) => setTimeout(r, 300));
    controller.abort();
    lease.interrupt();
    const interruptedAt = performance.now();
    await expect(request).rejects.toMatchObject({ code: 'CANCELED' });
    expect(await waitFor(() => !isRunning(pid), 1000)).toBe(true);
    expect(performance.now() - interruptedAt).toBeLessThan(1000);
    lease.release();
    const next = await busy.lease(model);
    expect(next.endpoint.pid).not.toBe(pid);
    next.release();
  });
});
