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

describe('a hostile file on the import page', () => {
  it('is refused with a clear message, and the next guide imports and stays after a reload', async () => {
    const { page } = app;
    await importFromLibrary(page, bracketsFile(app, 'brackets.md', 1_900_000));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'That file is 1.9 MB; Rehearse imports guides and decks of up to 1 MB.',
    );

    await importGuideAndReload(page);
    expect(app.consoleErrors).toEqual([]);
  });
});
