// From the fake microphone to a transcript: a take recorded on the practice
// screen is transcribed while it records by the real whisper.cpp server (on a
// scripted model that always hears one sentence), and its transcript appears
// on the take's review page, which opens by itself when the feedback is ready.
// With "show live transcript" on, the words appear during the answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths } from '../electron/app-paths';
import { DeckRepo } from '../electron/decks/deck-repo';
import { openDatabase } from '../electron/store/database';
import { writeScriptedModel } from '../electron/transcription/testing/scripted-model';
import { makeSpeechWav } from './fixtures/speech-wav';
import { startApp, type AppHandle } from './harness';

const sentence = [' Caching', ' cut', ' our', ' latency', ' in', ' half', '.'];

let app: AppHandle;
let work: string;
let deckId: string;
let questionId: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-transcription-e2e-'));
  const paths = appPaths(path.join(work, 'data'));
  // Installed under the default model's name, so nothing has to be chosen in Settings.
  writeScriptedModel(path.join(paths.modelsDir, 'ggml-base.en.bin'), { tokens: sentence, start: 0.3, end: 2.5 });
  const db = openDatabase(paths.databaseFile);
  const decks = new DeckRepo(db);
  deckId = decks.create('Systems', [
    {
      prompt: 'How did you make the API faster?',
      modelAnswer: '- Added a cache in front of the database\n- Latency fell by half',
      section: '',
      difficulty: null,
      kind: 'technical',
      targetSeconds: 30,
      targetSource: 'stated',
    },
  ]);
  questionId = decks.get(deckId)!.questions[0]!.id;
  db.close();
  app = await startApp({ dataDir: paths.dataDir, audioFile: makeSpeechWav(work) });
});

afterAll(async () => {
  await app?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('transcribing a recorded take', () => {
  it('transcribes the take while it records, and shows its transcript on the review page after Stop', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/practice/${deckId}/${questionId}`);
    // Watch the job's events the way the UI receives them.
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { jobEvents: unknown[] }).jobEvents = seen;
      new EventSource('/api/events').addEventListener('transcription.job', (e) =>
        seen.push(JSON.parse((e as MessageEvent<string>).data)),
      );
    });
    await page.getByRole('button', { name: 'Start (Space)' }).waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('think').waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('clock').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(3_000);
    await page.keyboard.press('Space');
    await page.getByTestId('feedback-status').waitFor({ timeout: 30_000 });

    // The review page opens by itself once the take is transcribed and scored.
    await page.waitForURL(/#\/review\//, { timeout: 90_000 });
    const words = page.locator('[data-word-index]');
    await expect.poll(() => words.count(), { timeout: 30_000 }).toBe(6);
    expect((await words.allTextContents()).map((w) => w.trim()).join(' ')).toMatch(/^Caching cut our latency in half/);

    const events = (await page.evaluate(() => (window as unknown as { jobEvents: unknown[] }).jobEvents)) as Array<{
      status: string;
      progress: number;
    }>;
    const statuses = events.map((e) => e.status);
    // Transcribed while recording: the job never waited in the queue for the whole take.
    expect(statuses).not.toContain('queued');
    expect(statuses).toContain('running');
    expect(statuses.at(-1)).toBe('done');
    const progress = events.map((e) => e.progress);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(app.consoleErrors).toEqual([]);
  });

  it('shows the words during the answer once "show live transcript" is on in Settings, and keeps that setting', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/settings`);
    const toggle = page.getByTestId('show-live-transcript');
    expect(await toggle.isChecked()).toBe(false);
    // A controlled box: it shows the change once Settings has saved it.
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('show-live-transcript').isChecked()).toBe(true);

    await page.goto(`${app.origin}/#/practice/${deckId}/${questionId}`);
    await page.getByRole('button', { name: 'Start (Space)' }).waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('think').waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('clock').waitFor({ timeout: 10_000 });
    const live = page.getByTestId('live-transcript');
    await live.waitFor();
    // The first piece closes at the first pause after 10 s of speech (after 10-17 s with Chromium's audio
    // processing, by 30 s at the latest); its words appear while recording goes on.
    await expect.poll(() => live.textContent(), { timeout: 75_000 }).toMatch(/Caching cut our latency in half/);
    expect(await page.getByTestId('clock').isVisible()).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL(/#\/review\//, { timeout: 90_000 });
    expect(await page.getByTestId('live-transcript').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  }, 240_000);
});
