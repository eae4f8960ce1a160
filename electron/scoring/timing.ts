import type { ScoreSettings } from './settings';

export interface TimingResult {
  score: number;
  targetSeconds: number;
  durationSeconds: number;
  /** Where the target came from: given with the question, or the model answer read at a middle pace. */
  targetSource: 'given' | 'model-answer';
  /** Positive when over the target, negative when under. */
  overSeconds: number;
  onTarget: boolean;
  /** Words per minute that would have fitted the words spoken into the target. */
  paceToFitWpm: number;
}

/** Middle of the 130-160 wpm norm, used to turn a model answer's length into a target when none is given. */
const modelAnswerWpm = 145;

export function targetFromModelAnswer(modelAnswerWords: number): number {
  return Math.min(180, Math.max(30, Math.round((modelAnswerWords / modelAnswerWpm) * 60)));
}

/** Duration against the target: within the tolerance it is on target; beyond it, points go per 10% over or under. */
export function scoreTiming(
  durationSeconds: number,
  wordCount: number,
  target: { seconds: number; source: TimingResult['targetSource'] },
  settings: ScoreSettings['timing'],
): TimingResult {
  const targetSeconds = Math.max(1, target.seconds);
  const ratio = durationSeconds / targetSeconds;
  const beyond = Math.max(0, Math.abs(ratio - 1) - settings.tolerance);
  const score = wordCount === 0 ? 0 : Math.max(0, Math.round(100 - (beyond / 0.1) * settings.penaltyPerTenPercent));
  return {
    score,
    targetSeconds: Math.round(targetSeconds * 10) / 10,
    durationSeconds: Math.round(durationSeconds * 10) / 10,
    targetSource: target.source,
    overSeconds: Math.round((durationSeconds - targetSeconds) * 10) / 10,
    onTarget: beyond === 0,
    paceToFitWpm: Math.round((wordCount / targetSeconds) * 60),
  };
}
