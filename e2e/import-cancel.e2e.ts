import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './harness';
import { bracketsFile, importFromLibrary, importGuideAndReload } from './import-page';

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
    const decksBefore = await importFromLibrary(page, bracketsFile(app, 'slow.md', 1_000_000));

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
    await importGuideAndReload(page);
    // Only the guide was saved: the canceled file left no deck behind.
    expect(await page.getByTestId('deck-card').count()).toBe(decksBefore + 1);
    expect(app.consoleErrors).toEqual([]);
  });
});
