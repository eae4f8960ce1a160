import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths } from '../electron/app-paths';
import { DeckRepo } from '../electron/decks/deck-repo';
import { SettingsRepo } from '../electron/settings/settings-repo';
import { openDatabase } from '../electron/store/database';
import { startApp, type AppHandle } from './harness';

const prompts = [
  'Tell me about yourself.',
  'Why do you want this role?',
  'Describe a time you disagreed with a colleague.',
];
let app: AppHandle;
let dataDir: string;

beforeAll(async () => {
  // A deck of three questions and a one-second think time, written before the app starts.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-e2e-mock-'));
  const db = openDatabase(appPaths(dataDir).databaseFile);
  new DeckRepo(db).create(
    'Interview basics',
    prompts.map((prompt) => ({
      prompt,
      modelAnswer: 'A short model answer.',
      section: 'Basics',
      difficulty: null,
      kind: 'behavioral' as const,
      targetSeconds: 30,
      targetSource: 'stated' as const,
    })),
  );
  new SettingsRepo(db).update({ thinkSeconds: 1 });
  db.close();
  app = await startApp({ dataDir });
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Chooses our deck (the library may hold others, such as the starter deck) and N questions. */
async function setUp(count: number) {
  const { page } = app;
  await page.getByRole('link', { name: 'Mock interview', exact: true }).click();
  const deck = page.getByTestId('interview-deck');
  const value = await deck.locator('option', { hasText: 'Interview basics' }).getAttribute('value');
  await deck.selectOption(value!);
  await page.getByTestId('interview-count').fill(String(count));
  await expect
    .poll(() => page.getByTestId('interview-preview').textContent())
    .toContain(`${count} of 3 matching questions`);
  await page.getByRole('button', { name: 'Start the interview' }).click();
}

async function answerCurrentQuestion(seconds: number) {
  const { page } = app;
  await page.locator('[data-testid="interview-question"][data-phase="recording"]').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(seconds * 1000);
  await page.getByRole('button', { name: /Done, next question/ }).click();
}

describe('mock interview', () => {
  it('runs three questions back to back, shows a report with three rows and exports it as Markdown', async () => {
    const { page } = app;
    await setUp(3);

    const asked: string[] = [];
    for (let i = 0; i < 3; i++) {
      await expect.poll(() => page.locator('.page-subtitle').textContent()).toBe(`Question ${i + 1} of 3`);
      asked.push((await page.locator('[data-testid="interview-question"] h2').textContent()) ?? '');
      await answerCurrentQuestion(2);
    }
    expect([...asked].sort()).toEqual([...prompts].sort());

    await page.locator('h1', { hasText: 'Interview report' }).waitFor();
    const rows = page.getByTestId('report-row');
    await expect.poll(() => rows.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      // Each answer was recorded; its score follows once transcription and scoring have run.
      expect(await rows.nth(i).getAttribute('data-state')).not.toBe('unanswered');
      expect(await rows.nth(i).locator('td').nth(2).textContent()).toMatch(/^\d+ s \/ 30 s/);
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-markdown').click()]);
    expect(download.suggestedFilename()).toMatch(/^mock-interview-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = fs.readFileSync((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^# Mock interview: Interview basics, 3 questions/);
    expect(markdown.split('\n').filter((line) => /^\| \d \|/.test(line))).toHaveLength(3);
    for (const prompt of asked) expect(markdown).toContain(prompt);
    expect(app.consoleErrors).toEqual([]);
  });

  it('pauses, resumes, and ends early keeping the answer already given', async () => {
    const { page } = app;
    await setUp(2);
    await page.getByTestId('interview-question').waitFor();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByTestId('interview-paused').waitFor();
    expect(await page.locator('[data-testid="interview-question"]').getAttribute('data-phase')).toBe('ready');
    await page.getByRole('button', { name: 'Resume' }).click();
    await answerCurrentQuestion(1);
    await expect.poll(() => page.locator('.page-subtitle').textContent()).toBe('Question 2 of 2');

    await page.getByRole('button', { name: 'End interview' }).click();
    await page.getByRole('button', { name: 'End and see the report' }).click();
    await page.locator('h1', { hasText: 'Interview report' }).waitFor();
    const states = await page
      .getByTestId('report-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
    expect(states).toHaveLength(2);
    expect(states[0]).not.toBe('unanswered');
    expect(states[1]).toBe('unanswered');
  });
});
