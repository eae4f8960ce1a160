import type { Migration } from './types';

export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE decks (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      source_name TEXT,
      source_hash TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE questions (
      id TEXT PRIMARY KEY,
      deck_id TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      prompt TEXT NOT NULL,
      model_answer TEXT NOT NULL DEFAULT '',
      section TEXT NOT NULL DEFAULT '',
      difficulty TEXT,
      kind TEXT NOT NULL DEFAULT 'technical',
      target_seconds INTEGER NOT NULL,
      target_source TEXT NOT NULL DEFAULT 'default',
      source_line INTEGER,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX questions_by_deck ON questions(deck_id, position);

    CREATE TABLE attempts (
      id TEXT PRIMARY KEY,
      question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
      name TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL,
      started_at TEXT NOT NULL,
      duration_ms INTEGER,
      video_file TEXT,
      audio_file TEXT,
      created_at TEXT NOT NULL
    );
    CREATE INDEX attempts_by_question ON attempts(question_id, started_at);

    CREATE TABLE jobs (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      attempt_id TEXT REFERENCES attempts(id) ON DELETE CASCADE,
      status TEXT NOT NULL,
      progress REAL NOT NULL DEFAULT 0,
      payload TEXT,
      result TEXT,
      error_code TEXT,
      error_message TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX jobs_by_status ON jobs(status, created_at);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
};
