import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../logger';
import { startCoachServer } from '../../feedback/coach/testing/coach-server';
import { createServices, type Services } from '../../services';
import { apiCaller } from '../../testing/api-caller';
import { writeTestWav } from '../testing/audio-fixtures';
import { startOpenAiServer } from '../testing/openai-server';

let dataDir: string;
let services: Services;
const closers: (() => Promise<void>)[] = [];
const open = () => {
  services = createServices({ dataDir, transport: 'web', version: '0.0.0-test', logger: silentLogger });
};
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-server-keys-'));
  open();
});
afterEach(async () => {
  await services.transcription.close();
  services.close();
  for (const close of closers.splice(0)) await close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const api = apiCaller(() => services);
const call = api.value;

async function transcriptionServer() {
  const server = await startOpenAiServer();
  closers.push(() => server.close());
  return server;
}

/** Transcribes a short take with the engine exactly as the queue would build it now. */
async function transcribeNow() {
  const wav = path.join(dataDir, 'take.wav');
  writeTestWav(wav, 2);
  const engine = await services.transcription.engines.create('openai');
  await engine.transcribe({ audioFile: wav });
}

describe('keys per server', () => {
  it('sends the engine’s key only to the server it was saved for', async () => {
    const first = await transcriptionServer();
    const second = await transcriptionServer();
    await call('transcription.settings.update', { engine: 'openai', openaiBaseUrl: first.baseUrl });
    await call('transcription.apiKey.set', { key: 'sk-first' });
    expect(await call('transcription.status', {})).toMatchObject({
      openaiKeySet: true,
      keyServer: new URL(first.baseUrl).origin,
      keyAllowed: true,
    });

    await call('transcription.settings.update', { engine: 'openai', openaiBaseUrl: second.baseUrl });
    expect(await call('transcription.status', {})).toMatchObject({ openaiKeySet: false });
    await transcribeNow();
    expect(second.received.map((r) => r.authorization)).toEqual(['Bearer not-needed']);

    await call('transcription.apiKey.set', { key: 'sk-second' });
    await call('transcription.settings.update', { engine: 'openai', openaiBaseUrl: `${first.baseUrl}/` });
    expect(await call('transcription.status', {})).toMatchObject({ openaiKeySet: true });
    await transcribeNow();
    expect(first.received.map((r) => r.authorization)).toEqual(['Bearer sk-first']);
  });

  it('keeps the coach’s key apart from the engine’s when they use different servers', async () => {
    const engineServer = await transcriptionServer();
    const coachServer = await startCoachServer();
    closers.push(() => coachServer.close());
    await call('transcription.settings.update', { engine: 'openai', openaiBaseUrl: engineServer.baseUrl });
    await call('transcription.apiKey.set', { key: 'sk-engine' });
    await call('settings.update', { coachEnabled: true, coachBaseUrl: coachServer.baseUrl, coachModel: 'gpt-test' });
    expect(await call('coach.status', {})).toMatchObject({ keySet: false, blocker: null });
    await call('coach.apiKey.set', { key: 'sk-coach' });
    expect(await call('coach.status', {})).toMatchObject({
      keySet: true,
      keyServer: new URL(coachServer.baseUrl).origin,
    });
    expect(await call('transcription.status', {})).toMatchObject({ openaiKeySet: true });
    expect(await services.transcription.keys.keyFor(engineServer.baseUrl)).toBe('sk-engine');

    // OpenAI itself needs its own key: neither of the others is offered to it.
    await call('settings.update', { coachEnabled: true, coachBaseUrl: 'https://api.openai.com/v1', coachModel: 'x' });
    expect(await call('coach.status', {})).toMatchObject({ keySet: false, blocker: 'API_KEY_MISSING' });
  });

  it('refuses to save a key for plain http to another computer, and says why', async () => {
    await call('transcription.settings.update', { engine: 'openai', openaiBaseUrl: 'http://speech.invalid:8000/v1' });
    expect(await call('transcription.status', {})).toMatchObject({ keyAllowed: false });
    const refused = await api.result('transcription.apiKey.set', { key: 'sk-secret' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INSECURE_TRANSPORT', detail: { reason: 'key-over-plain-http' } },
    });
    await call('settings.update', { coachEnabled: true, coachBaseUrl: 'http://gpu.invalid/v1', coachModel: 'x' });
    expect(await api.result('coach.apiKey.set', { key: 'sk-secret' })).toMatchObject({
      error: { code: 'INSECURE_TRANSPORT' },
    });
    expect(fs.existsSync(path.join(dataDir, 'api-keys.json'))).toBe(false);
  });

  it('moves the one key of earlier versions to the servers it was being sent to', async () => {
    await call('transcription.settings.update', { engine: 'openai', openaiBaseUrl: 'http://127.0.0.1:8080/v1' });
    await call('settings.update', { coachEnabled: true, coachBaseUrl: 'https://llm.example.com/v1', coachModel: 'x' });
    await services.transcription.close();
    services.close();
    fs.writeFileSync(path.join(dataDir, 'openai-api-key'), 'sk-old', { mode: 0o600 });

    open();
    expect(await call('transcription.status', {})).toMatchObject({ openaiKeySet: true });
    expect(await call('coach.status', {})).toMatchObject({ keySet: true });
    expect(await services.transcription.keys.keyFor('https://api.openai.com/v1')).toBeNull();
    expect(fs.existsSync(path.join(dataDir, 'openai-api-key'))).toBe(false);
  });
});
