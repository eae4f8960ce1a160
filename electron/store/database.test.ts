import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { migrate } from './migrate';
import { migrations } from './migrations';

const dirs: string[] = [];
function tempFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-db-'));
  dirs.push(dir);
  return path.join(dir, 'test.sqlite');
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('database', () => {
  it('migrates an empty database to the latest schema in WAL mode', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['decks', 'questions', 'takes', 'jobs', 'settings']));
    db.close();
  });

  it('brings an existing database forward without touching its data', () => {
    const file = tempFile();
    const first = new Database(file);
    migrate(first, migrations.slice(0, 1));
    first.prepare("INSERT INTO decks (id, title, created_at, updated_at) VALUES ('d1', 'Kept', 'x', 'x')").run();
    first.close();

    const extra = { version: migrations.length + 1, name: 'test-extra', sql: 'CREATE TABLE extra (id TEXT);' };
    const db = new Database(file);
    expect(migrate(db, [...migrations, extra])).toBe(migrations.length + 1);
    expect(db.prepare('SELECT title FROM decks').pluck().get()).toBe('Kept');
    expect(migrate(db, [...migrations, extra])).toBe(migrations.length + 1);
    db.close();
  });

  it('refuses a database from a newer version instead of damaging it', () => {
    const file = tempFile();
    const db = new Database(file);
    db.pragma('user_version = 999');
    expect(() => migrate(db)).toThrow(/newer Rehearse/);
    db.close();
  });

  it('rolls back a failing migration and keeps the last good version', () => {
    const db = new Database(tempFile());
    const broken = { version: migrations.length + 1, name: 'broken', sql: 'CREATE TABLE ok1 (id TEXT); NOT SQL;' };
    expect(() => migrate(db, [...migrations, broken])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok1'").get()).toBeUndefined();
    db.close();
  });
});
