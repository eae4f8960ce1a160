import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths } from '../electron/app-paths';
import { generateHistory } from '../electron/progress/history-generator';
import { openDatabase } from '../electron/store/database';
import { startApp, type AppHandle } from './harness';

let app: AppHandle;
const screenshots = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-progress-shots-'));

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Replaces the history with a generated one of `takes` takes, written by a second connection as a dev script would. */
function seed(takes: number) {
  const db = openDatabase(appPaths(app.dataDir).databaseFile);
  db.exec('DELETE FROM decks; DELETE FROM jobs;');
  if (takes > 0) generateHistory(db, { takes, days: takes > 1 ? 120 : 1 });
  db.close();
}

async function openProgress(page: Page) {
  await page.goto(`${app.origin}/#/progress`);
  // The data changed behind the app's back (as with a dev script), so load the page afresh.
  await page.reload();
  await page.locator('h1', { hasText: 'Progress' }).waitFor();
}

/** Nothing wider than the window, nothing drawn outside its panel. */
async function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth)
      problems.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const panel of Array.from(document.querySelectorAll<HTMLElement>('.chart-panel, .stat-card'))) {
      const box = panel.getBoundingClientRect();
      if (box.right > doc.clientWidth + 1)
        problems.push(`${panel.dataset.testid ?? panel.className} overflows the window`);
      for (const child of Array.from(panel.querySelectorAll('svg.recharts-surface, table'))) {
        const inner = child.getBoundingClientRect();
        if (inner.right > box.right + 1 && !panel.querySelector('.chart-table-wrap')?.contains(child)) {
          problems.push(`${panel.dataset.testid} content is wider than its panel`);
        }
      }
    }
    return problems;
  });
}

async function chartsDrawn(page: Page) {
  const ids = ['chart-overall', 'chart-grouped', 'chart-weeks', 'chart-pace', 'chart-fillers'];
  const sizes: Record<string, { width: number; height: number; marks: number }> = {};
  for (const id of ids) {
    const svg = page.locator(`[data-testid="${id}"] svg.recharts-surface[role="application"]`);
    await svg.waitFor();
    const box = (await svg.boundingBox())!;
    const marks = await page
      .locator(`[data-testid="${id}"] .recharts-line-curve, [data-testid="${id}"] .recharts-bar-rectangle`)
      .count();
    sizes[id] = { width: Math.round(box.width), height: Math.round(box.height), marks };
  }
  return sizes;
}

describe('progress page', () => {
  it('shows its empty state with no takes', async () => {
    const { page } = app;
    await openProgress(page);
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('progress-ready').count()).toBe(0);
    expect(await layoutProblems(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'progress-0.png'), fullPage: true });
  });

  it('renders one take without breaking the layout', async () => {
    const { page } = app;
    seed(1);
    await openProgress(page);
    await page.locator('[data-testid="progress-ready"][data-takes="1"]').waitFor();
    const sizes = await chartsDrawn(page);
    for (const size of Object.values(sizes)) expect(size.width).toBeGreaterThan(200);
    expect(await page.getByTestId('stat-streak').textContent()).toContain('1 day');
    expect(await layoutProblems(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'progress-1.png'), fullPage: true });
  });

  it('renders 500 takes with every chart drawn, wide and narrow, light and dark', async () => {
    const { page } = app;
    seed(500);
    for (const [width, theme] of [
      [1280, 'light'],
      [760, 'dark'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: theme });
      await openProgress(page);
      await page.locator('[data-testid="progress-ready"][data-takes="500"]').waitFor();
      const sizes = await chartsDrawn(page);
      for (const [id, size] of Object.entries(sizes)) {
        expect(size.height, id).toBeGreaterThan(150);
        expect(size.marks, id).toBeGreaterThan(0);
      }
      expect(await page.locator('[data-testid="weakest"] tbody tr').count()).toBe(10);
      expect(await layoutProblems(page)).toEqual([]);
      const shot = await page.screenshot({ path: path.join(screenshots, `progress-500-${width}.png`), fullPage: true });
      // A blank or unstyled page compresses to very little; a page of drawn charts does not.
      expect(shot.length).toBeGreaterThan(60_000);
    }
    expect(app.consoleErrors).toEqual([]);
  });

  it('switches a chart to its table and back', async () => {
    const { page } = app;
    const overall = page.getByTestId('chart-overall');
    await overall.getByRole('button', { name: 'Show table' }).click();
    expect(await overall.locator('tbody tr').count()).toBeGreaterThan(10);
    await overall.getByRole('button', { name: 'Show chart' }).click();
    await overall.locator('svg.recharts-surface').waitFor();
  });

  it('opens the due questions as a mock interview from the "Due today" card', async () => {
    const { page } = app;
    await page.getByTestId('stat-due').getByRole('link').click();
    await page.locator('h1', { hasText: 'Mock interview' }).waitFor();
    expect(await page.getByTestId('interview-due-only').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('interview-preview').textContent()).toMatch(/\d+ due for practice today/);
  });
});
