import type { WordRef } from '../types';

export interface Pause {
  /** Index of the word before the silence. */
  afterIndex: number;
  start: number;
  end: number;
  seconds: number;
}

export interface Pace {
  wordCount: number;
  /** Seconds the words per minute are measured over: first word to last word when timed, else the duration. */
  speakingSeconds: number;
  wpm: number;
  /** Seconds before the first word, null without timestamps. */
  firstWordSeconds: number | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Pace over the time the person was talking. With timestamps, the lead-in silence and the tail after the last
 * word do not count; without them the whole recording does.
 */
export function measurePace(words: readonly WordRef[], durationSeconds: number, timed: boolean): Pace {
  const first = words[0];
  const last = words[words.length - 1];
  const spoken = timed && first?.start != null && last?.end != null ? last.end - first.start : durationSeconds;
  // One word still takes some time; never divide by (nearly) zero.
  const speakingSeconds = Math.max(spoken, words.length > 0 ? 0.5 : 0);
  const wpm = speakingSeconds > 0 ? (words.length / speakingSeconds) * 60 : 0;
  return {
    wordCount: words.length,
    speakingSeconds: round1(speakingSeconds),
    wpm: Math.round(wpm),
    firstWordSeconds: timed && first?.start != null ? round1(first.start) : null,
  };
}

/** Silences between words at least `minSeconds` long, with their times. */
export function findPauses(words: readonly WordRef[], minSeconds: number): Pause[] {
  const pauses: Pause[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const end = words[i]?.end;
    const next = words[i + 1]?.start;
    if (end == null || next == null) continue;
    const gap = next - end;
    if (gap >= minSeconds) pauses.push({ afterIndex: i, start: end, end: next, seconds: round1(gap) });
  }
  return pauses;
}
