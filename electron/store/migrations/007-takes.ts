import type { Migration } from './types';

/**
 * One word for a recorded answer: the attempts table becomes takes, and every
 * attempt_id column take_id. SQLite carries the rows and repoints the foreign
 * keys of jobs, transcript edits, interview items and follow-ups by itself;
 * indexes keep working but not their names, so those are rebuilt under the
 * new ones.
 */
export const takes: Migration = {
  version: 7,
  name: 'takes',
  sql: `
    ALTER TABLE attempts RENAME TO takes;
    ALTER TABLE takes RENAME COLUMN parent_attempt_id TO parent_take_id;
    ALTER TABLE jobs RENAME COLUMN attempt_id TO take_id;
    ALTER TABLE transcript_edits RENAME COLUMN attempt_id TO take_id;
    ALTER TABLE session_items RENAME COLUMN attempt_id TO take_id;

    DROP INDEX attempts_by_question;
    CREATE INDEX takes_by_question ON takes(question_id, started_at);
    DROP INDEX attempts_by_parent;
    CREATE INDEX takes_by_parent ON takes(parent_take_id);
    DROP INDEX session_items_by_attempt;
    CREATE INDEX session_items_by_take ON session_items(take_id);
  `,
};
