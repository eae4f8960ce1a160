import type { TimedWord } from './types';

/**
 * Hand-made word timings for tests: each word lasts `wordSeconds`, words follow each other after `gapSeconds`,
 * and `pausesAfter` maps a word index to a longer silence after it.
 */
export function timedWords(
  text: string,
  options: { startAt?: number; wordSeconds?: number; gapSeconds?: number; pausesAfter?: Record<number, number> } = {},
): TimedWord[] {
  const { startAt = 0.5, wordSeconds = 0.3, gapSeconds = 0.1, pausesAfter = {} } = options;
  let t = startAt;
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word, i) => {
      const timed = {
        text: word,
        start: Math.round(t * 1000) / 1000,
        end: Math.round((t + wordSeconds) * 1000) / 1000,
      };
      t += wordSeconds + (pausesAfter[i] ?? gapSeconds);
      return timed;
    });
}
