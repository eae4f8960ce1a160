import type { Migration } from './types';

/**
 * A user's corrections to a take's transcript. The recogniser's transcript
 * stays in its transcription job, untouched, so an edit can be undone.
 */
export const transcriptEdits: Migration = {
  version: 3,
  name: 'transcript-edits',
  sql: `
    CREATE TABLE transcript_edits (
      attempt_id TEXT PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
      words TEXT NOT NULL,
      text TEXT NOT NULL,
      edited_at TEXT NOT NULL
    );
  `,
};
