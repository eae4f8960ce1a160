import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InterviewRepo } from '../../interviews/interview-repo';
import { connectDatabase, type Db } from '../database';
import { migrate } from '../migrate';
import { migrations } from './index';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A database as the release before the rename left it (schema 6): a paused mock interview, one question answered. */
function releasedDatabase(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-interviews-'));
  dirs.push(dir);
  const db = connectDatabase(path.join(dir, 'rehearse.sqlite'));
  expect(migrate(db, migrations.slice(0, 6))).toBe(6);
  db.exec(`
    INSERT INTO decks (id, title, created_at, updated_at) VALUES ('d1', 'Systems', 't0', 't0');
    INSERT INTO questions (id, deck_id, position, prompt, target_seconds, created_at, updated_at)
      VALUES ('q1', 'd1', 0, 'Cut p99 latency?', 90, 't0', 't0'),
             ('q2', 'd1', 1, 'Design a queue', 120, 't0', 't0');
    INSERT INTO attempts (id, question_id, status, started_at, duration_ms, created_at)
      VALUES ('a1', 'q1', 'recorded', '2026-01-01T10:00:00.000Z', 61000, 't1');
    INSERT INTO sessions (id, title, deck_id, options, status, current_index, created_at, updated_at)
      VALUES ('s1', 'Systems, 2 questions', 'd1', '{"length":{"kind":"count","count":2}}', 'paused', 1, 't0', 't2');
    INSERT INTO session_items (session_id, position, question_id, prompt, section, target_seconds, attempt_id, status, answered_at)
      VALUES ('s1', 0, 'q1', 'Cut p99 latency?', 'Scale', 90, 'a1', 'answered', 't1'),
             ('s1', 1, 'q2', 'Design a queue', '', 120, NULL, 'pending', NULL);
  `);
  return db;
}

const indexes = (db: Db, table: string) =>
  (db.pragma(`index_list(${table})`) as { name: string }[]).map((i) => i.name).filter((n) => !n.startsWith('sqlite_'));

describe('migration 8: mock interview sessions become interviews', () => {
  it('keeps a paused interview with its answered and pending questions, readable by the app', () => {
    const db = releasedDatabase();
    expect(migrate(db)).toBe(migrations.length);
    const interview = new InterviewRepo(db).get('s1', 5);
    expect(interview).toMatchObject({
      id: 's1',
      title: 'Systems, 2 questions',
      deckId: 'd1',
      status: 'paused',
      currentIndex: 1,
    });
    expect(interview!.options.length).toEqual({ kind: 'count', count: 2 });
    expect(interview!.items.map((i) => [i.position, i.questionId, i.takeId, i.status])).toEqual([
      [0, 'q1', 'a1', 'answered'],
      [1, 'q2', null, 'pending'],
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE sql LIKE '%session%'").pluck().all()).toEqual([]);
    db.close();
  });

  it('keeps the foreign keys, their delete rules and the indexes under the new names', () => {
    const db = releasedDatabase();
    migrate(db);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const keys = (
      db.pragma('foreign_key_list(interview_items)') as { table: string; from: string; on_delete: string }[]
    )
      .map((k) => `${k.from} -> ${k.table} ${k.on_delete}`)
      .sort();
    expect(keys).toEqual([
      'interview_id -> interviews CASCADE',
      'question_id -> questions SET NULL',
      'take_id -> takes SET NULL',
    ]);
    expect(indexes(db, 'interviews')).toEqual(['interviews_by_status']);
    expect(indexes(db, 'interview_items')).toEqual(['interview_items_by_take']);

    // A deleted take only unlinks its item; a deleted interview takes its items with it.
    db.prepare("DELETE FROM takes WHERE id = 'a1'").run();
    expect(db.prepare('SELECT take_id FROM interview_items WHERE position = 0').pluck().get()).toBeNull();
    db.prepare("DELETE FROM interviews WHERE id = 's1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM interview_items').pluck().get()).toBe(0);
    db.close();
  });
});
