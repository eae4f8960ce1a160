import { maxTargetSeconds } from '../api/contract/deck-import';

/**
 * How a default timing target is derived from a model answer. 150 words per
 * minute is the middle of the 130-160 wpm range usually cited for clear
 * conversational speech; targets are rounded so the clock shows friendly numbers.
 */
export interface TargetOptions {
  wordsPerMinute: number;
  roundToSeconds: number;
  minSeconds: number;
  maxSeconds: number;
}

export const defaultTargetOptions: TargetOptions = {
  wordsPerMinute: 150,
  roundToSeconds: 15,
  minSeconds: 30,
  maxSeconds: 300,
};

const word = /[\p{L}\p{N}]+(?:['’.\-/][\p{L}\p{N}]+)*/gu;

/** Words a person would say; code and markup are not read out. */
export function countWords(text: string): number {
  return text.match(word)?.length ?? 0;
}

/** Seconds it takes to say `words` at the configured pace. */
export function speakingSeconds(words: number, options: TargetOptions = defaultTargetOptions): number {
  return (words / Math.max(1, options.wordsPerMinute)) * 60;
}

/** The target for an answer whose guide states none: its speaking time, rounded and kept in bounds. */
export function defaultTarget(words: number, options: TargetOptions = defaultTargetOptions): number {
  const step = Math.max(1, options.roundToSeconds);
  const rounded = Math.round(speakingSeconds(words, options) / step) * step;
  const upper = Math.min(maxTargetSeconds, Math.max(options.minSeconds, options.maxSeconds));
  return Math.max(1, Math.min(upper, Math.max(options.minSeconds, rounded)));
}
