import { describe, expect, it } from 'vitest';
import type { Word } from '@contract/transcription';
import { seededRandom } from '../../seeded-random';
import { stitchPieces, type TranscribedPiece } from './stitch';

/** What was said: 150 words over about a minute, with a short pause (0.35 s) after every sentence of 12. */
function spokenWords(random: () => number): Word[] {
  const words: Word[] = [];
  let t = 0.4;
  for (let i = 0; i < 150; i++) {
    const length = 0.18 + random() * 0.25;
    words.push({ text: `w${i}`, start: t, end: t + length, probability: 0.9 });
    t += length + (i % 12 === 11 ? 0.35 : 0.08);
  }
  return words;
}

/**
 * Plays the engine: a piece hears the words inside its audio, with whisper's
 * usual timing error, and a word cut by an edge of the audio comes back
 * shortened (its first letters, ending at the edge).
 */
function transcribe(
  words: Word[],
  audioStart: number,
  audioEnd: number,
  random: () => number,
): TranscribedPiece['transcript'] {
  const heard: Word[] = [];
  for (const w of words) {
    if (w.end <= audioStart || w.start >= audioEnd) continue;
    const start = Math.max(w.start, audioStart);
    const end = Math.min(w.end, audioEnd);
    const whole = start === w.start && end === w.end;
    const jitter = () => (random() - 0.5) * 0.06;
    heard.push({
      text: whole ? w.text : `${w.text.slice(0, 2)}-`,
      start: Math.max(0, start - audioStart + jitter()),
      end: end - audioStart + jitter(),
      probability: 0.9,
    });
  }
  const text = heard.map((w) => w.text).join(' ');
  const segments = heard.length ? [{ start: heard[0]!.start, end: heard.at(-1)!.end, text }] : [];
  return { segments, words: heard };
}

function pieces(words: Word[], cuts: number[], overlap: number, random: () => number): TranscribedPiece[] {
  const end = words.at(-1)!.end + 0.5;
  const bounds = [0, ...cuts, end];
  return bounds.slice(0, -1).map((ownStart, i) => {
    const ownEnd = bounds[i + 1]!;
    const audioStart = Math.max(0, ownStart - overlap);
    return { audioStart, ownStart, ownEnd, transcript: transcribe(words, audioStart, ownEnd, random) };
  });
}

/** Cuts in the middle of the pause after every `every` words (a multiple of a sentence). */
const pausesAfter = (words: Word[], every: number) =>
  words.filter((_, i) => i % every === every - 1 && i + 1 < words.length).map((w) => w.end + 0.175);

function expectMonotonic(items: ReadonlyArray<{ start: number; end: number }>) {
  for (let i = 0; i < items.length; i++) {
    expect(items[i]!.end).toBeGreaterThanOrEqual(items[i]!.start);
    if (i > 0) expect(items[i]!.start).toBeGreaterThanOrEqual(items[i - 1]!.end);
  }
}

describe('stitching pieces transcribed while recording', () => {
  it('keeps every word once when the cuts fall in pauses, with timings in take time', () => {
    const random = seededRandom(14);
    const said = spokenWords(random);
    const cuts = pausesAfter(said, 36); // every third sentence: pieces of about 15-20 s
    expect(cuts.length).toBeGreaterThanOrEqual(3);
    const result = stitchPieces(pieces(said, cuts, 0.3, random));
    expect(result.words.map((w) => w.text)).toEqual(said.map((w) => w.text));
    result.words.forEach((w, i) => expect(Math.abs(w.start - said[i]!.start)).toBeLessThan(0.05));
    expectMonotonic(result.words);
    expectMonotonic(result.segments);
    expect(result.text.split(' ')).toEqual(said.map((w) => w.text));
  });

  it('keeps a word cut in two by a forced cut once, in its whole form', () => {
    const random = seededRandom(3);
    const said = spokenWords(random);
    // Speakers who never pause are cut at the quietest moment, which can still be inside a word.
    const cuts = [said[40]!, said[90]!, said[120]!].map((w) => (w.start + w.end) / 2 + 0.02);
    const result = stitchPieces(pieces(said, cuts, 0.3, random));
    expect(result.words.map((w) => w.text)).toEqual(said.map((w) => w.text));
    expectMonotonic(result.words);
  });

  it('keeps pieces in take order whatever order they finished in', () => {
    const random = seededRandom(9);
    const said = spokenWords(random);
    const parts = pieces(said, pausesAfter(said, 24), 0.3, random);
    const result = stitchPieces([...parts].reverse());
    expect(result.words.map((w) => w.text)).toEqual(said.map((w) => w.text));
  });
});
