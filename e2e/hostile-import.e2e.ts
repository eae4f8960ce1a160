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

describe('a hostile file on the import page', () => {
  it('is refused with a clear message, and the next guide imports and stays after a reload', async () => {
    const { page } = app;
    const hostile = path.join(app.dataDir, 'brackets.md');
    fs.writeFileSync(hostile, '['.repeat(1_900_000));
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    await page.getByTestId('import-link').click();
    await page.getByTestId('import-file-input').setInputFiles(hostile);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'That file is 1.9 MB; Rehearse imports guides and decks of up to 1 MB.',
    );

    await page.getByTestId('import-file-input').setInputFiles(guide);
    await page.getByTestId('preview-list').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByTestId('import-save').click();
    await page.getByTestId('import-saved').waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Library', exact: true }).first().click();
    await page.getByTestId('deck-card').filter({ hasText: 'Frontend Interview Notes' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
