import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startApp, type AppHandle } from './harness';

const guide = path.join(repoRoot, 'electron/decks/fixtures/numbered-list-guide.txt');

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('a slow import on the import page', () => {
  it('shows its progress, stops on Cancel without saving, and the next guide imports and stays after a reload', async () => {
    const { page } = app;
    // Just under the size limit and slow to parse: only the time limit or Cancel ends it.
    const slow = path.join(app.dataDir, 'slow.md');
    fs.writeFileSync(slow, '['.repeat(1_000_000));
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    const decksBefore = await page.getByTestId('deck-card').count();
    await page.getByTestId('import-link').click();
    await page.getByTestId('import-file-input').setInputFiles(slow);

    const progress = page.getByTestId('import-progress');
    await progress.waitFor();
    expect(await progress.textContent()).toContain('Reading slow.md (1.0 MB)…');
    // The seconds count up while it reads.
    await expect
      .poll(async () => parseInt((await page.getByTestId('import-elapsed').textContent()) ?? '0'), {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(1);
    await page.getByTestId('import-cancel').click();

    const notice = page.getByTestId('import-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('Import canceled. Nothing was saved.');
    expect(await progress.count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByTestId('import-file-input').isEnabled()).toBe(true);

    // The stopped reading does not hold up the next file.
    await page.getByTestId('import-file-input').setInputFiles(guide);
    await page.getByTestId('preview-list').waitFor();
    expect(await page.getByTestId('import-notice').count()).toBe(0);
    await page.getByTestId('import-save').click();
    await page.getByTestId('import-saved').waitFor();

    await page.reload();
    await page.getByRole('link', { name: 'Library', exact: true }).first().click();
    await page.getByTestId('deck-card').filter({ hasText: 'Frontend Interview Notes' }).waitFor();
    // Only the guide was saved: the canceled file left no deck behind.
    expect(await page.getByTestId('deck-card').count()).toBe(decksBefore + 1);
    expect(app.consoleErrors).toEqual([]);
  });
});
