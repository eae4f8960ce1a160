// Settings stick: a user changes one setting after another on the Settings
// page, each through its own field, then reloads. Every value is still there,
// none reset by a later change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './harness';
import { openSettings, saved, typeAndLeave, useCoach, useCompatibleServer } from './settings-page';

let app: AppHandle;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const coach = { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1:8b' };
const transcriber = { baseUrl: 'http://127.0.0.1:8080/v1', model: 'whisper-large-v3', key: 'sk-local-e2e' };

describe('the Settings page', () => {
  it('keeps every change through later changes and a reload', async () => {
    const { page } = app;
    await openSettings(page, app.origin);

    await saved(page, 'settings.update', () => typeAndLeave(page.getByTestId('think-seconds'), '4'));
    await saved(page, 'settings.update', () => page.getByTestId('theme-select').selectOption('dark'));
    await saved(page, 'settings.update', () => typeAndLeave(page.getByTestId('target-wpm'), '120'));

    await page.getByText('Camera and microphone').click();
    const camera = page.getByTestId('camera-select');
    const microphone = page.getByTestId('microphone-select');
    // The browser lists its devices a moment after the page opens.
    const listed = async (select: typeof camera) =>
      (await select.locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value))).filter(
        Boolean,
      );
    await expect.poll(() => listed(microphone)).not.toEqual([]);
    const chosenCamera = (await listed(camera)).at(-1)!;
    const chosenMicrophone = (await listed(microphone)).at(-1)!;
    await saved(page, 'settings.update', () => camera.selectOption(chosenCamera));
    await saved(page, 'settings.update', () => microphone.selectOption(chosenMicrophone));
    await saved(page, 'settings.update', () => page.getByTestId('camera-enabled').uncheck());

    await useCoach(page, coach);
    await useCompatibleServer(page, transcriber);

    await page.reload();
    await openSettings(page, app.origin);
    expect(await page.getByTestId('think-seconds').inputValue()).toBe('4');
    expect(await page.getByTestId('theme-select').inputValue()).toBe('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByTestId('target-wpm').inputValue()).toBe('120');
    await page.getByText('Camera and microphone').click();
    expect(await page.getByTestId('camera-select').inputValue()).toBe(chosenCamera);
    expect(await page.getByTestId('microphone-select').inputValue()).toBe(chosenMicrophone);
    expect(await page.getByTestId('camera-enabled').isChecked()).toBe(false);
    expect(await page.getByTestId('coach-enabled').isChecked()).toBe(true);
    expect(await page.getByTestId('coach-server').inputValue()).toBe(coach.baseUrl);
    expect(await page.getByTestId('coach-model').inputValue()).toBe(coach.model);
    expect(await page.getByTestId('transcription-engine').inputValue()).toBe('openai');
    expect(await page.getByTestId('transcription-server').inputValue()).toBe(transcriber.baseUrl);
    expect(await page.getByTestId('transcription-model').inputValue()).toBe(transcriber.model);
    await expect.poll(() => page.getByTestId('api-key-state').textContent()).toBe('(saved)');
    expect(app.consoleErrors).toEqual([]);
  });
});
