import type { Word } from '@contract/transcription';

export interface CueOptions {
  /** Longest a cue stays on screen, seconds. */
  maxDuration: number;
  /** Characters per line; two lines per cue. 42 is the common broadcast guideline. */
  maxLineLength: number;
  /** A silence at least this long (seconds) always starts a new cue. */
  pauseBreak: number;
}

export const defaultCueOptions: CueOptions = { maxDuration: 6, maxLineLength: 42, pauseBreak: 1 };

export interface TimedWord {
  text: string;
  start: number;
  end: number;
}

export interface Cue {
  start: number;
  end: number;
  words: TimedWord[];
  /** One or two lines, each at most maxLineLength unless a single word is longer. */
  lines: string[];
}

/**
 * Recognisers can return words with padding spaces, zero or negative lengths,
 * or starts that step back a few milliseconds; subtitle formats need none of that.
 */
export function cleanWords(words: readonly Pick<Word, 'text' | 'start' | 'end'>[]): TimedWord[] {
  const out: TimedWord[] = [];
  let floor = 0;
  for (const word of words) {
    const text = word.text.replace(/\s+/g, ' ').trim();
    if (!text || !Number.isFinite(word.start) || !Number.isFinite(word.end)) continue;
    const start = Math.max(floor, word.start);
    const end = Math.max(start, word.end);
    out.push({ text, start, end });
    floor = start;
  }
  return out;
}

const endsSentence = (text: string) => /[.!?…]["')\]]*$/.test(text);

/** Groups words into cues: a new cue at a long pause, a full cue, or a sentence end past half a cue. */
export function groupCues(words: readonly Pick<Word, 'text' | 'start' | 'end'>[], options = defaultCueOptions): Cue[] {
  const maxChars = options.maxLineLength * 2;
  const groups: TimedWord[][] = [];
  let current: TimedWord[] = [];
  let chars = 0;
  for (const word of cleanWords(words)) {
    const first = current[0];
    const last = current.at(-1);
    if (first && last) {
      const tooLong = word.end - first.start > options.maxDuration;
      const tooWide =
        chars + 1 + word.text.length > maxChars ||
        !fitsTwoLines([...current.map((w) => w.text), word.text], options.maxLineLength);
      const paused = word.start - last.end >= options.pauseBreak;
      const sentenceDone = endsSentence(last.text) && chars >= maxChars / 2;
      if (tooLong || tooWide || paused || sentenceDone) {
        groups.push(current);
        current = [];
        chars = 0;
      }
    }
    chars += (current.length ? 1 : 0) + word.text.length;
    current.push(word);
  }
  if (current.length) groups.push(current);
  return toCues(groups, options.maxLineLength);
}

// Cues may not overlap and must last a moment, even when the recogniser gave a word no length.
const minCueSeconds = 0.05;

function toCues(groups: TimedWord[][], maxLineLength: number): Cue[] {
  const cues: Cue[] = [];
  for (const [index, group] of groups.entries()) {
    const previous = cues.at(-1);
    const start = Math.max(group[0]!.start, previous?.end ?? 0);
    const nextStart = groups[index + 1]?.[0]?.start ?? Infinity;
    let end = Math.max(group.at(-1)!.end, start + minCueSeconds);
    if (end > nextStart && nextStart - start >= minCueSeconds / 5) end = nextStart;
    cues.push({
      start,
      end,
      words: group,
      lines: wrapLines(
        group.map((w) => w.text),
        maxLineLength,
      ),
    });
  }
  return cues;
}

/** Two lines, as even as the words allow, so the eye does not jump between a long and a short one. */
export function wrapLines(words: string[], maxLineLength: number): string[] {
  const cut = lineBreakIndex(words, maxLineLength);
  return cut === null ? [words.join(' ')] : [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
}

function fitsTwoLines(words: string[], maxLineLength: number): boolean {
  return wrapLines(words, maxLineLength).every((line) => line.length <= maxLineLength);
}

/** Index of the first word of the second line, or null when one line will do. */
export function lineBreakIndex(words: string[], maxLineLength: number): number | null {
  if (words.join(' ').length <= maxLineLength || words.length < 2) return null;
  let best = 1;
  let bestScore = Infinity;
  for (let cut = 1; cut < words.length; cut++) {
    const top = words.slice(0, cut).join(' ').length;
    const bottom = words.slice(cut).join(' ').length;
    const overflow = Math.max(0, top - maxLineLength) + Math.max(0, bottom - maxLineLength);
    const score = overflow * 1000 + Math.abs(top - bottom);
    if (score < bestScore) {
      bestScore = score;
      best = cut;
    }
  }
  return best;
}
