import type { Segment, Word } from '@contract/transcription';
import type { PieceTranscript } from './server-inference';

/** A transcribed piece, with its place in the take in seconds (see AudioPiece). */
export interface TranscribedPiece {
  /** Where the audio sent began: the piece's times are counted from here. */
  readonly audioStart: number;
  readonly ownStart: number;
  readonly ownEnd: number;
  readonly transcript: PieceTranscript;
}

interface Timed {
  start: number;
  end: number;
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** Two words heard at the same moment: they overlap by more than half of the shorter one. */
function sameMoment(a: Timed, b: Timed): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

/**
 * Joins pieces transcribed one by one into one transcript of the take.
 *
 * Each piece was sent with a little audio from before its cut (the overlap),
 * so a word near a cut can come back twice. By time: a piece keeps only the
 * words that reach past its cut, so what the overlap repeats of the piece
 * before is dropped. A word split by a cut (a speaker who never paused) comes
 * back twice at the same moment, cut short on one side and whole on the
 * other: the longer one is kept. Times are then made monotonic, and each
 * whisper segment keeps the words whose middle it holds.
 */
export function stitchPieces(pieces: readonly TranscribedPiece[]): {
  segments: Segment[];
  words: Word[];
  text: string;
} {
  const ordered = [...pieces].sort((a, b) => a.ownStart - b.ownStart);
  const words: Word[] = [];
  const segments: Segment[] = [];
  ordered.forEach((piece, i) => {
    const shift = <T extends Timed>(item: T): T => ({
      ...item,
      start: item.start + piece.audioStart,
      end: item.end + piece.audioStart,
    });
    const own = piece.transcript.words.map(shift).filter((w) => i === 0 || w.end > piece.ownStart);
    while (words.length > 0 && own.length > 0 && sameMoment(words.at(-1)!, own[0]!)) {
      const previous = words.at(-1)!;
      const first = own[0]!;
      if (first.end - first.start > previous.end - previous.start) words.pop();
      else own.shift();
    }
    words.push(...own);
    segments.push(...piece.transcript.segments.map(shift));
  });
  const timedWords = monotonic(words);
  const timedSegments = segmentsOf(timedWords, segments);
  return { segments: timedSegments, words: timedWords, text: timedSegments.map((s) => s.text).join(' ') };
}

/** Rebuilds segment texts from the kept words, so segments, words and text always agree. */
function segmentsOf(words: readonly Word[], segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const groups: Word[][] = [];
  let s = 0;
  for (const word of words) {
    const middle = (word.start + word.end) / 2;
    while (s + 1 < sorted.length && middle >= sorted[s + 1]!.start) s++;
    (groups[s] ??= []).push(word);
  }
  const out: Segment[] = [];
  groups.forEach((group) => {
    if (group.length === 0) return;
    out.push({ start: group[0]!.start, end: group.at(-1)!.end, text: group.map((w) => w.text).join(' ') });
  });
  return out;
}

function monotonic<T extends Timed>(items: readonly T[]): T[] {
  let last = 0;
  return items.map((item) => {
    const start = Math.max(item.start, last, 0);
    const end = Math.max(item.end, start);
    last = end;
    return { ...item, start: round(start), end: round(end) };
  });
}
