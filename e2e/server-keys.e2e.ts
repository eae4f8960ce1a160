// Each server keeps its own API key: a user saves a key for one transcription
// server on the Settings page, points the engine at another server on this
// computer (no key there), at a plain-http server elsewhere (no key may go
// there, and the page says why), then back at the first, and reloads: the
// first server's key is still there, and it was never given to the others.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiServer } from '../electron/transcription/testing/openai-server';
import { startApp, type AppHandle } from './harness';
import { openSettings, saved, typeAndLeave, useCompatibleServer } from './settings-page';

let app: AppHandle;
let first: Awaited<ReturnType<typeof startOpenAiServer>>;
let second: Awaited<ReturnType<typeof startOpenAiServer>>;

beforeAll(async () => {
  first = await startOpenAiServer();
  second = await startOpenAiServer();
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
  await first?.close();
  await second?.close();
});

describe('API keys on the Settings page', () => {
  it('belong to one server each, and the first server’s key is there again after switching back and a reload', async () => {
    const { page } = app;
    const keyState = () => page.getByTestId('api-key-state').textContent();
    const keyFor = (baseUrl: string) => page.getByText(`API key for ${new URL(baseUrl).origin}`);
    const address = () => page.getByTestId('transcription-server');
    await openSettings(page, app.origin);

    await useCompatibleServer(page, { baseUrl: first.baseUrl, model: 'whisper-large-v3', key: 'sk-first' });
    await expect.poll(keyState).toBe('(saved)');

    await saved(page, 'transcription.settings.update', () => typeAndLeave(address(), second.baseUrl));
    await expect.poll(() => keyFor(second.baseUrl).count()).toBe(1);
    await expect.poll(keyState).toBe('(not set)');
    expect(await page.getByTestId('api-key').inputValue()).toBe('');

    await saved(page, 'transcription.settings.update', () => typeAndLeave(address(), 'http://speech.invalid:8000/v1'));
    await expect.poll(() => page.getByTestId('api-key-refused').textContent()).toContain('uses plain http');
    expect(await page.getByTestId('api-key').count()).toBe(0);

    await saved(page, 'transcription.settings.update', () => typeAndLeave(address(), first.baseUrl));
    await page.reload();
    await openSettings(page, app.origin);
    expect(await address().inputValue()).toBe(first.baseUrl);
    await expect.poll(() => keyFor(first.baseUrl).count()).toBe(1);
    await expect.poll(keyState).toBe('(saved)');

    const stored = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'api-keys.json'), 'utf8')) as {
      keys: Record<string, string>;
    };
    expect(stored.keys).toEqual({ [new URL(first.baseUrl).origin]: 'sk-first' });
    expect(app.consoleErrors).toEqual([]);
  });
});
