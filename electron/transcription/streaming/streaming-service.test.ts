import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TranscriptionJob } from '@contract/transcription';
import { silentLogger } from '../../logger';
import { seedQuestion } from '../../recording/testing/seed-question';
import { createServices, type Services } from '../../services';
import { shapes } from '../testing/model-shapes';
import { writeScriptedModel } from '../testing/scripted-model';
import { planAtStop, type StopPlanKind } from './stop-plan';

const RATE = 16_000;
let services: Services | null = null;
let dataDir = '';

interface Setup {
  services: Services;
  questionId: string;
  serverPids: number[];
  jobs: TranscriptionJob[];
  live: Array<{ takeId: string; text: string }>;
}

/**
 * Real services with the real whisper-server and a scripted model that hears
 * "Hello world." in every piece. Pieces are cut after 2 s instead of 10 s so
 * a take of a few seconds has several.
 */
function setup(model: 'scripted' | 'base-shapes' = 'scripted', plan?: StopPlanKind): Setup {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-streaming-'));
  const serverPids: number[] = [];
  services = createServices({
    dataDir,
    transport: 'web',
    version: '0.0.0-test',
    logger: silentLogger,
    transcription: {
      streaming: {
        idleMs: 500,
        segmenter: { minSeconds: 2, maxSeconds: 8 },
        onServerSpawn: (pid) => serverPids.push(pid),
        // Pinned where a test walks one path; the choice itself is tested in stop-plan.test.ts.
        ...(plan && { plan: (backlog) => ({ ...planAtStop(backlog), kind: plan }) }),
      },
    },
  });
  const modelFile = path.join(services.paths.modelsDir, 'ggml-base.en.bin');
  // The sentence starts after the 0.3 s of overlap each piece repeats, so every piece has it whole in its own span.
  if (model === 'scripted') writeScriptedModel(modelFile, { tokens: [' Hello', ' world', '.'], start: 0.6, end: 1.4 });
  else {
    const tokens = Array.from({ length: 80 }, (_, i) => ` w${i}`);
    writeScriptedModel(modelFile, { tokens, start: 0, end: 29, shape: shapes.baseEn, encoderSeed: 7 });
  }
  const jobs: TranscriptionJob[] = [];
  const live: Setup['live'] = [];
  services.events.subscribe((name, payload) => {
    if (name === 'transcription.job') jobs.push(payload as TranscriptionJob);
    if (name === 'transcription.live') live.push(payload as Setup['live'][number]);
  });
  return { services, questionId: seedQuestion(services.db), serverPids, jobs, live };
}

afterEach(async () => {
  if (services) {
    await services.transcription.close();
    services.close();
  }
  services = null;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Speech-like PCM: 1.5 s of tone, then 0.5 s of silence, repeating. */
function speech(seconds: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let s = 0; s < seconds; s++) {
    const samples = new Int16Array(RATE);
    for (let i = 0; i < RATE; i++) {
      const t = s + i / RATE;
      samples[i] = t % 2 < 1.5 ? Math.round(6000 * Math.sin(2 * Math.PI * 220 * t)) : 0;
    }
    chunks.push(new Uint8Array(samples.buffer));
  }
  return chunks;
}

async function until<T>(check: () => T | undefined | false, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function record(s: Services, takeId: string, chunks: Uint8Array[], from = 0) {
  for (let i = 0; i < chunks.length; i++) await s.recording.appendAudio(takeId, from + i, chunks[i]!);
}

const statusesOf = (jobs: TranscriptionJob[], takeId: string) =>
  jobs.filter((j) => j.takeId === takeId).map((j) => j.status);

describe('transcribing while recording', () => {
  it('transcribes pieces during the take, so at Stop only the tail is left and the job goes straight to done', async () => {
    const { services: s, questionId, jobs, live } = setup();
    const take = await s.recording.start(questionId);
    await record(s, take.id, speech(5));
    // A piece was transcribed while the take was still recording.
    await until(() => live.some((l) => l.takeId === take.id && l.text.includes('Hello world.')));
    expect(s.transcription.jobs.list(take.id)).toEqual([]);
    await record(s, take.id, speech(4), 5);
    await s.recording.stop(take.id);

    await until(() => statusesOf(jobs, take.id).includes('done'));
    expect(statusesOf(jobs, take.id)).toEqual(['running', 'done']);
    const transcript = s.transcription.transcript(take.id)!;
    expect(transcript.engine).toBe('local');
    const words = transcript.words.map((w) => w.text);
    // Each piece heard "Hello world." once, and the stitch neither drops nor repeats one.
    expect(words.length).toBeGreaterThanOrEqual(6);
    expect(words.join(' ')).toMatch(/^(Hello world\. ?)+$/);
    transcript.words.forEach((w, i) => {
      expect(w.start).toBeLessThan(9);
      if (i > 0) expect(w.start).toBeGreaterThanOrEqual(transcript.words[i - 1]!.end);
    });
    // Scoring follows the streamed transcript as it follows a batch one.
    await until(() => s.feedback.latest(take.id));
  });

  it('hands what the server has not done at Stop to one whisper-cli pass, stitched after the streamed pieces', async () => {
    const { services: s, questionId, jobs, live } = setup('scripted', 'batch');
    const take = await s.recording.start(questionId);
    await record(s, take.id, speech(5));
    await until(() => live.some((l) => l.takeId === take.id && l.text.includes('Hello world.')));
    const streamed = live.filter((l) => l.takeId === take.id).at(-1)!.text;
    await record(s, take.id, speech(6), 5);
    await s.recording.stop(take.id);

    await until(() => statusesOf(jobs, take.id).includes('done'), 60_000);
    // No trip through the queue: the job goes from running to done as a streamed one does.
    expect(statusesOf(jobs, take.id)).toEqual(['running', 'done']);
    const transcript = s.transcription.transcript(take.id)!;
    const text = transcript.words.map((w) => w.text).join(' ');
    expect(text.startsWith(streamed)).toBe(true);
    // The pass heard the rest as one window (the scripted model says its sentence once per window).
    expect(text.length).toBeGreaterThan(streamed.length);
    expect(text).toMatch(/^(Hello world\. ?)+$/);
    transcript.words.forEach((w, i) => {
      expect(w.start).toBeLessThan(11);
      if (i > 0) expect(w.start).toBeGreaterThanOrEqual(transcript.words[i - 1]!.end);
    });
  });

  it('falls back to the batch job when the server crashes mid-take, and restarts the server for the next take', async () => {
    const { services: s, questionId, jobs, live, serverPids } = setup();
    const take = await s.recording.start(questionId);
    await record(s, take.id, speech(5));
    await until(() => live.some((l) => l.takeId === take.id));
    const crashed = serverPids.at(-1)!;
    process.kill(crashed, 'SIGKILL');
    await record(s, take.id, speech(5), 5);
    await s.recording.stop(take.id);

    await until(() => statusesOf(jobs, take.id).includes('done'), 60_000);
    expect(statusesOf(jobs, take.id).slice(0, 2)).toEqual(['running', 'queued']);
    expect(s.transcription.jobs.list(take.id)).toMatchObject([{ status: 'done', engine: 'local' }]);
    expect(s.transcription.transcript(take.id)!.text).toContain('Hello world.');

    const next = await s.recording.start(questionId);
    await record(s, next.id, speech(5));
    await until(() => live.some((l) => l.takeId === next.id));
    expect(serverPids.at(-1)).not.toBe(crashed);
    await s.recording.stop(next.id);
    await until(() => statusesOf(jobs, next.id).includes('done'));
    expect(statusesOf(jobs, next.id)).toEqual(['running', 'done']);
  });

  it('a discarded take stops its work, leaves no transcript, and the idle server stops', async () => {
    const { services: s, questionId, jobs, live, serverPids } = setup();
    const take = await s.recording.start(questionId);
    await record(s, take.id, speech(5));
    await until(() => live.some((l) => l.takeId === take.id));
    await s.recording.cancel(take.id);
    const heard = live.length;
    await new Promise((r) => setTimeout(r, 800));
    expect(live.length).toBe(heard);
    expect(statusesOf(jobs, take.id)).toEqual([]);
    expect(s.transcription.jobs.list(take.id)).toEqual([]);
    expect(s.transcription.transcript(take.id)).toBeNull();
    expect(await until(() => !isRunning(serverPids.at(-1)!), 5000)).toBe(true);
  });

  it('canceling the job after Stop stops the server work at once and keeps no transcript', async () => {
    const { services: s, questionId, jobs, serverPids } = setup('base-shapes', 'stream');
    const take = await s.recording.start(questionId);
    await record(s, take.id, speech(1));
    // The model is loaded (the server answers) before Stop, so the last piece is on the server when the job is canceled.
    const pid = await until(() => s.transcription.server?.pid ?? undefined);
    expect(pid).toBe(serverPids.at(-1));
    await s.recording.stop(take.id);
    const job = await until(() => jobs.find((j) => j.takeId === take.id && j.status === 'running'));
    s.transcription.cancel(job.id);
    const canceledAt = performance.now();
    expect(await until(() => !isRunning(pid), 1000)).toBe(true);
    expect(performance.now() - canceledAt).toBeLessThan(1000);
    await until(() => statusesOf(jobs, take.id).includes('canceled'));
    expect(s.transcription.transcript(take.id)).toBeNull();
    expect(s.transcription.jobs.list(take.id)).toMatchObject([{ status: 'canceled' }]);
  });
});
