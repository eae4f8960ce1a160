import type { Migration } from './types';

/**
 * One word for spaced repetition: review_cards becomes schedule_cards ("review"
 * is a take's feedback page). The cards are a cache rebuilt from scored takes,
 * but keeping them saves the replay; the due index is rebuilt under its new name.
 */
export const schedule: Migration = {
  version: 9,
  name: 'schedule',
  sql: `
    ALTER TABLE review_cards RENAME TO schedule_cards;
    DROP INDEX review_cards_by_due;
    CREATE INDEX schedule_cards_by_due ON schedule_cards(due);
  `,
};
