// A user upgrading from the release before takes, interviews and the schedule had their own names: the app opens
// their database, and their named take, the paused mock interview and the question due today are all there,
// and still there after a change made on the page and a reload.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths } from '../electron/app-paths';
import { connectDatabase } from '../electron/store/database';
import { migrate } from '../electron/store/migrate';
import { migrations } from '../electron/store/migrations';
import { startApp, type AppHandle } from './harness';

let app: AppHandle;
let dataDir: string;

/** Schema 6 as the previous release wrote it, with its table names. */
function seedPreviousRelease(file: string) {
  const db = connectDatabase(file);
  try {
    migrate(db, migrations.slice(0, 6));
    db.exec(`
      INSERT INTO decks (id, title, created_at, updated_at) VALUES ('d1', 'Systems', '2025-01-01T09:00:00.000Z', '2025-01-01T09:00:00.000Z');
      INSERT INTO questions (id, deck_id, position, prompt, target_seconds, created_at, updated_at)
        VALUES ('q1', 'd1', 0, 'How would you cut p99 latency?', 90, '2025-01-01T09:00:00.000Z', '2025-01-01T09:00:00.000Z'),
               ('q2', 'd1', 1, 'Design a durable queue', 120, '2025-01-01T09:00:00.000Z', '2025-01-01T09:00:00.000Z');
      INSERT INTO attempts (id, question_id, name, status, started_at, duration_ms, created_at)
        VALUES ('a1', 'q1', 'Best so far', 'recorded', '2025-01-01T10:00:00.000Z', 61000, '2025-01-01T10:00:00.000Z');
      INSERT INTO jobs (id, kind, attempt_id, status, progress, result, created_at, updated_at)
        VALUES ('score-a1', 'score', 'a1', 'done', 1, '{"overall":72}', '2025-01-01T10:01:00.000Z', '2025-01-01T10:01:00.000Z');
      INSERT INTO sessions (id, title, deck_id, options, status, current_index, created_at, updated_at)
        VALUES ('s1', 'Systems, 2 questions', 'd1', '{}', 'paused', 1, '2025-01-01T10:00:00.000Z', '2025-01-01T10:02:00.000Z');
      INSERT INTO session_items (session_id, position, question_id, prompt, section, target_seconds, attempt_id, status, answered_at)
        VALUES ('s1', 0, 'q1', 'How would you cut p99 latency?', '', 90, 'a1', 'answered', '2025-01-01T10:01:00.000Z'),
               ('s1', 1, 'q2', 'Design a durable queue', '', 120, NULL, 'pending', NULL);
    `);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-upgrade-e2e-'));
  fs.mkdirSync(appPaths(dataDir).recordingsDir, { recursive: true });
  seedPreviousRelease(appPaths(dataDir).databaseFile);
  app = await startApp({ dataDir });
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('upgrading a database from the previous release', () => {
  it('shows the question due today from the kept take and its score', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/library`);
    await expect
      .poll(() => page.getByTestId('due-banner').textContent())
      .toContain('1 question is due for practice today');
  });

  it('keeps the named take, and a rename made on the page survives a reload', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/practice/d1/q1`);
    const take = page.getByTestId('take').first();
    await take.getByText('Best so far').waitFor();
    await take.getByRole('button', { name: 'Rename' }).click();
    await take.getByLabel('Name').fill('Calmer');
    await take.getByRole('button', { name: 'Save' }).click();
    await take.getByText('Calmer').waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('take').first().textContent()).toContain('Calmer');
    expect(await page.getByTestId('take').count()).toBe(1);
  });

  it('keeps the paused mock interview with its answered question, resumable and with its report', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/#/interview`);
    const row = page.getByTestId('interview-row').filter({ hasText: 'Systems, 2 questions' });
    await expect.poll(() => row.textContent()).toContain('1 of 2 answered');
    expect(await row.getByRole('link', { name: 'Resume' }).getAttribute('href')).toBe('#/interview/s1');
    await row.getByRole('link', { name: 'Report' }).click();
    await page.locator('h1', { hasText: 'Interview report' }).waitFor();
    await page.reload();
    const answered = page.getByRole('link', { name: 'How would you cut p99 latency?' });
    await answered.waitFor();
    expect(await answered.getAttribute('href')).toBe('#/review/a1');
    expect(app.consoleErrors).toEqual([]);
  });
});
