// The optional judge, turned on and pointed at a chat server on this computer
// only through the Settings page: its verdicts join the key points on the
// take's review page, beside the local ones, and are still there after a reload.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths } from '../electron/app-paths';
import { startJudgeServer } from '../electron/feedback/judge/testing/judge-server';
import { writeScriptedModel } from '../electron/transcription/testing/scripted-model';
import { makeSpeechWav } from './fixtures/speech-wav';
import { startApp, type AppHandle } from './harness';
import { recordTake, seedQuestion } from './practice-take';
import { openSettings, useJudge } from './settings-page';

const sentence = [' We', ' deploy', ' with', ' Argo', ' CD', '.'];

let app: AppHandle;
let work: string;
let judge: Awaited<ReturnType<typeof startJudgeServer>>;
let where: { deckId: string; questionId: string };

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-judge-e2e-'));
  const paths = appPaths(path.join(work, 'data'));
  // Local transcription on a scripted model, installed under the default model's name.
  writeScriptedModel(path.join(paths.modelsDir, 'ggml-base.en.bin'), { tokens: sentence, start: 0.3, end: 2.5 });
  where = seedQuestion(paths.dataDir, {
    prompt: 'How do you deploy?',
    modelAnswer: '- Argo CD syncs Helm charts from Git\n- Roll back by reverting the commit',
  });
  judge = await startJudgeServer([], [{ verdict: 'covered', quote: 'We deploy with Argo CD' }]);
  app = await startApp({ dataDir: paths.dataDir, audioFile: makeSpeechWav(work) });
});

afterAll(async () => {
  await app?.close();
  await judge?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the judge', () => {
  it('shows its verdict on each key point beside the local one, and keeps it after a reload', async () => {
    const { page } = app;
    await openSettings(page, app.origin);
    await useJudge(page, { baseUrl: judge.baseUrl, model: 'local-judge-8b', key: 'sk-judge-local' });

    await recordTake(page, app.origin, where);
    await page.waitForURL(/#\/review\//, { timeout: 90_000 });
    const keyPoints = page.getByTestId('key-points');
    await page.getByTestId('judge-status').filter({ hasText: 'Judge verdicts from local-judge-8b' }).waitFor({
      timeout: 60_000,
    });

    const verdicts = async () => {
      const items = keyPoints.getByRole('listitem');
      return {
        local: await items.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.status)),
        judge: await keyPoints.getByTestId('judge-verdict').allTextContents(),
      };
    };
    const shown = await verdicts();
    expect(shown.judge).toHaveLength(2);
    expect(shown.judge[0]).toContain('Judge: covered — “We deploy with Argo CD”');
    expect(shown.judge[1]).toMatch(/^Judge: missed/);
    // The local verdicts stay; where the judge differs, both are on the page.
    expect(shown.local).toHaveLength(2);
    expect(shown.judge[0]!.includes('(the local score says')).toBe(shown.local[0] !== 'covered');
    expect(shown.judge[1]!.includes('(the local score says')).toBe(shown.local[1] !== 'missed');

    expect(judge.received).toHaveLength(1);
    expect(judge.received[0]!.model).toBe('local-judge-8b');
    expect(judge.received[0]!.authorization).toBe('Bearer sk-judge-local');
    expect(JSON.stringify(judge.received[0]!.messages)).toContain('We deploy with Argo CD');

    await page.reload();
    await page.getByTestId('judge-status').filter({ hasText: 'Judge verdicts from local-judge-8b' }).waitFor();
    expect(await verdicts()).toEqual(shown);
    expect(judge.received).toHaveLength(1);
    expect(app.consoleErrors).toEqual([]);
  });
});
