import type { KeyPointView } from '@contract/review';

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The key point a rendered block of the model answer states, if any. Points are
 * cut from the same Markdown, so the block's text contains the point's text (or
 * the other way round for a point that spans a short list item and its label).
 */
export function pointForBlock(blockText: string, points: readonly KeyPointView[]): KeyPointView | null {
  const block = normalise(blockText);
  if (block.length < 3) return null;
  let best: KeyPointView | null = null;
  let bestLength = 0;
  for (const point of points) {
    const text = normalise(point.text);
    if (text.length < 3) continue;
    const matches = block.includes(text) || (text.includes(block) && block.length >= 12);
    if (matches && text.length > bestLength) {
      best = point;
      bestLength = text.length;
    }
  }
  return best;
}

export const statusLabel = { covered: 'Covered', partly: 'Partly covered', missed: 'Missed' } as const;
