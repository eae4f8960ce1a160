import type { VoiceTrack } from '../../voice/voice-track';
import { mergeSpans, quantile, round1, slidingWindows, standardDeviation, type Span } from './voice-windows';

export interface PitchWindow extends Span {
  /** Standard deviation of the pitch in semitones over the window's voiced frames. */
  spread: number;
}

export interface PitchVariation {
  /** The speaker's median F0 over the answer, the 0-semitone line every figure is relative to. */
  medianHz: number;
  /** Typical spread: the median of the windows' spreads, in semitones. */
  spread: number;
  /** 5th to 95th percentile of the pitch over the whole answer, in semitones. */
  range: number;
  windows: PitchWindow[];
  /** Windows below the monotone norm, joined into stretches. */
  monotone: Span[];
  /** Share of the measured windows below the norm. */
  monotoneShare: number;
  voicedSeconds: number;
}

/** An 8 s window holds two or three sentences: long enough to hear a melody, short enough to place a flat one. */
export const PITCH_WINDOW_SECONDS = 8;
const windowHop = 2;
// A window needs at least 1 s of voicing for its spread to mean anything.
const minVoicedFrames = 100;
// Pitch trackers slip an octave now and then; anything further than that from the median is such a slip.
const octave = 12;

/** Semitones relative to the median per frame, null where unvoiced; a 5-frame median filter removes blips. */
export function semitoneTrack(track: VoiceTrack): { medianHz: number; st: (number | null)[] } {
  const voiced = track.f0.filter((hz) => hz > 0).sort((a, b) => a - b);
  const medianHz = quantile(voiced, 0.5);
  const raw = track.f0.map((hz) => (hz > 0 && medianHz > 0 ? 12 * Math.log2(hz / medianHz) : null));
  // One small buffer, sorted in place, for every frame's neighbourhood: a 2-minute take has 12,000 frames, and an
  // array per frame cost this score tens of milliseconds.
  const around = new Float64Array(5);
  const st = raw.map((value, k) => {
    if (value === null) return null;
    let n = 0;
    for (let j = Math.max(0, k - 2); j < Math.min(raw.length, k + 3); j++) {
      const v = raw[j];
      if (v === null || v === undefined) continue;
      let at = n++;
      for (; at > 0 && around[at - 1]! > v; at--) around[at] = around[at - 1]!;
      around[at] = v;
    }
    const smoothed = n % 2 === 1 ? around[n >> 1]! : (around[(n >> 1) - 1]! + around[n >> 1]!) / 2;
    return Math.abs(smoothed) > octave ? null : smoothed;
  });
  return { medianHz, st };
}

/** Pitch variation in semitones relative to the speaker's own median, so low and high voices are judged alike. */
export function measurePitchVariation(track: VoiceTrack, monotoneSemitones: number): PitchVariation | null {
  const { medianHz, st } = semitoneTrack(track);
  const voiced = st.filter((v): v is number => v !== null);
  if (voiced.length < minVoicedFrames) return null;
  const duration = st.length * track.hopSeconds;
  const windows: PitchWindow[] = [];
  for (const span of slidingWindows(duration, PITCH_WINDOW_SECONDS, windowHop)) {
    const from = Math.round(span.start / track.hopSeconds);
    const to = Math.round(span.end / track.hopSeconds);
    const values = st.slice(from, to).filter((v): v is number => v !== null);
    if (values.length >= minVoicedFrames) windows.push({ ...span, spread: round1(standardDeviation(values)) });
  }
  if (windows.length === 0) return null;
  const flat = windows.filter((w) => w.spread < monotoneSemitones);
  const sorted = voiced.sort((a, b) => a - b);
  return {
    medianHz: round1(medianHz),
    spread: round1(
      quantile(
        windows.map((w) => w.spread).sort((a, b) => a - b),
        0.5,
      ),
    ),
    range: round1(quantile(sorted, 0.95) - quantile(sorted, 0.05)),
    windows,
    monotone: mergeSpans(flat.map(({ start, end }) => ({ start, end }))),
    monotoneShare: Math.round((flat.length / windows.length) * 100) / 100,
    voicedSeconds: round1(voiced.length * track.hopSeconds),
  };
}
