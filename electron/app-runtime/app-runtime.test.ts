import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../transport/dispatch';
import { appPaths } from '../app-paths';
import { silentLogger } from '../logger';
import { corruptMiddlePage, overwriteWithGarbage, truncate, writeDatabaseWithDeck } from '../testing/damaged-database';
import { startAppRuntime, type AppRuntime } from './app-runtime';

const dirs: string[] = [];
const runtimes: AppRuntime[] = [];
afterEach(() => {
  runtimes.splice(0).forEach((r) => r.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function dataFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-runtime-'));
  dirs.push(dir);
  return dir;
}

async function start(dataDir: string, now = () => new Date()) {
  const runtime = await startAppRuntime({ dataDir, transport: 'web', version: 'test', logger: silentLogger, now });
  runtimes.push(runtime);
  return runtime;
}

const call = (runtime: AppRuntime, name: string, input?: unknown) =>
  dispatch(runtime.handlers, name, input, {}, silentLogger);

async function deckTitles(runtime: AppRuntime) {
  const result = await call(runtime, 'decks.list');
  if (!result.ok) throw new Error(result.error.code);
  return (result.value as { title: string }[]).map((deck) => deck.title);
}

/** A data folder that has been used: a deck saved, and the app started once with it, which backs it up. */
async function usedDataFolder() {
  const dataDir = dataFolder();
  writeDatabaseWithDeck(appPaths(dataDir).databaseFile, 'Systems design', 200);
  const first = await start(dataDir);
  expect(first.status()).toMatchObject({ state: 'ok', latestBackup: { path: expect.any(String) } });
  const titles = await deckTitles(first);
  first.close();
  expect(titles).toContain('Systems design');
  return { dataDir, titles };
}

const damages = [
  { name: 'a truncated file', damage: truncate, problem: 'unreadable' },
  { name: 'a garbage file', damage: overwriteWithGarbage, problem: 'unreadable' },
  { name: 'a file with a damaged middle page', damage: corruptMiddlePage, problem: 'failed-check' },
] as const;

describe.each(damages)('starting on $name', ({ damage, problem }) => {
  const foundAt = new Date('2026-03-04T05:06:07.089Z');

  async function startDamaged() {
    const { dataDir, titles } = await usedDataFolder();
    const file = appPaths(dataDir).databaseFile;
    damage(file);
    const damagedBytes = fs.readFileSync(file);
    const runtime = await start(dataDir, () => foundAt);
    return { dataDir, titles, file, damagedBytes, runtime };
  }

  it('moves the file aside under a timestamped name, byte for byte, and says which problem and where', async () => {
    const { dataDir, file, damagedBytes, runtime } = await startDamaged();
    const status = runtime.status();
    const keptAt = path.join(dataDir, 'rehearse-damaged-2026-03-04T05-06-07-089Z.sqlite');
    expect(status).toMatchObject({ state: 'damaged', damage: { problem, keptAt, foundAt: foundAt.toISOString() } });
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readFileSync(keptAt).equals(damagedBytes)).toBe(true);
    expect(status.state === 'damaged' && status.latestBackup?.path).toMatch(/backups[/\\]rehearse-.*\.sqlite$/);
    // The same answer over the contract, as the page asks for it at load.
    expect(await call(runtime, 'app.databaseStatus')).toMatchObject({ ok: true, value: { damage: { keptAt } } });
    // Calls that need the database are refused with a code, not INTERNAL.
    expect(await call(runtime, 'decks.list')).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
  });

  it('restores the latest backup: the deck is back, and the damaged file is still kept', async () => {
    const { dataDir, titles, runtime } = await startDamaged();
    const result = await call(runtime, 'app.recoverDatabase', { choice: 'restore' });
    expect(result).toMatchObject({ ok: true, value: { state: 'ok', recovered: { choice: 'restore' } } });
    expect(await deckTitles(runtime)).toEqual(titles);
    expect(fs.existsSync(path.join(dataDir, 'rehearse-damaged-2026-03-04T05-06-07-089Z.sqlite'))).toBe(true);
    runtime.close();
    // The restored database is the one used from now on.
    expect(await deckTitles(await start(dataDir))).toEqual(titles);
  });

  it('starts fresh with an empty working database', async () => {
    const { runtime } = await startDamaged();
    expect(await call(runtime, 'app.recoverDatabase', { choice: 'fresh' })).toMatchObject({
      ok: true,
      value: { state: 'ok', recovered: { choice: 'fresh', restoredFrom: null } },
    });
    const fresh = await deckTitles(runtime);
    expect(fresh).not.toContain('Systems design');
    expect(await call(runtime, 'decks.create', { title: 'After the damage' })).toMatchObject({ ok: true });
    expect(await deckTitles(runtime)).toEqual(['After the damage', ...fresh]);
  });
});

describe('the backup at start', () => {
  it('is taken when the newest backup is a day old, not on every start', async () => {
    const dataDir = dataFolder();
    writeDatabaseWithDeck(appPaths(dataDir).databaseFile, 'Systems design');
    const backupsAt = async (iso: string) => {
      const runtime = await start(dataDir, () => new Date(iso));
      const taken = fs.readdirSync(appPaths(dataDir).backupsDir).length;
      runtime.close();
      return taken;
    };
    expect(await backupsAt('2026-05-01T09:00:00.000Z')).toBe(1);
    expect(await backupsAt('2026-05-01T18:00:00.000Z')).toBe(1);
    expect(await backupsAt('2026-05-02T09:00:00.000Z')).toBe(2);
  });
});

describe('recovery choices', () => {
  it('asks again on the next start when the user quit without choosing', async () => {
    const { dataDir } = await usedDataFolder();
    overwriteWithGarbage(appPaths(dataDir).databaseFile);
    const first = await start(dataDir);
    const keptAt =
      first.status().state === 'damaged' ? (first.status() as { damage: { keptAt: string } }).damage.keptAt : '';
    first.close();
    const second = await start(dataDir);
    expect(second.status()).toMatchObject({ state: 'damaged', damage: { keptAt } });
    expect(fs.existsSync(appPaths(dataDir).databaseFile)).toBe(false);
  });

  it('refuses to restore when there is no backup, and leaves the choice open', async () => {
    const dataDir = dataFolder();
    fs.mkdirSync(dataDir, { recursive: true });
    overwriteWithGarbage(appPaths(dataDir).databaseFile);
    const runtime = await start(dataDir);
    expect(runtime.status()).toMatchObject({ state: 'damaged', latestBackup: null });
    expect(await call(runtime, 'app.recoverDatabase', { choice: 'restore' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(runtime.status().state).toBe('damaged');
  });

  it('has nothing to recover when the database is working', async () => {
    const runtime = await start(dataFolder());
    expect(runtime.status()).toEqual({ state: 'ok', latestBackup: null, recovered: null });
    expect(await call(runtime, 'app.recoverDatabase', { choice: 'fresh' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
