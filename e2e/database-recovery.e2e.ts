// The database file is found damaged at start: browser mode still starts, the
// page says where the damaged file was kept, and restoring the latest
// automatic backup brings the user's deck back, for good.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appPaths } from '../electron/app-paths';
import { overwriteWithGarbage, writeDatabaseWithDeck } from '../electron/testing/damaged-database';
import { startApp, type AppHandle } from './harness';

const open: AppHandle[] = [];
let work = '';
afterAll(async () => {
  for (const app of open) await app.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function start(dataDir: string, readySelector?: string) {
  const app = await startApp({ dataDir, readySelector });
  open.push(app);
  return app;
}

const deckCard = (app: AppHandle, title: string) => app.page.getByTestId('deck-card').filter({ hasText: title });

describe('a damaged database at start', () => {
  it('shows where the damaged file was kept, restores the latest backup, and the deck stays after reload and restart', async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-damaged-e2e-'));
    const dataDir = path.join(work, 'data');
    const paths = appPaths(dataDir);
    writeDatabaseWithDeck(paths.databaseFile, 'Systems design', 5);

    // Starting once with the deck takes the day's automatic backup.
    const first = await start(dataDir);
    await deckCard(first, 'Systems design').waitFor();
    expect(fs.readdirSync(paths.backupsDir)).toHaveLength(1);
    await first.close();

    overwriteWithGarbage(paths.databaseFile);
    const garbage = fs.readFileSync(paths.databaseFile);

    const second = await start(dataDir, '[data-testid="database-recovery"]');
    const { page } = second;
    expect(await page.locator('h1').textContent()).toBe('Rehearse could not use its database');
    const keptAt = (await page.getByTestId('kept-at').textContent())!;
    expect(path.dirname(keptAt)).toBe(paths.dataDir);
    expect(path.basename(keptAt)).toMatch(/^rehearse-damaged-\d{4}-\d{2}-\d{2}T[\d-]+Z\.sqlite$/);
    expect(fs.readFileSync(keptAt).equals(garbage)).toBe(true);

    await page.getByRole('button', { name: 'Restore the latest backup' }).click();
    await deckCard(second, 'Systems design').waitFor();

    // The restored database takes new work: rename the deck through the page.
    await deckCard(second, 'Systems design').getByTestId('deck-rename').click();
    await page.getByTestId('deck-rename-input').fill('Systems design, restored');
    await page.getByTestId('deck-rename-save').click();
    await deckCard(second, 'Systems design, restored').waitFor();

    await page.reload();
    await deckCard(second, 'Systems design, restored').waitFor();
    expect(second.consoleErrors).toEqual([]);
    await second.close();

    const third = await start(dataDir);
    await deckCard(third, 'Systems design, restored').waitFor();
    expect(fs.existsSync(keptAt)).toBe(true);
  });
});
