import { meanDb } from '../../voice/loudness';
import type { VoiceTrack } from '../../voice/voice-track';
import { PITCH_WINDOW_SECONDS } from './pitch-variation';
import { round1, slidingWindows, standardDeviation, type Span } from './voice-windows';

export interface VolumeWindow extends Span {
  /** Level of the window's voiced frames, dBFS. */
  db: number;
}

export interface Volume {
  /** Level of all voiced frames of the answer, dBFS. */
  db: number;
  windows: VolumeWindow[];
  /** Standard deviation of the windows' levels, dB: low is a steady voice. */
  spread: number;
}

// Level is measured where the voice is (voiced frames), so pauses do not read as "quiet".
const minVoicedFrames = 50;
const windowHop = 4;

/** Voiced frames' levels within a span. */
export function voicedLevels(track: VoiceTrack, span: Span): number[] {
  const from = Math.max(0, Math.round(span.start / track.hopSeconds));
  const to = Math.min(track.f0.length, Math.round(span.end / track.hopSeconds));
  const levels: number[] = [];
  for (let k = from; k < to; k++) if (track.f0[k]! > 0) levels.push(track.db[k]!);
  return levels;
}

/** Loudness per 8 s window of speech, and how much it wanders. */
export function measureVolume(track: VoiceTrack): Volume | null {
  const duration = track.f0.length * track.hopSeconds;
  const all = voicedLevels(track, { start: 0, end: duration });
  if (all.length < minVoicedFrames) return null;
  const windows = slidingWindows(duration, PITCH_WINDOW_SECONDS, windowHop).flatMap((span) => {
    const levels = voicedLevels(track, span);
    return levels.length >= minVoicedFrames ? [{ ...span, db: round1(meanDb(levels)) }] : [];
  });
  return {
    db: round1(meanDb(all)),
    windows,
    spread: round1(standardDeviation(windows.map((w) => w.db))),
  };
}
