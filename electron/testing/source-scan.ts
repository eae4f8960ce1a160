/**
 * The lines of a source file where a run of `window` lines from there on
 * matches one of the patterns ("line 12"), so a call split over lines is still caught.
 */
export function linesMatching(source: string, patterns: readonly RegExp[], window: number): string[] {
  return source
    .split('\n')
    .map((_line, index, lines) => ({ text: lines.slice(index, index + window).join(' '), index }))
    .filter(({ text }) => patterns.some((pattern) => pattern.test(text)))
    .map(({ index }) => `line ${index + 1}`);
}
