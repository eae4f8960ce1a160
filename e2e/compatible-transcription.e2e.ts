// A take transcribed by an OpenAI-compatible server on this computer, chosen
// only through the Settings page: engine, address, model and key. No local
// model is installed, so the transcript can only come from that server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiServer } from '../electron/transcription/testing/openai-server';
import { makeSpeechWav } from './fixtures/speech-wav';
import { startApp, type AppHandle } from './harness';
import { recordTake, seedQuestion } from './practice-take';
import { openSettings, useCompatibleServer } from './settings-page';

let app: AppHandle;
let work: string;
let server: Awaited<ReturnType<typeof startOpenAiServer>>;
let where: { deckId: string; questionId: string };

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-compatible-e2e-'));
  const dataDir = path.join(work, 'data');
  where = seedQuestion(dataDir, { prompt: 'How would you speed up the API?', modelAnswer: '- Add a cache' });
  server = await startOpenAiServer();
  app = await startApp({ dataDir, audioFile: makeSpeechWav(work) });
});

afterAll(async () => {
  await app?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('transcription by an OpenAI-compatible server', () => {
  it('uses the engine, address, model and key chosen on the Settings page', async () => {
    const { page } = app;
    await openSettings(page, app.origin);
    await useCompatibleServer(page, { baseUrl: server.baseUrl, model: 'whisper-large-v3', key: 'sk-local-e2e' });

    await recordTake(page, app.origin, where);
    await page.waitForURL(/#\/review\//, { timeout: 90_000 });
    const words = page.locator('[data-word-index]');
    await expect.poll(() => words.count(), { timeout: 30_000 }).toBe(2);
    expect((await words.allTextContents()).map((w) => w.trim()).join(' ')).toBe('Part 1');

    expect(server.received).toHaveLength(1);
    expect(server.received[0]).toMatchObject({ model: 'whisper-large-v3', authorization: 'Bearer sk-local-e2e' });
    expect(server.received[0]!.seconds).toBeGreaterThan(2);
    expect(app.consoleErrors).toEqual([]);
  });
});
