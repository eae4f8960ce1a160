import type { FillerWordsSetting } from '@contract/settings';
import { AppError } from '@contract/app-error';
import { scoringSettings, updateScoringOverrides } from './scoring-settings';
import { builtInFillers } from '../scoring/delivery/fillers';
import type { Db } from '../store/database';

const unique = (list: readonly string[]) => [...new Set(list)];

/** The filler list the Settings page edits: stored with the scoring norms (settings row "scoring"). */
export function readFillers(db: Db) {
  const { added, removed } = scoringSettings(db).delivery.fillerWords;
  return { added: [...added], removed: [...removed], builtIn: [...builtInFillers] };
}

/**
 * Replaces the user's changes to the filler list. Later takes are scored with it; a take already scored
 * keeps its figures until the user asks for it to be scored again, as with the other norms.
 */
export function updateFillers(db: Db, change: FillerWordsSetting) {
  const added = unique(change.added);
  const removed = unique(change.removed);
  const builtIn = added.find((phrase) => builtInFillers.includes(phrase));
  if (builtIn) {
    throw new AppError('VALIDATION', { reason: 'filler-built-in', word: builtIn });
  }
  const unknown = removed.find((phrase) => !builtInFillers.includes(phrase));
  if (unknown) throw new AppError('VALIDATION', { reason: 'filler-not-built-in', word: unknown });
  updateScoringOverrides(db, { delivery: { fillerWords: { added, removed } } });
  return readFillers(db);
}
