import { z } from 'zod';
import { applyPatch } from '@contract/patch';
import { fillerWordsSchema } from '@contract/settings';
import { resolveSettings, type ScoreSettings, type ScoreSettingsOverrides } from '../scoring/settings';
import type { Db } from '../store/database';
import { deleteSettingsRow, readSettingsRow, writeSettingsRow } from '../store/settings-rows';

const KEY = 'scoring';

const n = z.number().finite().min(0);
const part = (keys: readonly string[]) => z.object(Object.fromEntries(keys.map((k) => [k, n.optional()]))).partial();

// Only known norms, each a non-negative number: a bad value falls back to its default instead of skewing scores.
const overridesSchema = z
  .object({
    content: part([
      'coveredAt',
      'partlyAt',
      'creditFrom',
      'questionWeight',
      'idfFloor',
      'keyTermWeight',
      'explanationShare',
      'keywordListFloor',
      'semanticFrom',
      'relatedCredit',
      'semanticCredit',
      'sentenceFrom',
      'sentenceCredit',
      'sentenceNeeds',
      'otherQuestionMargin',
      'otherQuestionUnder',
    ]),
    delivery: part([
      'wpmMin',
      'wpmMax',
      'fillersPerMinuteMax',
      'longPauseSeconds',
      'firstWordSeconds',
      'hedgesPerMinuteMax',
      'repeatMinWords',
      'monotoneSemitones',
      'volumeSpreadMaxDb',
      'trailOffDb',
      'monotoneWeight',
      'volumeWeight',
      'trailingOffWeight',
      'lookingConeDegrees',
    ]).extend({ fillerWords: fillerWordsSchema.partial().optional() }),
    timing: part(['tolerance', 'penaltyPerTenPercent']),
    weights: part(['content', 'delivery', 'timing', 'structure']),
  })
  .partial();

/**
 * The user's changes to the scoring norms (settings row "scoring"); everything
 * not set keeps the default documented in electron/scoring/settings.ts.
 */
export function scoringOverrides(db: Db): ScoreSettingsOverrides {
  return readSettingsRow(db, KEY, overridesSchema, {}) as ScoreSettingsOverrides;
}

/** The norms a take is scored with, defaults filled in: what the review shows beside each figure. */
export function scoringSettings(db: Db): ScoreSettings {
  return resolveSettings(scoringOverrides(db));
}

/** Stores changes to the norms (merged into the stored ones); returns the norms now in force. */
export function updateScoringOverrides(db: Db, patch: ScoreSettingsOverrides): ScoreSettings {
  const next = overridesSchema.parse(applyPatch(scoringOverrides(db), patch)) as ScoreSettingsOverrides;
  writeSettingsRow(db, KEY, next);
  return resolveSettings(next);
}

/** Forgets every change to the scoring norms. */
export function clearScoringOverrides(db: Db): void {
  deleteSettingsRow(db, KEY);
}
