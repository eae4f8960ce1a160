// A key point said in the speaker's own words, recorded on the practice page and transcribed by whisper.cpp on a
// scripted model: the review page counts it covered, marks it "in your words", and points at the words that
// said it, the same after a reload.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths } from '../electron/app-paths';
import { writeScriptedModel } from '../electron/transcription/testing/scripted-model';
import { makeSpeechWav } from './fixtures/speech-wav';
import { startApp, type AppHandle } from './harness';
import { recordTake, seedQuestion } from './practice-take';

// "One service failure doesn't bring down the entire platform", said without its words.
const spoken = [
  ' If',
  ' one',
  ' service',
  ' fails',
  ',',
  ' it',
  " doesn't",
  ' take',
  ' down',
  ' the',
  ' whole',
  ' platform',
  '.',
];

let app: AppHandle;
let work: string;
let where: { deckId: string; questionId: string };

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-own-words-e2e-'));
  const paths = appPaths(path.join(work, 'data'));
  writeScriptedModel(path.join(paths.modelsDir, 'ggml-base.en.bin'), { tokens: spoken, start: 0.3, end: 2.8 });
  where = seedQuestion(paths.dataDir, {
    prompt: 'Why microservices instead of a monolith?',
    modelAnswer:
      '- **Scalability:** Each service scales independently.\n' +
      "- **Resilience:** One service failure doesn't bring down the entire platform.",
  });
  app = await startApp({ dataDir: paths.dataDir, audioFile: makeSpeechWav(work) });
});

afterAll(async () => {
  await app?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('a point said in your own words', () => {
  it('shows as covered with the "in your words" mark, and focusing it highlights the words that said it', async () => {
    const { page } = app;
    await recordTake(page, app.origin, where);
    await page.waitForURL(/#\/review\//, { timeout: 90_000 });
    const points = page.getByTestId('key-points');
    const resilience = points.locator('li', { hasText: 'Resilience' });
    await resilience.waitFor({ timeout: 60_000 });

    const shown = async () => {
      await resilience.focus();
      const evidence = (await page.locator('.word.evidence').allTextContents()).map((w) => w.replace(/[.,]$/, ''));
      await resilience.blur();
      return {
        status: await resilience.getAttribute('data-status'),
        mark: await resilience.locator('.kp-own-words').textContent(),
        evidence,
        scalability: await points.locator('li', { hasText: 'Scalability' }).getAttribute('data-status'),
        marks: await points.locator('.kp-own-words').count(),
      };
    };
    const first = await shown();
    expect(first.status).toBe('covered');
    expect(first.mark).toBe('in your words');
    // The highlighted transcript words are the ones that stood for the point's words.
    expect(first.evidence).toEqual(expect.arrayContaining(['service', 'fails', 'take', 'whole', 'platform']));
    expect(first.evidence).not.toContain('If');
    // The point the answer only touched ("service") is partly covered, in the model answer's word: no mark.
    expect(first.scalability).toBe('partly');
    expect(first.marks).toBe(1);
    expect(await page.locator('.word.evidence').count()).toBe(0);

    await page.reload();
    await resilience.waitFor();
    expect(await shown()).toEqual(first);
    expect(app.consoleErrors).toEqual([]);
  });
});
