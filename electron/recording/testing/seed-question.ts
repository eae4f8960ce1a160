import type { Db } from '../../store/database';

/** A deck with one question, straight into SQLite, for recording tests that need a question id. */
export function seedQuestion(db: Db, questionId = 'q1'): string {
  const now = new Date().toISOString();
  db.prepare('INSERT OR IGNORE INTO decks (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
    'deck-rec',
    'Recording tests',
    now,
    now,
  );
  db.prepare(
    `INSERT INTO questions (id, deck_id, position, prompt, target_seconds, created_at, updated_at)
     VALUES (?, 'deck-rec', 0, 'Tell me about yourself.', 60, ?, ?)`,
  ).run(questionId, now, now);
  return questionId;
}
