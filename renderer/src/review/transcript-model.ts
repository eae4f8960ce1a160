import type { ReviewMark, ReviewTranscript } from '@contract/review';

type Word = ReviewTranscript['words'][number];

/** After a word ends, its highlight lingers this long unless the next one starts, so short gaps do not flicker. */
const holdSeconds = 0.6;

/** The word being spoken at `time`, or null in silence; words are in time order. */
export function activeWordIndex(words: readonly Word[], time: number): number | null {
  let low = 0;
  let high = words.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.start <= time) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found < 0) return null;
  const word = words[found]!;
  return time < Math.max(word.end, word.start) + holdSeconds ? found : null;
}

export type MarkKind = 'filler' | 'hedge' | 'repeat';

export type TranscriptToken =
  | { type: 'word'; index: number; word: Word; mark: MarkKind | null }
  | { type: 'pause'; afterIndex: number; start: number; end: number };

/** Words in order with their marks, and each long pause as a gap after the word it follows. */
export function buildTokens(words: readonly Word[], marks: readonly ReviewMark[]): TranscriptToken[] {
  const markOf = new Map<number, MarkKind>();
  const pausesAfter = new Map<number, ReviewMark>();
  // Fillers win over hedges and repeats when one word carries several marks: they cost the most.
  const rank: Record<MarkKind, number> = { filler: 3, hedge: 2, repeat: 1 };
  for (const mark of marks) {
    if (mark.kind === 'pause') {
      pausesAfter.set(mark.wordIndex, mark);
      continue;
    }
    const kind = mark.kind;
    for (let i = mark.wordIndex; i < mark.wordIndex + Math.max(1, mark.wordCount); i++) {
      const current = markOf.get(i);
      if (!current || rank[kind] > rank[current]) markOf.set(i, kind);
    }
  }
  const tokens: TranscriptToken[] = [];
  words.forEach((word, index) => {
    tokens.push({ type: 'word', index, word, mark: markOf.get(index) ?? null });
    const pause = pausesAfter.get(index);
    if (pause) tokens.push({ type: 'pause', afterIndex: index, start: pause.start, end: pause.end });
  });
  return tokens;
}
