import type { Migration } from './types';

/**
 * Interviewer follow-ups: a follow-up answer is a take of the same question
 * linked to the take it follows up on, with the follow-up as it was asked (its
 * text and the key points it probes, JSON) so it is scored against those points
 * only. Deleting the first take deletes its follow-ups with it.
 */
export const followUps: Migration = {
  version: 6,
  name: 'follow-ups',
  sql: `
    ALTER TABLE attempts ADD COLUMN parent_attempt_id TEXT REFERENCES attempts(id) ON DELETE CASCADE;
    ALTER TABLE attempts ADD COLUMN follow_up TEXT;
    CREATE INDEX attempts_by_parent ON attempts(parent_attempt_id);
  `,
};
