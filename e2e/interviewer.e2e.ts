// A two-question mock interview with one interviewer follow-up per question,
// fake microphone, first with the built-in interviewer, then with the LLM
// interviewer turned on in Settings and pointed at a chat server on this
// computer: the follow-ups are spoken, recorded, transcribed by whisper.cpp on
// a scripted model, scored on the key points they probe, and listed in the
// report and its Markdown export, also after a reload. Then the same
// follow-ups in single-question practice, turned on on the practice page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '@contract/review';
import type { InterviewReport } from '@contract/interviews';
import { apiCallHeader } from '@contract/web-request';
import { decodeWire, encodeWire } from '@contract/wire';
import { appPaths } from '../electron/app-paths';
import { DeckRepo } from '../electron/decks/deck-repo';
import { startInterviewerServer } from '../electron/interviewer/testing/interviewer-server';
import { SettingsRepo } from '../electron/settings/settings-repo';
import { openDatabase } from '../electron/store/database';
import { writeScriptedModel } from '../electron/transcription/testing/scripted-model';
import { startApp, type AppHandle } from './harness';
import { openSettings, saved, useInterviewerLlm } from './settings-page';

// Whatever the microphone plays, the scripted model hears this: the first key point, never the second.
const heard = [
  ' So',
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
const measurePoint = 'Measure the hit ratio before and after the change';
const modelAnswer = ['- Put a **Redis** cache in front of the database', `- ${measurePoint}`].join('\n');
const prompts = ['How would you speed up a slow read path?', 'How would you take load off the database?'];

let app: AppHandle;
let dataDir: string;
let llm: Awaited<ReturnType<typeof startInterviewerServer>>;
let where: { deckId: string; questionId: string };
const llmWording = (point: string) => `Suppose the cache is in. ${point.replace(/^Measure/, 'How would you measure')}?`;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-e2e-interviewer-'));
  const paths = appPaths(dataDir);
  fs.mkdirSync(paths.modelsDir, { recursive: true });
  writeScriptedModel(path.join(paths.modelsDir, 'ggml-base.en.bin'), { tokens: heard, start: 0.2, end: 1.8 });
  const db = openDatabase(paths.databaseFile);
  const decks = new DeckRepo(db);
  const deckId = decks.create(
    'Caching',
    prompts.map((prompt) => ({
      prompt,
      modelAnswer,
      section: 'Performance',
      difficulty: null,
      kind: 'technical' as const,
      targetSeconds: 60,
      targetSource: 'stated' as const,
    })),
  );
  where = { deckId, questionId: decks.get(deckId)!.questions[0]!.id };
  new SettingsRepo(db).update({ thinkSeconds: 1, followUpThinkSeconds: 1 });
  db.close();
  llm = await startInterviewerServer([], llmWording);
  app = await startApp({ dataDir });
  // Records what the page asks speech synthesis to say, instead of saying it.
  await app.page.context().addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spokenTexts: spoken });
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => void spoken.push(utterance.text);
  });
  await app.page.reload();
  await app.page.waitForSelector('nav[aria-label="Main"]');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await llm?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

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

async function answer(scope: string, seconds: number, timeout: number) {
  const { page } = app;
  await page.locator(`${scope} [data-testid="interview-question"][data-phase="recording"]`).waitFor({ timeout });
  await page.waitForTimeout(seconds * 1000);
  await page
    .locator(scope)
    .getByRole('button', { name: /Done, next question/ })
    .click();
}

const spokenTexts = () => app.page.evaluate(() => (window as unknown as { spokenTexts: string[] }).spokenTexts);

/**
 * Runs the interview through the page and checks every follow-up from asking to report;
 * `generator` is who must have asked, `expectText` what each follow-up must say.
 */
async function interviewWithFollowUps(generator: 'offline' | 'llm', expectText: (text: string) => void) {
  const { page } = app;
  await page.getByRole('link', { name: 'Mock interview', exact: true }).click();
  const deck = page.getByTestId('interview-deck');
  await deck.selectOption((await deck.locator('option', { hasText: 'Caching' }).getAttribute('value'))!);
  await page.getByTestId('interview-count').fill('2');
  await page.getByTestId('interview-follow-ups').selectOption('1');
  await expect.poll(() => page.getByTestId('interview-preview').textContent()).toContain('2 of 2 matching questions');
  await page.getByRole('button', { name: 'Start the interview' }).click();

  const followUpTexts: string[] = [];
  for (let i = 0; i < 2; i++) {
    await answer('.interview-stage', 2, 20_000);
    // The answer is transcribed and scored before the interviewer asks about what it left out.
    await page.getByTestId('follow-up').locator('[data-phase="recording"]').waitFor({ timeout: 120_000 });
    const text = (await page.locator('[data-testid="follow-up"] h2').textContent()) ?? '';
    expect(text).toMatch(/^[A-Z].*\?$/);
    expectText(text);
    expect(await page.getByTestId('follow-up').getAttribute('data-generator')).toBe(generator);
    expect(await page.getByTestId('follow-up-note').count()).toBe(0);
    followUpTexts.push(text);
    await answer('[data-testid="follow-up"]', 2, 5_000);
  }
  expect(await spokenTexts()).toEqual(followUpTexts);

  await page.locator('h1', { hasText: 'Interview report' }).waitFor({ timeout: 30_000 });
  const followUpRows = page.getByTestId('report-follow-up');
  await expect.poll(() => followUpRows.count()).toBe(2);
  await expect
    .poll(() => followUpRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state'))), {
      timeout: 120_000,
    })
    .toEqual(['scored', 'scored']);
  for (let i = 0; i < 2; i++) expect(await followUpRows.nth(i).textContent()).toContain(followUpTexts[i]);

  // Each follow-up answer was judged on the point it probed only, against the follow-up clock.
  const interviewId = page.url().split('/interview/')[1]!.split('/')[0]!;
  const report = await call<InterviewReport>(page, 'interviews.report', { interviewId });
  for (const row of report.rows) {
    expect(row.followUps).toHaveLength(1);
    expect(row.followUps[0]!.probes).toEqual([measurePoint]);
    expect(row.followUps[0]!.generator).toBe(generator);
    const review = await call<Review>(page, 'review.get', { takeId: row.followUps[0]!.takeId });
    expect(review.feedback!.keyPoints.map((p) => p.text)).toEqual([measurePoint]);
    expect(review.feedback!.timing.targetSeconds).toBe(45);
  }

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-markdown').click()]);
  const markdown = fs.readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain('## Follow-up questions');
  for (const row of report.rows) {
    expect(markdown).toContain(`Follow-up 1: ${row.followUps[0]!.text} Score: ${row.followUps[0]!.overall}`);
  }

  // The review page shows the answer and its follow-up as one thread.
  await page.getByTestId('report-row').first().getByRole('link').click();
  const thread = page.getByTestId('follow-up-thread');
  await thread.waitFor();
  const turns = await thread.locator('li').allTextContents();
  expect(turns).toHaveLength(2);
  expect(turns[0]).toContain(`Question: ${report.rows[0]!.prompt}`);
  expect(turns[0]).toContain('Redis cache');
  expect(turns[1]).toContain(`Follow-up 1: ${followUpTexts[0]}`);
  await page.goBack();

  await page.reload();
  await page.locator('h1', { hasText: 'Interview report' }).waitFor();
  await expect.poll(() => page.getByTestId('report-follow-up').count()).toBe(2);
  expect(await page.getByTestId('report-follow-up').first().textContent()).toContain(followUpTexts[0]);
  // The PDF export prints this page: the follow-ups are on the printed page too.
  await page.emulateMedia({ media: 'print' });
  for (let i = 0; i < 2; i++) expect(await page.getByTestId('report-follow-up').nth(i).isVisible()).toBe(true);
  expect(await page.getByTestId('export-markdown').isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
  expect(app.consoleErrors).toEqual([]);
}

describe('interviewer mode', () => {
  it('asks a spoken follow-up after each answer, records and scores it on its probed point, and reports it', async () => {
    await interviewWithFollowUps('offline', (text) => expect(text.toLowerCase()).toMatch(/hit ratio|measure/));
  }, 600_000);

  it('does the same with the LLM interviewer, which gets the key saved for its server and the answer', async () => {
    await openSettings(app.page, app.origin);
    await useInterviewerLlm(app.page, { baseUrl: llm.baseUrl, model: 'interviewer-8b', key: 'sk-interviewer-local' });
    await interviewWithFollowUps('llm', (text) => expect(text).toBe(llmWording(measurePoint)));
    expect(llm.received).toHaveLength(2);
    for (const chat of llm.received) {
      expect(chat.model).toBe('interviewer-8b');
      expect(chat.authorization).toBe('Bearer sk-interviewer-local');
      const user = chat.messages[1]!.content;
      expect(user).toContain('Redis cache in front of the database');
      expect(user).toContain(`[missed] ${measurePoint}`);
    }
  }, 600_000);

  it('asks follow-ups in single-question practice when turned on there, and the review shows the thread', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/practice/${where.deckId}/${where.questionId}`);
    await page.getByRole('button', { name: 'Start (Space)' }).waitFor();
    await saved(page, 'settings.update', () => page.getByTestId('practice-follow-ups').selectOption('1'));
    await page.keyboard.press('Space');
    await page.getByTestId('think').waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('clock').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(2000);
    await page.keyboard.press('Space');

    // The take is scored, then the interviewer asks; the practice controls wait meanwhile.
    await page.getByTestId('follow-up').locator('[data-phase="recording"]').waitFor({ timeout: 120_000 });
    const text = (await page.locator('[data-testid="follow-up"] h2').textContent()) ?? '';
    expect(text.toLowerCase()).toMatch(/hit ratio|measure/);
    expect(await page.getByRole('button', { name: 'Start (Space)' }).count()).toBe(0);
    await answer('[data-testid="follow-up"]', 2, 5_000);

    await page.waitForURL(/#\/review\//, { timeout: 120_000 });
    const thread = page.getByTestId('follow-up-thread');
    await expect.poll(() => thread.locator('li').count(), { timeout: 60_000 }).toBe(2);
    expect((await thread.locator('li').allTextContents())[1]).toContain(`Follow-up 1: ${text}`);

    await page.reload();
    await expect.poll(() => page.getByTestId('follow-up-thread').locator('li').count()).toBe(2);
    await page.goto(`${app.origin}/#/practice/${where.deckId}/${where.questionId}`);
    await page.getByRole('button', { name: 'Start (Space)' }).waitFor();
    expect(await page.getByTestId('practice-follow-ups').inputValue()).toBe('1');
    expect(app.consoleErrors).toEqual([]);
  }, 600_000);
});
