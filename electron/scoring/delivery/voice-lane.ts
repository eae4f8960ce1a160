import { meanDb } from '../../voice/loudness';
import type { VoiceTrack } from '../../voice/voice-track';
import { semitoneTrack } from './pitch-variation';
import { round1 } from './voice-windows';

/** The review timeline's voice lane: pitch (semitones from the median, null when unvoiced) and level every 100 ms. */
export interface VoiceLane {
  stepSeconds: number;
  pitch: (number | null)[];
  db: number[];
}

const stepSeconds = 0.1;

export function voiceLane(track: VoiceTrack): VoiceLane {
  const { st } = semitoneTrack(track);
  const perStep = Math.max(1, Math.round(stepSeconds / track.hopSeconds));
  const pitch: (number | null)[] = [];
  const db: number[] = [];
  for (let k = 0; k < st.length; k += perStep) {
    const voiced = st.slice(k, k + perStep).filter((v): v is number => v !== null);
    pitch.push(voiced.length > perStep / 2 ? round1(voiced.reduce((s, v) => s + v, 0) / voiced.length) : null);
    db.push(round1(meanDb(track.db.slice(k, k + perStep))));
  }
  return { stepSeconds, pitch, db };
}
