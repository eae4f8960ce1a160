import type { WordRef } from '../types';
import { round1, type Span } from './voice-windows';

export interface PaceWindow extends Span {
  wpm: number;
}

/** Ten seconds hold 20-30 words at a normal pace: enough for a rate, short enough to show a rushed ending. */
export const PACE_WINDOW_SECONDS = 10;

/** Words per minute per 10 s window, from the first word to the last; a short tail joins the window before it. */
export function paceWindows(words: readonly WordRef[]): PaceWindow[] {
  const starts = words.map((w) => w.start).filter((s): s is number => s !== null);
  const lastEnd = words.reduce((end, w) => Math.max(end, w.end ?? 0), 0);
  const first = starts[0];
  if (first === undefined || lastEnd <= first) return [];
  const edges: number[] = [];
  for (let at = first; at < lastEnd; at += PACE_WINDOW_SECONDS) edges.push(at);
  if (edges.length > 1 && lastEnd - edges[edges.length - 1]! < PACE_WINDOW_SECONDS / 2) edges.pop();
  return edges.map((start, i) => {
    const end = edges[i + 1] ?? lastEnd;
    const count = starts.filter((s) => s >= start && s < end).length;
    return { start: round1(start), end: round1(end), wpm: Math.round((count / (end - start)) * 60) };
  });
}
