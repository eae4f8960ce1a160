/** A stretch of the answer, in seconds from the start of the recording. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Windows of `length` seconds every `hop` seconds over [0, duration): the last window ends at the end of the
 * recording, and an answer shorter than one window is a single window.
 */
export function slidingWindows(duration: number, length: number, hop: number): Span[] {
  if (duration <= 0) return [];
  if (duration <= length) return [{ start: 0, end: duration }];
  const spans: Span[] = [];
  for (let start = 0; start + length < duration; start += hop) spans.push({ start, end: start + length });
  spans.push({ start: duration - length, end: duration });
  return spans;
}

/** Joins overlapping or touching spans, in time order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Value at quantile q (0..1) of already sorted numbers, interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

export const round1 = (x: number) => Math.round(x * 10) / 10;
