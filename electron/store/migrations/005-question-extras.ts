import type { Migration } from './types';

/**
 * What a guide says about a question besides its model answer: coaching notes
 * (shown, never scored), the source it cites, its tags, and other versions of
 * the answer with their own targets (JSON), with the label of the version the
 * user chose to rehearse.
 */
export const questionExtras: Migration = {
  version: 5,
  name: 'question-extras',
  sql: `
    ALTER TABLE questions ADD COLUMN notes TEXT NOT NULL DEFAULT '';
    ALTER TABLE questions ADD COLUMN source_note TEXT NOT NULL DEFAULT '';
    ALTER TABLE questions ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE questions ADD COLUMN answer_label TEXT NOT NULL DEFAULT '';
    ALTER TABLE questions ADD COLUMN alternatives TEXT NOT NULL DEFAULT '[]';
  `,
};
