import type { Word } from '@contract/transcription';

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// Above this many cells the middle of the diff is mapped by position instead (a rewrite, not a correction).
const maxDiffCells = 2_000_000;

/** Pairs [originalIndex, editedIndex] of words kept, in order: the longest common subsequence. */
function keptPairs(original: readonly string[], edited: readonly string[]): [number, number][] {
  const a = original.map(normalise);
  const b = edited.map(normalise);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const pairs: [number, number][] = [];
  for (let i = 0; i < head; i++) pairs.push([i, i]);
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n > 0 && m > 0 && n * m <= maxDiffCells) {
    // lengths[i][j]: LCS of a[head+i..] and b[head+j..], flattened.
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] =
          a[head + i] === b[head + j]
            ? lengths[(i + 1) * width + j + 1]! + 1
            : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[head + i] === b[head + j]) {
        pairs.push([head + i, head + j]);
        i++;
        j++;
      } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
      else j++;
    }
  }
  for (let k = tail; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return pairs;
}

/** Spreads words over [start, end] in proportion to their length, so a long word gets more of the time. */
function spread(texts: readonly string[], start: number, end: number): Word[] {
  const total = texts.reduce((sum, text) => sum + text.length + 1, 0);
  let at = start;
  return texts.map((text) => {
    const length = ((text.length + 1) / total) * Math.max(0, end - start);
    const word = { text, start: at, end: at + length, probability: 1 };
    at += length;
    return word;
  });
}

/**
 * Applies a corrected text to the recogniser's words. Words left as they were
 * keep their times; a changed stretch takes the time of the words it replaces;
 * added words fit into the gap where they were typed. Corrected words count as
 * certain (probability 1): the user heard them.
 */
export function applyTranscriptEdit(original: readonly Word[], text: string): Word[] {
  const edited = text.split(/\s+/).filter(Boolean);
  const originalTexts = original.map((word) => word.text.trim());
  const pairs = keptPairs(originalTexts, edited);
  const out: Word[] = [];
  let i = 0;
  let j = 0;
  const fill = (toI: number, toJ: number) => {
    const replaced = original.slice(i, toI);
    const added = edited.slice(j, toJ);
    if (added.length > 0) {
      const previousEnd = out.at(-1)?.end ?? original[i - 1]?.end ?? 0;
      const start = replaced[0]?.start ?? previousEnd;
      const end = replaced.at(-1)?.end ?? Math.max(start, original[toI]?.start ?? start);
      out.push(...spread(added, start, end));
    }
    i = toI;
    j = toJ;
  };
  for (const [oi, ej] of pairs) {
    fill(oi, ej);
    const kept = original[oi]!;
    // The user may have fixed punctuation or casing of a word that still matches.
    out.push({ ...kept, text: edited[ej]! });
    i = oi + 1;
    j = ej + 1;
  }
  fill(original.length, edited.length);
  return out;
}
