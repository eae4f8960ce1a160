// The optional coach, turned on and pointed at a chat server on this computer
// only through the Settings page: its notes join the take's review page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths } from '../electron/app-paths';
import { sampleAdvice, startCoachServer } from '../electron/feedback/coach/testing/coach-server';
import { writeScriptedModel } from '../electron/transcription/testing/scripted-model';
import { makeSpeechWav } from './fixtures/speech-wav';
import { startApp, type AppHandle } from './harness';
import { recordTake, seedQuestion } from './practice-take';
import { openSettings, useCoach } from './settings-page';

const sentence = [' We', ' deploy', ' with', ' Argo', ' CD', '.'];

let app: AppHandle;
let work: string;
let coach: Awaited<ReturnType<typeof startCoachServer>>;
let where: { deckId: string; questionId: string };

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-coach-e2e-'));
  const paths = appPaths(path.join(work, 'data'));
  // Local transcription on a scripted model, installed under the default model's name.
  writeScriptedModel(path.join(paths.modelsDir, 'ggml-base.en.bin'), { tokens: sentence, start: 0.3, end: 2.5 });
  where = seedQuestion(paths.dataDir, {
    prompt: 'How do you deploy?',
    modelAnswer: '- Argo CD syncs Helm charts from Git\n- Roll back by reverting the commit',
  });
  coach = await startCoachServer();
  app = await startApp({ dataDir: paths.dataDir, audioFile: makeSpeechWav(work) });
});

afterAll(async () => {
  await app?.close();
  await coach?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the coach', () => {
  it('adds its notes to the review page once turned on in Settings', async () => {
    const { page } = app;
    await openSettings(page, app.origin);
    await useCoach(page, { baseUrl: coach.baseUrl, model: 'local-coach-7b' });

    await recordTake(page, app.origin, where);
    await page.waitForURL(/#\/review\//, { timeout: 90_000 });
    const notes = page.getByRole('region', { name: 'Coach notes' });
    await notes.waitFor({ timeout: 60_000 });
    expect(await notes.textContent()).toContain(sampleAdvice.summary);
    expect(await notes.textContent()).toContain(sampleAdvice.tightened);
    expect(await notes.textContent()).toContain('From local-coach-7b');

    expect(coach.received).toHaveLength(1);
    expect(coach.received[0]!.model).toBe('local-coach-7b');
    expect(JSON.stringify(coach.received[0]!.messages)).toContain('We deploy with Argo CD');
    expect(app.consoleErrors).toEqual([]);
  });
});
