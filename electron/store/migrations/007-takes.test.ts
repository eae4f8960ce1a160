import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TakeRepo } from '../../recording/take-repo';
import { connectDatabase, type Db } from '../database';
import { migrate } from '../migrate';
import { migrations } from './index';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A database as the release before the rename left it: schema 6, with a take of each kind and what hangs off it. */
function releasedDatabase(): { db: Db; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-takes-'));
  dirs.push(dir);
  const file = path.join(dir, 'rehearse.sqlite');
  const db = connectDatabase(file);
  expect(migrate(db, migrations.slice(0, 6))).toBe(6);
  db.exec(`
    INSERT INTO decks (id, title, created_at, updated_at) VALUES ('d1', 'Systems', 't0', 't0');
    INSERT INTO questions (id, deck_id, position, prompt, target_seconds, created_at, updated_at)
      VALUES ('q1', 'd1', 0, 'Cut p99 latency?', 90, 't0', 't0');
    INSERT INTO attempts (id, question_id, name, status, started_at, duration_ms, video_file, audio_file, created_at)
      VALUES ('a1', 'q1', 'Best so far', 'recorded', '2026-01-01T10:00:00.000Z', 61000, 'a1.webm', 'a1.wav', 't1');
    INSERT INTO attempts (id, question_id, status, started_at, duration_ms, audio_file, created_at, parent_attempt_id, follow_up)
      VALUES ('a2', 'q1', 'recorded', '2026-01-01T10:02:00.000Z', 20000, 'a2.wav', 't2', 'a1', '{"text":"Why?","points":[]}');
    INSERT INTO attempts (id, question_id, status, started_at, created_at)
      VALUES ('a3', 'q1', 'failed', '2026-01-02T09:00:00.000Z', 't3');
    INSERT INTO jobs (id, kind, attempt_id, status, result, created_at, updated_at)
      VALUES ('j1', 'transcribe', 'a1', 'done', '{"text":"hello"}', 't1', 't1'),
             ('j2', 'score', 'a2', 'done', '{"overall":70}', 't2', 't2');
    INSERT INTO transcript_edits (attempt_id, words, text, edited_at) VALUES ('a1', '[]', 'hello there', 't4');
    INSERT INTO sessions (id, title, options, status, created_at, updated_at) VALUES ('s1', 'Mock', '{}', 'active', 't0', 't0');
    INSERT INTO session_items (session_id, position, question_id, prompt, target_seconds, attempt_id, status)
      VALUES ('s1', 0, 'q1', 'Cut p99 latency?', 90, 'a1', 'answered'),
             ('s1', 1, 'q1', 'Cut p99 latency?', 90, NULL, 'pending');
  `);
  return { db, file };
}

const indexes = (db: Db, table: string) =>
  (db.pragma(`index_list(${table})`) as { name: string }[]).map((i) => i.name).filter((n) => !n.startsWith('sqlite_'));
const foreignKeys = (db: Db, table: string) =>
  (db.pragma(`foreign_key_list(${table})`) as { table: string; from: string; on_delete: string }[]).map(
    ({ table: to, from, on_delete }) => ({ to, from, onDelete: on_delete }),
  );

describe('migration 7: attempts become takes', () => {
  it('keeps every row of a released database under the new names', () => {
    const { db, file } = releasedDatabase();
    expect(migrate(db, migrations.slice(0, 7))).toBe(7);
    db.close();

    const reopened = connectDatabase(file);
    expect(
      reopened
        .prepare(
          'SELECT id, name, status, duration_ms, video_file, audio_file, parent_take_id, follow_up FROM takes ORDER BY id',
        )
        .all(),
    ).toEqual([
      {
        id: 'a1',
        name: 'Best so far',
        status: 'recorded',
        duration_ms: 61000,
        video_file: 'a1.webm',
        audio_file: 'a1.wav',
        parent_take_id: null,
        follow_up: null,
      },
      {
        id: 'a2',
        name: '',
        status: 'recorded',
        duration_ms: 20000,
        video_file: null,
        audio_file: 'a2.wav',
        parent_take_id: 'a1',
        follow_up: '{"text":"Why?","points":[]}',
      },
      {
        id: 'a3',
        name: '',
        status: 'failed',
        duration_ms: null,
        video_file: null,
        audio_file: null,
        parent_take_id: null,
        follow_up: null,
      },
    ]);
    expect(reopened.prepare('SELECT id, take_id, result FROM jobs ORDER BY id').all()).toEqual([
      { id: 'j1', take_id: 'a1', result: '{"text":"hello"}' },
      { id: 'j2', take_id: 'a2', result: '{"overall":70}' },
    ]);
    expect(reopened.prepare('SELECT take_id, text FROM transcript_edits').all()).toEqual([
      { take_id: 'a1', text: 'hello there' },
    ]);
    expect(reopened.prepare('SELECT position, take_id FROM session_items ORDER BY position').all()).toEqual([
      { position: 0, take_id: 'a1' },
      { position: 1, take_id: null },
    ]);
    // The app's own repository reads the migrated takes.
    expect(new TakeRepo(reopened).listForQuestion('q1').map((t) => [t.id, t.name])).toEqual([
      ['a3', ''],
      ['a2', ''],
      ['a1', 'Best so far'],
    ]);
    expect(reopened.prepare("SELECT name FROM sqlite_master WHERE sql LIKE '%attempt%'").pluck().all()).toEqual([]);
    reopened.close();
  });

  it('points every foreign key at takes and keeps its delete rule', () => {
    const { db } = releasedDatabase();
    migrate(db, migrations.slice(0, 7));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(foreignKeys(db, 'takes')).toEqual(
      expect.arrayContaining([
        { to: 'questions', from: 'question_id', onDelete: 'CASCADE' },
        { to: 'takes', from: 'parent_take_id', onDelete: 'CASCADE' },
      ]),
    );
    expect(foreignKeys(db, 'jobs')).toEqual([{ to: 'takes', from: 'take_id', onDelete: 'CASCADE' }]);
    expect(foreignKeys(db, 'transcript_edits')).toEqual([{ to: 'takes', from: 'take_id', onDelete: 'CASCADE' }]);
    expect(foreignKeys(db, 'session_items')).toEqual(
      expect.arrayContaining([{ to: 'takes', from: 'take_id', onDelete: 'SET NULL' }]),
    );

    // Deleting the first take takes its follow-up, their jobs and the edit with it, and unlinks the interview item.
    db.prepare("DELETE FROM takes WHERE id = 'a1'").run();
    expect(db.prepare('SELECT id FROM takes ORDER BY id').pluck().all()).toEqual(['a3']);
    expect(db.prepare('SELECT COUNT(*) FROM jobs').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM transcript_edits').pluck().get()).toBe(0);
    expect(db.prepare('SELECT take_id FROM session_items WHERE position = 0').pluck().get()).toBeNull();
    db.close();
  });

  it('rebuilds the indexes under the new names, and the take lists use them', () => {
    const { db } = releasedDatabase();
    migrate(db, migrations.slice(0, 7));
    expect(indexes(db, 'takes').sort()).toEqual(['takes_by_parent', 'takes_by_question']);
    expect(indexes(db, 'session_items')).toEqual(['session_items_by_take']);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM takes WHERE question_id = 'q1' ORDER BY started_at DESC")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('takes_by_question');
    db.close();
  });
});
