import { applyPatch } from '@contract/patch';
import type { ScoringNorms, ScoringNormsPatch } from '@contract/settings';
import { clearScoringOverrides, scoringSettings, updateScoringOverrides, scoringOverrides } from './scoring-settings';
import { AppError } from '@contract/app-error';
import {
  defaultScoreSettings,
  resolveSettings,
  type ScoreSettings,
  type ScoreSettingsOverrides,
} from '../scoring/settings';
import type { Db } from '../store/database';

const toNorms = (s: ScoreSettings): ScoringNorms => ({
  wpmMin: s.delivery.wpmMin,
  wpmMax: s.delivery.wpmMax,
  fillersPerMinuteMax: s.delivery.fillersPerMinuteMax,
  longPauseSeconds: s.delivery.longPauseSeconds,
  monotoneSemitones: s.delivery.monotoneSemitones,
  volumeSpreadMaxDb: s.delivery.volumeSpreadMaxDb,
  trailOffDb: s.delivery.trailOffDb,
  monotoneWeight: s.delivery.monotoneWeight,
  volumeWeight: s.delivery.volumeWeight,
  trailingOffWeight: s.delivery.trailingOffWeight,
  lookingConeDegrees: s.delivery.lookingConeDegrees,
  timingTolerance: s.timing.tolerance,
  weights: { ...s.weights },
});

/** The norms the Settings page edits: a view over the scorer's settings (settings row "scoring"). */
export function readNorms(db: Db) {
  return { norms: toNorms(scoringSettings(db)), defaults: toNorms(defaultScoreSettings) };
}

/** The norms patch in the scorer's terms: only the fields the user sent. */
function toOverrides(patch: ScoringNormsPatch): ScoreSettingsOverrides {
  const { timingTolerance, weights, ...delivery } = patch;
  return applyPatch<ScoreSettingsOverrides>({}, { delivery, timing: { tolerance: timingTolerance }, weights });
}

export function updateNorms(db: Db, patch: ScoringNormsPatch, reset: boolean): ScoringNorms {
  const overrides = toOverrides(patch);
  const prospective = toNorms(
    resolveSettings(applyPatch<ScoreSettingsOverrides>(reset ? {} : scoringOverrides(db), overrides)),
  );
  if (prospective.wpmMin > prospective.wpmMax) {
    throw new AppError('VALIDATION', { reason: 'pace-range' });
  }
  const w = prospective.weights;
  if (w.content + w.delivery + w.timing + w.structure <= 0) {
    throw new AppError('VALIDATION', { reason: 'weights-all-zero' });
  }
  if (reset) {
    // The filler list has its own reset beside it on the Settings page; resetting the numbers keeps it.
    const fillerWords = scoringOverrides(db).delivery?.fillerWords;
    clearScoringOverrides(db);
    if (fillerWords) updateScoringOverrides(db, { delivery: { fillerWords } });
  }
  return toNorms(updateScoringOverrides(db, overrides));
}
