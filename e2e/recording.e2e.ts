// Practice in Chromium with fake devices: the microphone plays an espeak-ng
// answer, the camera a generated clip. Records 8 s through the real practice
// screen (MediaRecorder + AudioWorklet streaming to main) and checks what
// landed on disk with ffprobe/ffmpeg and an independent WebM parser. A model
// is installed, so each take is also transcribed while it records (the
// whisper-server runs beside the recorder): the recording must lose nothing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths } from '../electron/app-paths';
import { DeckRepo } from '../electron/decks/deck-repo';
import { webmFacts } from '../electron/recording/testing/webm-facts';
import { parseWavHeader } from '../electron/recording/wav-format';
import { openDatabase } from '../electron/store/database';
import { writeScriptedModel } from '../electron/transcription/testing/scripted-model';
import { makeSpeechWav } from './fixtures/speech-wav';
import { writeY4m } from './fixtures/y4m';
import { startApp, type AppHandle } from './harness';

let app: AppHandle;
let work: string;
let deckId: string;
let questionId: string;

const RECORD_MS = 8_000;

function rms(samples: Int16Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

/** The WebM's audio track decoded by ffmpeg to 16-bit mono. */
function webmAudio(file: string): Int16Array {
  const raw = execFileSync(
    'ffmpeg',
    ['-v', 'error', '-i', file, '-vn', '-ac', '1', '-ar', '16000', '-f', 's16le', '-'],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return new Int16Array(raw.buffer, raw.byteOffset, raw.length / 2);
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-recording-e2e-'));
  const dataDir = path.join(work, 'data');
  const db = openDatabase(appPaths(dataDir).databaseFile);
  deckId = new DeckRepo(db).create('Systems', [
    {
      prompt: 'How would you speed up a slow API?',
      modelAnswer: '',
      section: '',
      difficulty: null,
      kind: 'technical',
      targetSeconds: 10,
      targetSource: 'stated',
    },
  ]);
  questionId = new DeckRepo(db).get(deckId)!.questions[0]!.id;
  db.close();
  writeScriptedModel(path.join(appPaths(dataDir).modelsDir, 'ggml-base.en.bin'), {
    tokens: [' Start', ' with', ' tracing', '.'],
    start: 0.2,
    end: 2,
  });
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

describe('recording a take', () => {
  let videoFile: string;

  it('records 8 s on camera and saves a 16 kHz mono WAV and a seekable WebM that is not silent', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/practice/${deckId}/${questionId}`);
    await page.getByTestId('preview').waitFor();
    await page.getByRole('button', { name: 'Start (Space)' }).waitFor();

    await page.keyboard.press('Space'); // think time
    await page.getByTestId('think').waitFor();
    await page.keyboard.press('Space'); // skip it
    await page
      .getByTestId('clock')
      .waitFor({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        throw new Error(
          `recording did not start: ${await page.locator('main').innerText()} ${app.consoleErrors.join('\n')}`,
          { cause: error },
        );
      });
    const started = Date.now();
    await page.waitForTimeout(RECORD_MS);
    await page.keyboard.press('Space');
    const stoppedAfter = Date.now() - started;
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 30_000 }).toMatch(/Take saved/);

    const recordings = appPaths(app.dataDir).recordingsDir;
    const files = fs.readdirSync(recordings);
    expect(files.filter((f) => f.endsWith('.part'))).toEqual([]);
    const wavName = files.find((f) => f.endsWith('.wav'))!;
    videoFile = files.find((f) => f.endsWith('.webm'))!;
    const wavBytes = fs.readFileSync(path.join(recordings, wavName));
    const wav = parseWavHeader(wavBytes)!;
    expect(wav).toMatchObject({ sampleRate: 16_000, channels: 1, bitsPerSample: 16 });
    expect(wavBytes.length).toBe(44 + wav.dataBytes);

    const webm = path.join(recordings, videoFile);
    const probed = Number(
      execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', webm]).toString(),
    );
    expect(probed).toBeGreaterThan(7);
    // The recording is what the WebM holds; the WAV must match it, and both the time the user recorded.
    expect(Math.abs(wav.durationMs / 1000 - probed)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(wav.durationMs - stoppedAfter)).toBeLessThanOrEqual(300 + 250); // + key press / UI latency
    const facts = webmFacts(webm);
    expect(facts.cuePoints).toBeGreaterThan(0);
    expect(facts.cuesOnClusters).toBe(facts.cuePoints);

    // Seeking by cues: a frame decoded from 6 s in.
    execFileSync('ffmpeg', ['-v', 'error', '-ss', '6', '-i', webm, '-frames:v', '1', '-f', 'null', '-']);

    const pcm = new Int16Array(wavBytes.buffer, wavBytes.byteOffset + 44, wav.dataBytes / 2);
    expect(rms(pcm)).toBeGreaterThan(300);
    expect(rms(webmAudio(webm))).toBeGreaterThan(300);
  });

  it('plays the take from the takes list and seeks in it', async () => {
    const { page } = app;
    // Feedback arrives moments after Stop (the take was transcribed while it recorded) and opens the review;
    // the takes list is on the question's practice page.
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain(`#/review/`);
    await page.goto(`${app.origin}/#/practice/${deckId}/${questionId}`);
    await page.getByTestId('take').first().getByRole('button', { name: 'Play' }).click();
    const player = page.getByTestId('take-player');
    await expect
      .poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(1);
    expect(await player.evaluate((v: HTMLVideoElement) => v.duration)).toBeGreaterThan(7);
    await player.evaluate(
      (v: HTMLVideoElement) =>
        new Promise<void>((resolve) => {
          v.pause();
          v.addEventListener('seeked', () => resolve(), { once: true });
          setTimeout(resolve, 10_000);
          v.currentTime = 6;
        }),
    );
    expect(await player.evaluate((v: HTMLVideoElement) => v.seeking)).toBe(false);
    expect(await player.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeCloseTo(6, 0);
    expect(videoFile).toBeTruthy();
    expect(app.consoleErrors).toEqual([]);
  });

  it('records audio only with the camera turned off', async () => {
    const { page } = app;
    await page.getByText('Camera and microphone').click();
    // A controlled checkbox: it changes once the setting is saved, so click rather than uncheck().
    await page.getByLabel('Use the camera (off: audio only)').click();
    await page.getByText('Camera off: audio only').waitFor();
    const before = new Set(fs.readdirSync(appPaths(app.dataDir).recordingsDir));
    // Space on a focused checkbox toggles it; the shortcut applies once focus leaves it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await page.getByTestId('clock').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(3_000);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 30_000 }).toMatch(/Take saved/);

    const recordings = appPaths(app.dataDir).recordingsDir;
    const added = fs.readdirSync(recordings).filter((f) => !before.has(f));
    const webm = path.join(
      recordings,
      added.find((f) => f.endsWith('.webm'))!,
    );
    const streams = execFileSync('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'stream=codec_type',
      '-of',
      'csv=p=0',
      webm,
    ]).toString();
    expect(streams.trim()).toBe('audio');
    expect(webmFacts(webm).cuePoints).toBeGreaterThan(0);
    const wav = parseWavHeader(
      fs.readFileSync(
        path.join(
          recordings,
          added.find((f) => f.endsWith('.wav'))!,
        ),
      ),
    )!;
    expect(wav.durationMs).toBeGreaterThan(2_500);
    expect(rms(webmAudio(webm))).toBeGreaterThan(300);
    // The choice is remembered. The review opens by itself once the take's feedback exists; the camera
    // choice is on the practice page.
    await expect.poll(() => page.url(), { timeout: 60_000 }).toContain(`#/review/`);
    await page.goto(`${app.origin}/#/practice/${deckId}/${questionId}`);
    await page.reload();
    await page.getByText('Camera off: audio only').waitFor();
    await page.getByText('Camera and microphone').click();
    await page.getByLabel('Use the camera (off: audio only)').click();
    await page.getByTestId('preview').waitFor();
  });
});
