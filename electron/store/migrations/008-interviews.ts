import type { Migration } from './types';

/**
 * One word for a mock interview: sessions become interviews and session_items
 * interview_items, keyed by interview_id. SQLite carries the rows and the
 * foreign keys; the indexes are rebuilt under the new names.
 */
export const interviews: Migration = {
  version: 8,
  name: 'interviews',
  sql: `
    ALTER TABLE sessions RENAME TO interviews;
    ALTER TABLE session_items RENAME TO interview_items;
    ALTER TABLE interview_items RENAME COLUMN session_id TO interview_id;

    DROP INDEX sessions_by_status;
    CREATE INDEX interviews_by_status ON interviews(status, updated_at);
    DROP INDEX session_items_by_take;
    CREATE INDEX interview_items_by_take ON interview_items(take_id);
  `,
};
