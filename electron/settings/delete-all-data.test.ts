import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TranscriptionJob } from '@contract/transcription';
import { seedQuestion } from '../recording/testing/seed-question';
import type { Services } from '../services';
import { tempServices } from '../testing/temp-services';
import { startOpenAiServer } from '../transcription/testing/openai-server';
import { writeScriptedModel } from '../transcription/testing/scripted-model';
import { apiCaller } from '../testing/api-caller';

let services: ReturnType<typeof tempServices>;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await services.transcription.close();
  services.dispose();
});

const call = apiCaller(() => services).result;

/** whisper-cli processes this test process started and that are still alive. */
function whisperChildren(): string[] {
  return execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, ppid, ...args]) => Number(ppid) === process.pid && args.join(' ').includes('whisper-cli'))
    .map(([pid]) => pid!);
}

/** `seconds` of a 220 Hz tone as 16 kHz mono PCM, the recorder's audio chunks. */
const pcm = (seconds: number) => {
  const samples = new Int16Array(seconds * 16_000).map((_, i) =>
    Math.round(6000 * Math.sin((2 * Math.PI * 220 * i) / 16_000)),
  );
  return new Uint8Array(samples.buffer);
};

/** Records a take through the recording service, in one-second chunks, and saves it (which queues it). */
async function recordTake(s: Services, questionId: string, seconds: number): Promise<string> {
  const { id } = await s.recording.start(questionId);
  const audio = pcm(seconds);
  for (let i = 0; i * 32_000 < audio.length; i++)
    await s.recording.appendAudio(id, i, audio.subarray(i * 32_000, (i + 1) * 32_000));
  await s.recording.stop(id);
  return id;
}

const count = (table: string) => services.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();

describe('delete all my data while work is running', () => {
  it('stops whisper.cpp and an open take first, leaves no file or row behind, keeps the model, and works again', async () => {
    services = tempServices();
    const model = path.join(services.paths.modelsDir, 'ggml-base.en.bin');
    const jobs: TranscriptionJob[] = [];
    services.events.subscribe(
      (name, payload) => name === 'transcription.job' && jobs.push(payload as TranscriptionJob),
    );
    const changed: unknown[] = [];
    services.events.subscribe((name, payload) => name === 'data.changed' && changed.push(payload));

    const questionId = seedQuestion(services.db);
    // Recorded before the model is installed, so it waits for the batch job (whisper-cli). The take still
    // open below is recorded with the model installed, so it is being transcribed while it records.
    await recordTake(services, questionId, 300);
    writeScriptedModel(model, { tokens: [' Hello', ' world', '.'], start: 0.4, end: 2.4 });
    const modelBytes = fs.statSync(model).size;
    services.transcription.kick();
    await expect.poll(() => jobs.some((j) => j.status === 'running' && j.progress > 0), { timeout: 60_000 }).toBe(true);
    const open = await services.recording.start(questionId);
    await services.recording.appendAudio(open.id, 0, pcm(1));
    expect(whisperChildren()).toHaveLength(1);
    expect(fs.readdirSync(services.paths.recordingsDir).some((f) => f.endsWith('.part'))).toBe(true);

    const result = await call('settings.deleteAllData', { confirm: 'DELETE' });
    expect(result).toMatchObject({ ok: true, value: { ok: true } });
    expect(whisperChildren()).toEqual([]);
    for (const table of ['takes', 'jobs', 'questions', 'decks']) expect(count(table), table).toBe(0);
    expect(fs.readdirSync(services.paths.recordingsDir)).toEqual([]);
    expect(services.recording.isRecording(open.id)).toBe(false);
    for (const kind of ['decks', 'takes', 'jobs', 'settings']) expect(changed).toContainEqual({ kind });

    // The window still recording sends its next chunk: refused with a reason, and no .part file comes back.
    const late = await call('recording.appendAudio', { takeId: open.id, seq: 1, data: pcm(1) });
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'CANCELED', detail: { reason: 'discarded-by-delete-all' } },
    });
    await services.transcription.idle();
    expect(fs.readdirSync(services.paths.recordingsDir)).toEqual([]);
    expect(count('jobs')).toBe(0);
    expect(fs.statSync(model).size).toBe(modelBytes);

    // Nothing stays held: a new take records and is transcribed with the kept model.
    const again = await recordTake(services, seedQuestion(services.db), 3);
    await services.transcription.idle();
    expect(services.transcription.transcript(again)?.text).toBe('Hello world.');
    expect(whisperChildren()).toEqual([]);
  });

  it('cancels an OpenAI request that would otherwise hang, and the job leaves no row', async () => {
    services = tempServices();
    const server = await startOpenAiServer(['hang']);
    cleanups.push(() => server.close());
    services.transcription.settings.update({ engine: 'openai', openaiBaseUrl: server.baseUrl });
    await services.transcription.keys.setKeyFor(server.baseUrl, 'sk-test');
    await services.transcription.engines.refreshKey();
    await recordTake(services, seedQuestion(services.db), 2);
    await expect.poll(() => server.stats.requests, { timeout: 10_000 }).toBe(1);

    expect(await call('settings.deleteAllData', { confirm: 'DELETE' })).toMatchObject({ ok: true });
    await services.transcription.idle();
    expect(count('jobs')).toBe(0);
    expect(count('takes')).toBe(0);
    expect(fs.readdirSync(services.paths.recordingsDir)).toEqual([]);
    // The API key is the user's to remove where it was entered.
    expect(await services.transcription.keys.keyFor(server.baseUrl)).toBe('sk-test');
  });
});
