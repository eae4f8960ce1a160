import type { ScoreSettings } from '../settings';
import type { WordRef } from '../types';
import type { VoiceTrack } from '../../voice/voice-track';
import type { Deduction } from './deduction';
import { paceWindows, type PaceWindow } from './pace-windows';
import { measurePitchVariation, type PitchVariation } from './pitch-variation';
import { measureTrailingOff, type TrailingOff } from './trailing-off';
import { voiceLane, type VoiceLane } from './voice-lane';
import { measureVolume, type Volume } from './volume';

export type VoiceResult =
  | {
      status: 'measured';
      pitch: PitchVariation;
      volume: Volume | null;
      trailingOff: TrailingOff | null;
      pace: PaceWindow[];
      lane: VoiceLane;
    }
  | { status: 'not-enough'; reason: string; pace: PaceWindow[] };

type VoiceSettings = Pick<
  ScoreSettings['delivery'],
  'monotoneSemitones' | 'volumeSpreadMaxDb' | 'trailOffDb' | 'monotoneWeight' | 'volumeWeight' | 'trailingOffWeight'
>;

// Whole seconds are dropped, as the review page's clock does.
const clock = (seconds: number) => {
  const s = Math.floor(Math.max(0, seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** Pitch variation, volume, trailing off and pace over time from the take's voice track and timed words. */
export function measureVoice(
  track: VoiceTrack | null,
  words: readonly WordRef[],
  settings: VoiceSettings,
): VoiceResult {
  const pace = paceWindows(words);
  if (!track) return { status: 'not-enough', reason: 'The recording could not be read.', pace };
  const pitch = measurePitchVariation(track, settings.monotoneSemitones);
  if (!pitch) return { status: 'not-enough', reason: 'There was too little voiced speech to measure.', pace };
  return {
    status: 'measured',
    pitch,
    volume: measureVolume(track),
    trailingOff: measureTrailingOff(track, words, settings.trailOffDb),
    pace,
    lane: voiceLane(track),
  };
}

/** What the voice costs the delivery score, each deduction with the tip that wins it back. */
export function voiceDeductions(voice: VoiceResult, settings: VoiceSettings): Deduction[] {
  if (voice.status !== 'measured') return [];
  const deductions: Deduction[] = [];
  const { pitch, volume, trailingOff } = voice;
  if (pitch.monotoneShare > 0 && settings.monotoneWeight > 0) {
    const longest = [...pitch.monotone].sort((a, b) => b.end - b.start - (a.end - a.start))[0]!;
    deductions.push({
      reason: `Pitch spread under ${settings.monotoneSemitones} semitones in ${Math.round(pitch.monotoneShare * 100)}% of the answer.`,
      points: Math.round(settings.monotoneWeight * pitch.monotoneShare),
      tip: `Your voice stayed flat from ${clock(longest.start)} to ${clock(longest.end)} — lift key words.`,
    });
  }
  if (volume && volume.spread > settings.volumeSpreadMaxDb && settings.volumeWeight > 0) {
    const over = (volume.spread - settings.volumeSpreadMaxDb) / Math.max(1, settings.volumeSpreadMaxDb);
    deductions.push({
      reason: `Volume wandered by ${volume.spread} dB between passages (norm ${settings.volumeSpreadMaxDb} dB).`,
      points: Math.round(Math.min(1, over) * settings.volumeWeight),
      tip: 'Your volume rose and fell between passages; keep a steady, projected voice.',
    });
  }
  if (trailingOff && trailingOff.share >= 0.3 && settings.trailingOffWeight > 0) {
    deductions.push({
      reason: `${trailingOff.count} of ${trailingOff.sentences.length} sentences ended ${settings.trailOffDb} dB or more quieter than they began.`,
      points: Math.round(settings.trailingOffWeight * trailingOff.share),
      tip: 'You trail off at the ends of sentences — carry your voice through the last word.',
    });
  }
  return deductions.filter((d) => d.points >= 1);
}
