import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TranscriptionJob } from '@contract/transcription';
import { silentLogger } from '../logger';
import { createServices, type Services } from '../services';
import { writeTestWav } from './testing/audio-fixtures';
import { writeScriptedModel } from './testing/scripted-model';
import type { CallName } from '@contract';
import { apiCaller } from '../testing/api-caller';

let services: Services;
let dataDir: string;
let jobEvents: TranscriptionJob[];

const open = () => {
  services = createServices({ dataDir, transport: 'web', version: '0.0.0-test', logger: silentLogger });
  jobEvents = [];
  services.events.subscribe((name, payload) => {
    if (name === 'transcription.job') jobEvents.push(payload as TranscriptionJob);
  });
};

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'rehearse-transcription-'));
  open();
});
afterEach(async () => {
  await services.transcription.close();
  services.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const api = apiCaller(() => services);
/** Untyped on purpose: these tests read a few fields of many different results. */
const call = (name: CallName, input: unknown = {}) => api.value(name, input as never) as Promise<never>;

function recordTake(seconds: number): string {
  const deckId = services.decks.create('Platform', [
    {
      prompt: 'How do you deploy to Kubernetes?',
      modelAnswer: 'With ArgoCD and Helm charts.',
      section: '',
      difficulty: null,
      kind: 'technical',
      targetSeconds: 60,
      targetSource: 'default',
    },
  ]);
  const questionId = services.decks.get(deckId)!.questions[0]!.id;
  const take = services.takes.create(questionId, {
    videoFile: null,
    audioFile: `take-${Date.now()}-${seconds}.wav`,
  });
  writeTestWav(path.join(services.paths.recordingsDir, take.audioFile!), seconds);
  services.takes.finish(take.id, 'recorded', seconds * 1000);
  services.events.emit('recording.saved', { takeId: take.id, questionId });
  return take.id;
}

const installScriptedModel = () => {
  writeScriptedModel(path.join(services.paths.modelsDir, 'ggml-base.en.bin'), { tokens: [' Hello', ' world', '.'] });
  services.transcription.kick();
};

describe('transcription jobs', () => {
  it('with no model: says so, recommends base.en, and keeps recordings waiting in the queue', async () => {
    const takeId = recordTake(3);
    await services.transcription.idle();
    const status = await call('transcription.status');
    expect(status).toMatchObject({
      engine: 'local',
      localEngineAvailable: true,
      localModelInstalled: false,
      recommendedModel: { name: 'base.en', sizeBytes: 147_964_211 },
      blocker: 'MODEL_MISSING',
      queuedJobs: 1,
    });
    expect(await call('transcription.jobs.list', { takeId })).toMatchObject([{ status: 'queued', engine: 'local' }]);

    const heard: string[] = [];
    services.transcription.onTranscribed(({ transcript }) => heard.push(transcript.text));
    installScriptedModel();
    await services.transcription.idle();
    expect(await call('transcription.transcript.get', { takeId })).toMatchObject({
      text: 'Hello world.',
      engine: 'local',
      model: 'base.en',
    });
    expect(heard).toEqual(['Hello world.']);
    expect(jobEvents.map((j) => j.status)).toEqual(expect.arrayContaining(['queued', 'running', 'done']));
    expect(jobEvents.at(-1)).toMatchObject({ status: 'done', progress: 1 });
  });

  it('cancels a running job (killing whisper.cpp) and runs it again on retry', async () => {
    installScriptedModel();
    const takeId = recordTake(120);
    await expect.poll(() => services.transcription.jobs.list(takeId)[0]?.status, { timeout: 10_000 }).toBe('running');
    const [job] = services.transcription.jobs.list(takeId);
    await call('transcription.jobs.cancel', { jobId: job!.id });
    await services.transcription.idle();
    expect(services.transcription.jobs.get(job!.id)).toMatchObject({ status: 'canceled' });
    expect(await call('transcription.transcript.get', { takeId })).toBeNull();

    // A short recording keeps the rerun quick; the job and its take are the same.
    writeTestWav(path.join(services.paths.recordingsDir, services.takes.get(takeId)!.audioFile!), 2);
    await call('transcription.jobs.retry', { jobId: job!.id });
    await services.transcription.idle();
    expect(services.transcription.jobs.get(job!.id)).toMatchObject({ status: 'done', errorCode: null });
  });

  it('stops the work when a take is deleted while it is being transcribed', async () => {
    installScriptedModel();
    const takeId = recordTake(120);
    await expect
      .poll(() => services.transcription.jobs.list(takeId)[0]?.progress ?? 0, { timeout: 20_000 })
      .toBeGreaterThan(0);
    await call('takes.delete', { takeId });
    await services.transcription.idle();
    expect(services.transcription.jobs.list(takeId)).toEqual([]);
    const next = recordTake(2);
    await services.transcription.idle();
    expect(services.transcription.transcript(next)).toMatchObject({ text: 'Hello world.' });
  });

  it('turns a broken recording into a failed job with a code, without stopping the queue', async () => {
    installScriptedModel();
    const bad = recordTake(2);
    const badFile = services.takes.get(bad)!.audioFile!;
    fs.writeFileSync(path.join(services.paths.recordingsDir, badFile), 'not audio');
    const good = recordTake(2);
    await services.transcription.idle();
    expect(services.transcription.jobs.list(bad)[0]).toMatchObject({ status: 'failed', errorCode: 'ENGINE_FAILED' });
    expect(services.transcription.jobs.list(good)[0]).toMatchObject({ status: 'done' });
  });

  it('after a restart re-queues an interrupted job once, then marks it failed for a retry', async () => {
    const takeId = recordTake(2);
    await services.transcription.idle();
    const [job] = services.transcription.jobs.list(takeId);
    const markRunning = () => services.db.prepare("UPDATE jobs SET status = 'running' WHERE id = ?").run(job!.id);
    markRunning();
    await services.transcription.close();
    services.close();
    open();
    await services.transcription.idle();
    expect(services.transcription.jobs.get(job!.id)).toMatchObject({ status: 'queued' });

    markRunning();
    await services.transcription.close();
    services.close();
    open();
    expect(services.transcription.jobs.get(job!.id)).toMatchObject({ status: 'failed', errorCode: 'ENGINE_FAILED' });
    installScriptedModel();
    await call('transcription.jobs.retry', { jobId: job!.id });
    await services.transcription.idle();
    expect(services.transcription.jobs.get(job!.id)).toMatchObject({ status: 'done' });
  });

  it('keeps engine settings and the API key, and waits for a key before using OpenAI', async () => {
    await call('transcription.settings.update', { engine: 'openai', openaiModel: 'whisper-1' });
    expect(await call('transcription.status')).toMatchObject({
      engine: 'openai',
      blocker: 'API_KEY_MISSING',
      openaiKeySet: false,
    });
    await call('transcription.apiKey.set', { key: 'sk-test' });
    expect(await call('transcription.status')).toMatchObject({
      blocker: null,
      openaiKeySet: true,
      keyStorage: { kind: 'file' },
    });
    expect(await call('transcription.settings.get')).toMatchObject({ engine: 'openai', localModel: 'base.en' });
  });
});
