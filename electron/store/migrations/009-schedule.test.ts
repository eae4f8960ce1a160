import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectDatabase, type Db } from '../database';
import { migrate } from '../migrate';
import { migrations } from './index';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A database as the release before the rename left it (schema 6), with one card on the schedule. */
function releasedDatabase(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-schedule-'));
  dirs.push(dir);
  const db = connectDatabase(path.join(dir, 'rehearse.sqlite'));
  expect(migrate(db, migrations.slice(0, 6))).toBe(6);
  db.exec(`
    INSERT INTO decks (id, title, created_at, updated_at) VALUES ('d1', 'Systems', 't0', 't0');
    INSERT INTO questions (id, deck_id, position, prompt, target_seconds, created_at, updated_at)
      VALUES ('q1', 'd1', 0, 'Cut p99 latency?', 90, 't0', 't0');
    INSERT INTO review_cards (question_id, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses,
        state, last_review, last_score, history_key, updated_at)
      VALUES ('q1', '2026-01-04T10:00:00.000Z', 3.2, 5.1, 3, 0, 2, 0, 'review', '2026-01-01T10:00:00.000Z', 72, 'k1', 't1');
  `);
  return db;
}

describe('migration 9: review cards become schedule cards', () => {
  it('keeps every card with its due date, its foreign key and the due index', () => {
    const db = releasedDatabase();
    expect(migrate(db)).toBe(migrations.length);
    expect(
      db.prepare('SELECT question_id, due, reps, state, last_score, history_key FROM schedule_cards').all(),
    ).toEqual([
      {
        question_id: 'q1',
        due: '2026-01-04T10:00:00.000Z',
        reps: 2,
        state: 'review',
        last_score: 72,
        history_key: 'k1',
      },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'review_cards%'").pluck().all()).toEqual([]);
    const indexes = (db.pragma('index_list(schedule_cards)') as { name: string }[]).map((i) => i.name);
    expect(indexes).toContain('schedule_cards_by_due');
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM schedule_cards WHERE due < '2026-02-01'").all() as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('schedule_cards_by_due');

    // Deleting the question still removes its card.
    db.prepare("DELETE FROM questions WHERE id = 'q1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM schedule_cards').pluck().get()).toBe(0);
    db.close();
  });
});
