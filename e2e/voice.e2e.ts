// A take recorded on the practice screen with Chromium's fake camera and microphone (an espeak-ng answer),
// transcribed by whisper.cpp on a scripted model: its review page shows the voice lane and the voice figures,
// its pace per window, and a voice norm changed on the Settings page is still there after a reload.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths } from '../electron/app-paths';
import { DeckRepo } from '../electron/decks/deck-repo';
import { openDatabase } from '../electron/store/database';
import { writeScriptedModel } from '../electron/transcription/testing/scripted-model';
import { makeSpeechWav } from './fixtures/speech-wav';
import { writeY4m } from './fixtures/y4m';
import { startApp, type AppHandle } from './harness';

let app: AppHandle;
let work: string;
let deckId: string;
let questionId: string;

const heard = [' I', ' would', ' start', ' by', ' measuring', ' where', ' the', ' time', ' goes', '.'];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-voice-e2e-'));
  const dataDir = path.join(work, 'data');
  const paths = appPaths(dataDir);
  fs.mkdirSync(paths.modelsDir, { recursive: true });
  writeScriptedModel(path.join(paths.modelsDir, 'ggml-base.en.bin'), { tokens: heard, start: 0.4, end: 5 });
  const db = openDatabase(paths.databaseFile);
  deckId = new DeckRepo(db).create('Systems', [
    {
      prompt: 'How would you speed up a slow API?',
      modelAnswer: '- Measure where the time goes\n- Cache the slow reads',
      section: '',
      difficulty: null,
      kind: 'technical',
      targetSeconds: 30,
      targetSource: 'stated',
    },
  ]);
  questionId = new DeckRepo(db).get(deckId)!.questions[0]!.id;
  db.close();
  app = await startApp({
    dataDir,
    audioFile: makeSpeechWav(work),
    videoFile: writeY4m(path.join(work, 'camera.y4m')),
  });
});

afterAll(async () => {
  await app?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('voice on the review page', () => {
  it('a take recorded with the fake camera and microphone shows its voice lane and figures after a reload', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/practice/${deckId}/${questionId}`);
    await page.getByTestId('preview').waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('think').waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('clock').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(10_000);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 30_000 }).toMatch(/Take saved/);

    await page.goto(`${app.origin}/#/review`);
    await page
      .getByRole('link', { name: /How would you speed up a slow API/ })
      .first()
      .click();
    const lane = page.getByTestId('voice-lane');
    await lane.waitFor({ timeout: 90_000 });
    // espeak-ng reads with a narrow melody: measured, with a pitch spread beside the 2-semitone norm.
    const pitchRow = page.locator('table.metrics tr', { hasText: 'Pitch variation' });
    await pitchRow.waitFor();
    expect(await pitchRow.textContent()).toMatch(/^Pitch variation[\d.]+ semitones≥ 2 semitones$/);
    expect(await page.locator('table.metrics tr', { hasText: 'Volume' }).textContent()).toMatch(/-\d+(\.\d)? dBFS/);
    expect(await lane.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Voice: pitch spread [\d.]+ semitones.*; pace \d+ words a minute$/,
    );
    // The words run from 0.4 s to 5 s: one pace window, drawn over the lane with its rate.
    const paceTitles = () => page.getByTestId('voice-pace-window').allTextContents();
    expect(await paceTitles()).toEqual([expect.stringMatching(/^0:00–0:0\d: \d+ words a minute$/)]);
    const before = await paceTitles();

    await page.reload();
    await page.getByTestId('voice-lane').waitFor({ timeout: 30_000 });
    expect(await page.locator('table.metrics tr', { hasText: 'Pitch variation' }).count()).toBe(1);
    expect(await paceTitles()).toEqual(before);
    expect(app.consoleErrors).toEqual([]);
  });

  it('a voice norm changed on the Settings page is kept after a reload, and the reset brings the default back', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/settings`);
    const field = page.getByTestId('norm-monotone');
    await field.waitFor();
    await field.fill('3');
    await field.blur();
    await expect.poll(() => field.inputValue()).toBe('3');
    await page.reload();
    await expect.poll(() => page.getByTestId('norm-monotone').inputValue(), { timeout: 10_000 }).toBe('3');
    await page.getByRole('button', { name: 'Back to the defaults' }).click();
    await expect.poll(() => page.getByTestId('norm-monotone').inputValue(), { timeout: 10_000 }).toBe('2');
  });
});
