import type { Migration } from './types';

/**
 * Deck library: a deleted deck stays restorable (Undo) until it is purged,
 * and each question remembers the prompt it was imported with, so importing
 * the same guide again updates it even after the prompt was edited in the app.
 */
export const deckLibrary: Migration = {
  version: 4,
  name: 'deck-library',
  sql: `
    ALTER TABLE decks ADD COLUMN deleted_at TEXT;
    CREATE INDEX decks_by_deleted ON decks(deleted_at);
    ALTER TABLE questions ADD COLUMN import_key TEXT;
    CREATE INDEX questions_by_import_key ON questions(deck_id, import_key);
  `,
};
