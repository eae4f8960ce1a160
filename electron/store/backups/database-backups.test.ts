import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../logger';
import { openDatabase, type Db } from '../database';
import { migrate, migrateWithBackup } from '../migrate';
import { migrations } from '../migrations';
import { startDailyBackup } from './daily-backup';
import { BACKUPS_KEPT, DatabaseBackups } from './database-backups';

const dirs: string[] = [];
const open: Db[] = [];
afterEach(() => {
  open.splice(0).forEach((db) => db.open && db.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function folder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-backups-'));
  dirs.push(dir);
  return dir;
}

/** A clock the test moves by hand. */
function clock(start = '2026-01-10T08:00:00.000Z') {
  let time = Date.parse(start);
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
}

const DAY = 24 * 60 * 60 * 1000;

function addDeck(db: Db, title: string) {
  db.prepare("INSERT INTO decks (id, title, created_at, updated_at) VALUES (?, ?, 'x', 'x')").run(title, title);
}

function decksIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT title FROM decks ORDER BY title').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('automatic backups', () => {
  it(`keeps the newest ${BACKUPS_KEPT}, each a working copy of the data as it was that day`, async () => {
    const dir = folder();
    const time = clock();
    const db = openDatabase(path.join(dir, 'rehearse.sqlite'));
    open.push(db);
    const backups = new DatabaseBackups(path.join(dir, 'backups'), time.now);
    // A copy a crash cut short on an earlier day: never listed, cleared with the old backups.
    fs.mkdirSync(backups.dir);
    fs.writeFileSync(path.join(backups.dir, 'rehearse-2026-01-01T08-00-00-000Z.sqlite.partial'), 'half');
    expect(backups.list()).toEqual([]);
    for (let day = 1; day <= 10; day++) {
      addDeck(db, `day ${String(day).padStart(2, '0')}`);
      await backups.create(db);
      time.advance(DAY);
    }
    const kept = backups.list();
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(fs.readdirSync(backups.dir)).toHaveLength(BACKUPS_KEPT);
    expect(kept.map((b) => b.takenAt.slice(0, 10))).toEqual([
      '2026-01-19',
      '2026-01-18',
      '2026-01-17',
      '2026-01-16',
      '2026-01-15',
      '2026-01-14',
      '2026-01-13',
    ]);
    expect(backups.latest()).toEqual(kept[0]);
    expect(decksIn(kept[0]!.path)).toHaveLength(10);
    expect(decksIn(kept[6]!.path)).toHaveLength(4);
  });

  it('is due with no backup, not again until a day has passed', async () => {
    const dir = folder();
    const time = clock();
    const db = openDatabase(path.join(dir, 'rehearse.sqlite'));
    open.push(db);
    const backups = new DatabaseBackups(path.join(dir, 'backups'), time.now);
    expect(backups.isDue()).toBe(true);
    await backups.create(db);
    time.advance(DAY - 1000);
    expect(backups.isDue()).toBe(false);
    time.advance(1000);
    expect(backups.isDue()).toBe(true);
  });

  it('takes the day’s backup on a timer while the app runs', async () => {
    const dir = folder();
    const time = clock();
    const db = openDatabase(path.join(dir, 'rehearse.sqlite'));
    open.push(db);
    const backups = new DatabaseBackups(path.join(dir, 'backups'), time.now);
    const daily = startDailyBackup(db, backups, silentLogger, 10);
    try {
      await vi.waitFor(() => expect(backups.list()).toHaveLength(1));
      addDeck(db, 'next day');
      time.advance(DAY);
      await vi.waitFor(() => expect(backups.list()).toHaveLength(2));
      expect(decksIn(backups.latest()!.path)).toContain('next day');
      // Within the day, the timer leaves things as they are.
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(backups.list()).toHaveLength(2);
    } finally {
      daily.stop();
    }
  });
});

describe('backup before a migration', () => {
  function olderDatabase(dir: string) {
    const db = new Database(path.join(dir, 'rehearse.sqlite'));
    open.push(db);
    migrate(db, migrations.slice(0, 1));
    addDeck(db, 'Made with version 1');
    return db;
  }

  it('copies the data as it was before the schema changes, then migrates', async () => {
    const dir = folder();
    const db = olderDatabase(dir);
    const backups = new DatabaseBackups(path.join(dir, 'backups'));
    expect(await migrateWithBackup(db, (label) => backups.create(db, label))).toBe(migrations.length);
    const [backup] = backups.list();
    expect(backups.list()).toHaveLength(1);
    expect(path.basename(backup!.path)).toMatch(new RegExp(`-before-v${migrations.length}\\.sqlite$`));
    const copy = new Database(backup!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT title FROM decks').pluck().all()).toEqual(['Made with version 1']);
    copy.close();
  });

  it('migrates nothing when the backup cannot be made', async () => {
    const db = olderDatabase(folder());
    const failing = () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    await expect(migrateWithBackup(db, failing)).rejects.toThrow('disk full');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('makes no backup of a new database or of one already up to date', async () => {
    const dir = folder();
    const backups = new DatabaseBackups(path.join(dir, 'backups'));
    const fresh = new Database(path.join(dir, 'new.sqlite'));
    open.push(fresh);
    await migrateWithBackup(fresh, (label) => backups.create(fresh, label));
    await migrateWithBackup(fresh, (label) => backups.create(fresh, label));
    expect(fresh.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(backups.list()).toEqual([]);
  });
});
