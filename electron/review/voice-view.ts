import type { VoiceView } from '@contract/review';
import type { VoiceResult } from '../scoring/delivery/voice-score';
import type { ScoreSettings } from '../scoring/settings';

/** The voice measures as the review shows them, each beside the norm it was judged by. */
export function voiceView(voice: VoiceResult, settings: ScoreSettings['delivery']): VoiceView {
  if (voice.status !== 'measured') return { status: 'not-enough', reason: voice.reason, pace: voice.pace };
  const { pitch, volume, trailingOff } = voice;
  return {
    status: 'measured',
    pitchSpread: pitch.spread,
    pitchSpreadNorm: settings.monotoneSemitones,
    pitchRange: pitch.range,
    medianHz: pitch.medianHz,
    monotone: pitch.monotone,
    monotoneShare: pitch.monotoneShare,
    volumeDb: volume?.db ?? null,
    volumeSpreadDb: volume?.spread ?? null,
    volumeSpreadMaxDb: settings.volumeSpreadMaxDb,
    trailingOff: trailingOff
      ? { count: trailingOff.count, sentences: trailingOff.sentences.length, share: trailingOff.share }
      : null,
    trailOffDb: settings.trailOffDb,
    pace: voice.pace,
    lane: voice.lane,
  };
}
