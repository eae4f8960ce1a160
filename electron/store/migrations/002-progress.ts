import type { Migration } from './types';

/**
 * Spaced repetition and mock interviews.
 * review_cards is derived from scored takes (see electron/schedule/scheduler.ts) and cached here with
 * the history it was built from, so a re-scored or deleted take triggers a replay instead of drift.
 * session_items keep the prompt and target they were asked with, so a report still reads well after
 * the deck is edited or deleted; a deleted take only clears its link.
 */
export const progress: Migration = {
  version: 2,
  name: 'progress',
  sql: `
    CREATE TABLE review_cards (
      question_id TEXT PRIMARY KEY REFERENCES questions(id) ON DELETE CASCADE,
      due TEXT NOT NULL,
      stability REAL NOT NULL,
      difficulty REAL NOT NULL,
      scheduled_days INTEGER NOT NULL,
      learning_steps INTEGER NOT NULL,
      reps INTEGER NOT NULL,
      lapses INTEGER NOT NULL,
      state TEXT NOT NULL,
      last_review TEXT,
      last_score REAL,
      history_key TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX review_cards_by_due ON review_cards(due);

    CREATE TABLE sessions (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      deck_id TEXT REFERENCES decks(id) ON DELETE SET NULL,
      options TEXT NOT NULL,
      status TEXT NOT NULL,
      current_index INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      finished_at TEXT
    );
    CREATE INDEX sessions_by_status ON sessions(status, updated_at);

    CREATE TABLE session_items (
      session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      question_id TEXT REFERENCES questions(id) ON DELETE SET NULL,
      prompt TEXT NOT NULL,
      section TEXT NOT NULL DEFAULT '',
      target_seconds INTEGER NOT NULL,
      attempt_id TEXT REFERENCES attempts(id) ON DELETE SET NULL,
      status TEXT NOT NULL DEFAULT 'pending',
      answered_at TEXT,
      PRIMARY KEY (session_id, position)
    );
    CREATE INDEX session_items_by_attempt ON session_items(attempt_id);
  `,
};
