import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAppRuntime, type AppRuntime } from '../app-runtime/app-runtime';
import { appPaths } from '../app-paths';
import { silentLogger } from '../logger';
import { overwriteWithGarbage, writeDatabaseWithDeck } from '../testing/damaged-database';
import { askHowToRecover, showStartupFailure } from './database-recovery-dialog';

// The Electron binary is not needed to check what the dialog offers and what each answer does.
const dialog = vi.hoisted(() => ({ showMessageBox: vi.fn(), showErrorBox: vi.fn() }));
vi.mock('electron', () => ({ dialog }));

const dirs: string[] = [];
const runtimes: AppRuntime[] = [];
afterEach(() => {
  vi.clearAllMocks();
  runtimes.splice(0).forEach((r) => r.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

async function damagedRuntime(withBackup: boolean) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-dialog-'));
  dirs.push(dataDir);
  const file = appPaths(dataDir).databaseFile;
  writeDatabaseWithDeck(file, 'Systems design');
  const options = { dataDir, transport: 'electron' as const, version: 'test', logger: silentLogger };
  if (withBackup) (await startAppRuntime(options)).close();
  overwriteWithGarbage(file);
  const runtime = await startAppRuntime(options);
  runtimes.push(runtime);
  return runtime;
}

const offered = () => dialog.showMessageBox.mock.calls[0]![0] as { buttons: string[]; detail: string };

describe('the desktop dialog for a damaged database', () => {
  it('says where the file was kept, and restores the backup when asked', async () => {
    const runtime = await damagedRuntime(true);
    const { damage } = runtime.status() as { damage: { keptAt: string } };
    dialog.showMessageBox.mockResolvedValue({ response: 0 });
    expect(await askHowToRecover(runtime)).toBe(true);
    expect(offered().buttons).toEqual(['Restore the latest backup', 'Start fresh', 'Quit']);
    expect(offered().detail).toContain(damage.keptAt);
    expect(runtime.status()).toMatchObject({ state: 'ok', recovered: { choice: 'restore' } });
    expect(
      runtime
        .services()!
        .decks.list()
        .map((d) => d.title),
    ).toContain('Systems design');
  });

  it('offers a fresh start and Quit when there is no backup; Quit leaves everything for the next start', async () => {
    const runtime = await damagedRuntime(false);
    dialog.showMessageBox.mockResolvedValue({ response: 1 });
    expect(await askHowToRecover(runtime)).toBe(false);
    expect(offered().buttons).toEqual(['Start fresh', 'Quit']);
    expect(runtime.status().state).toBe('damaged');
  });

  it('shows a start-up failure with its reason and the data folder, not a silent exit', () => {
    showStartupFailure(new Error('The database was written by a newer Rehearse (schema 9); update the app.'), '/data');
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Rehearse could not start',
      expect.stringMatching(/newer Rehearse[\s\S]*\/data/),
    );
  });
});
