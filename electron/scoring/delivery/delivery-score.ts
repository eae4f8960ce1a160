import type { ScoreSettings } from '../settings';
import type { Transcript } from '../transcript';
import { findFillers, type PhraseHit } from './fillers';
import { findHedges, findRepeats } from './hedges';
import { findPauses, measurePace, type Pause } from './pace';
import { measureVoice, voiceDeductions, type VoiceResult } from './voice-score';
import type { VoiceTrack } from '../../voice/voice-track';
import type { Deduction } from './deduction';

export type { Deduction } from './deduction';

export interface DeliveryResult {
  score: number;
  wpm: number;
  wordCount: number;
  speakingSeconds: number;
  firstWordSeconds: number | null;
  fillers: PhraseHit[];
  fillersPerMinute: number;
  pauses: Pause[];
  hedges: PhraseHit[];
  repeats: PhraseHit[];
  /** Why the score is below 100, each reason with the points it cost. */
  deductions: Deduction[];
  /** Pitch, volume, trailing off and pace over time; absent when the scorer was given no voice track. */
  voice?: VoiceResult;
}

const perMinute = (count: number, seconds: number) => (seconds > 0 ? Math.round((count / seconds) * 600) / 10 : 0);

/** Pace, fillers, pauses, hedges, repetitions and the time to the first word; every deduction names its count. */
export function scoreDelivery(
  transcript: Transcript,
  durationSeconds: number,
  settings: ScoreSettings['delivery'],
  /** The take's voice track; null when the recording could not be read, undefined when none was analysed. */
  track?: VoiceTrack | null,
): DeliveryResult {
  const { words, timed } = transcript;
  const pace = measurePace(words, durationSeconds, timed);
  const fillers = findFillers(words, settings.fillerWords);
  const hedges = findHedges(words);
  const repeats = findRepeats(words);
  const pauses = timed ? findPauses(words, settings.longPauseSeconds) : [];
  const minutesBase = pace.speakingSeconds;
  const fillersPerMinute = perMinute(fillers.length, minutesBase);
  const hedgesPerMinute = perMinute(hedges.length, minutesBase);
  const deductions: Deduction[] = [];
  const deduct = (reason: string, points: number) => {
    if (points >= 1) deductions.push({ reason, points: Math.round(points) });
  };
  if (words.length === 0) deduct('No words were recognised.', 100);
  else {
    if (pace.wpm < settings.wpmMin)
      deduct(`Pace ${pace.wpm} wpm is below ${settings.wpmMin}.`, Math.min(40, (settings.wpmMin - pace.wpm) * 0.8));
    if (pace.wpm > settings.wpmMax)
      deduct(`Pace ${pace.wpm} wpm is above ${settings.wpmMax}.`, Math.min(40, (pace.wpm - settings.wpmMax) * 0.8));
    const extraFillers = fillersPerMinute - settings.fillersPerMinuteMax;
    if (extraFillers > 0)
      deduct(`${fillers.length} fillers (${fillersPerMinute} per minute).`, Math.min(30, extraFillers * 6));
    if (pauses.length > 0)
      deduct(`${pauses.length} pauses of ${settings.longPauseSeconds} s or more.`, Math.min(20, pauses.length * 4));
    const extraHedges = hedgesPerMinute - settings.hedgesPerMinuteMax;
    if (extraHedges > 0)
      deduct(`${hedges.length} hedges (${hedgesPerMinute} per minute).`, Math.min(15, extraHedges * 5));
    if (repeats.length > 0) deduct(`${repeats.length} repeated words or phrases.`, Math.min(10, repeats.length * 2));
    const lateStart = (pace.firstWordSeconds ?? 0) - settings.firstWordSeconds;
    if (lateStart > 0) deduct(`First word after ${pace.firstWordSeconds} s.`, Math.min(10, lateStart * 2));
  }
  const voice = track === undefined ? undefined : measureVoice(track, words, settings);
  if (voice && words.length > 0) deductions.push(...voiceDeductions(voice, settings));
  const lost = deductions.reduce((sum, d) => sum + d.points, 0);
  return {
    score: Math.max(0, 100 - lost),
    wpm: pace.wpm,
    wordCount: pace.wordCount,
    speakingSeconds: pace.speakingSeconds,
    firstWordSeconds: pace.firstWordSeconds,
    fillers,
    fillersPerMinute,
    pauses,
    hedges,
    repeats,
    deductions,
    ...(voice && { voice }),
  };
}
