// A take recorded through the recording API (a real WebM and 16 kHz PCM made
// with espeak-ng and ffmpeg), transcribed by the real whisper.cpp engine on a
// scripted model, scored, then reviewed in Chromium.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '@contract/review';
import { apiCallHeader } from '@contract/web-request';
import { decodeWire, encodeWire } from '@contract/wire';
import { appPaths } from '../electron/app-paths';
import { DeckRepo } from '../electron/decks/deck-repo';
import { openDatabase } from '../electron/store/database';
import { writeScriptedModel } from '../electron/transcription/testing/scripted-model';
import { startApp, type AppHandle } from './harness';

const sentence = [
  ' So',
  ' um',
  ' I',
  ' would',
  ' put',
  ' a',
  ' Redis',
  ' cache',
  ' in',
  ' front',
  ' of',
  ' the',
  ' database',
  '.',
];
const modelAnswer = [
  '- Put a **Redis** cache in front of the database',
  '- Measure the hit ratio before and after the change',
].join('\n');

let app: AppHandle;
let work: string;
let questionId: string;
let media: { webm: Buffer; pcm: Buffer };

function makeMedia(dir: string) {
  const speech = path.join(dir, 'speech.wav');
  execFileSync('espeak-ng', ['-w', speech, 'So um I would put a Redis cache in front of the database.']);
  const webm = path.join(dir, 'take.webm');
  // The camera's part: a test pattern with the speech, as MediaRecorder would deliver it (VP8 + Opus).
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=320x240:rate=15',
    '-i',
    speech,
    '-t',
    '5',
    '-c:v',
    'libvpx',
    '-b:v',
    '150k',
    '-c:a',
    'libopus',
    '-shortest',
    webm,
  ]);
  const pcm = path.join(dir, 'take.pcm');
  execFileSync('ffmpeg', ['-v', 'error', '-i', speech, '-ar', '16000', '-ac', '1', '-f', 's16le', pcm]);
  return { webm: fs.readFileSync(webm), pcm: fs.readFileSync(pcm) };
}

/** Calls the API as the page does (its session cookie authorises it). */
async function call<T>(page: Page, name: string, input: unknown): Promise<T> {
  const text = await page.evaluate(
    async ({ name, body, header }) =>
      (
        await fetch(`/api/call/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [header.name]: header.value },
          body,
        })
      ).text(),
    { name, body: encodeWire(input), header: apiCallHeader },
  );
  const result = decodeWire(text) as { ok: boolean; value: T; error?: { code: string; detail: object } };
  if (!result.ok) throw new Error(`${name}: ${result.error?.code} ${JSON.stringify(result.error?.detail)}`);
  return result.value;
}

/** Records a take through the same calls the practice screen makes, in 64 KB chunks. */
async function recordTake(page: Page): Promise<string> {
  const take = await call<{ id: string }>(page, 'recording.start', {
    questionId,
    mimeType: 'video/webm;codecs=vp8,opus',
    withVideo: true,
  });
  const send = async (kind: 'appendVideo' | 'appendAudio', data: Buffer) => {
    for (let seq = 0, at = 0; at < data.length; seq++, at += 65_536) {
      await call(page, `recording.${kind}`, {
        takeId: take.id,
        seq,
        data: new Uint8Array(data.subarray(at, at + 65_536)),
      });
    }
  };
  await send('appendVideo', media.webm);
  await send('appendAudio', media.pcm);
  await call(page, 'recording.stop', { takeId: take.id });
  return take.id;
}

async function waitReady(page: Page, takeId: string): Promise<Review> {
  let review: Review | undefined;
  await expect
    .poll(async () => (review = await call<Review>(page, 'review.get', { takeId })).stage.state, {
      timeout: 60_000,
      interval: 500,
    })
    .toBe('ready');
  return review!;
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-review-e2e-'));
  media = makeMedia(work);
  const dataDir = path.join(work, 'data');
  const paths = appPaths(dataDir);
  fs.mkdirSync(paths.modelsDir, { recursive: true });
  // The default local model name, holding a model that always hears the sentence above.
  writeScriptedModel(path.join(paths.modelsDir, 'ggml-base.en.bin'), { tokens: sentence, start: 0.4, end: 4 });
  const db = openDatabase(paths.databaseFile);
  const decks = new DeckRepo(db);
  const deckId = decks.create('Systems', [
    {
      prompt: 'How would you speed up reads?',
      modelAnswer,
      section: '',
      difficulty: null,
      kind: 'technical',
      targetSeconds: 60,
      targetSource: 'stated',
    },
  ]);
  questionId = decks.get(deckId)!.questions[0]!.id;
  db.close();
  app = await startApp({ dataDir });
});

afterAll(async () => {
  await app?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('review page', () => {
  let first: string;

  it('shows the transcript of a transcribed, scored take; clicking the third word seeks the video there', async () => {
    const { page } = app;
    first = await recordTake(page);
    await page.goto(`${app.origin}/#/review/${first}`);
    const review = await waitReady(page, first);
    expect(review.transcript!.words.map((word) => word.text).join(' ')).toBe(
      'So um I would put a Redis cache in front of the database.',
    );

    const third = page.locator('[data-word-index="2"]');
    await third.waitFor();
    expect((await third.textContent())?.trim()).toBe('I');
    const video = page.getByTestId('review-media');
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(1);
    await third.click();
    const start = review.transcript!.words[2]!.start;
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(start - 0.3);
    const at = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
    expect(Math.abs(at - start)).toBeLessThanOrEqual(0.3);
    await expect.poll(() => third.getAttribute('aria-current')).toBe('true');
  });

  it('marks the filler visibly and the missed key point as missed', async () => {
    const { page } = app;
    const filler = page.locator('mark.word.filler').first();
    expect(await filler.getAttribute('aria-label')).toBe('Filler: um');
    const [fillerBg, plainBg] = await Promise.all([
      filler.evaluate((el) => getComputedStyle(el).backgroundColor),
      page
        .locator('[data-word-index="2"]')
        .evaluate((el) => getComputedStyle(el.nextElementSibling ?? el).backgroundColor),
    ]);
    expect(fillerBg).not.toBe(plainBg);
    expect(fillerBg).not.toBe('rgba(0, 0, 0, 0)');
    const missed = page.getByTestId('key-points').locator('li', { hasText: 'Measure the hit ratio' });
    expect(await missed.getAttribute('data-status')).toBe('missed');
    expect(await missed.locator('.kp-badge').textContent()).toBe('Missed');
    const covered = page.getByTestId('key-points').locator('li', { hasText: 'Redis' });
    expect(await covered.getAttribute('data-status')).not.toBe('missed');
  });

  it('compares two takes side by side with both scores, and prints the report', async () => {
    const { page } = app;
    const second = await recordTake(page);
    const [a, b] = [await waitReady(page, first), await waitReady(page, second)];
    await page.goto(`${app.origin}/#/review/${second}`);
    await page.getByTestId('takes').waitFor();
    await page.getByRole('checkbox', { name: 'Compare Take 1' }).check();
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor();
    const overall = await comparison
      .getByRole('row', { name: /^Overall/ })
      .locator('td')
      .allTextContents();
    expect(overall).toEqual([String(Math.round(a.feedback!.overall)), String(Math.round(b.feedback!.overall))]);

    await page.getByRole('link', { name: 'Feedback report for printing or PDF' }).click();
    const report = page.getByTestId('report');
    await report.waitFor();
    expect(await report.locator('h1').textContent()).toBe('Feedback: How would you speed up reads?');
    expect(await report.textContent()).toContain(`Overall: ${Math.round(b.feedback!.overall)}/100`);
    expect(app.consoleErrors).toEqual([]);
  });
});
