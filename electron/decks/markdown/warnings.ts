import type { ImportedQuestion, ImportWarning } from '@contract/deck-import';
import type { Candidate } from './candidate';
import type { StatedDuration } from './durations';
import { normalizePrompt } from './inline-text';

const minutes = (seconds: number) =>
  seconds % 60 === 0 ? `${seconds / 60} min` : seconds > 90 ? `${(seconds / 60).toFixed(1)} min` : `${seconds} s`;

/** Things worth a second look in the preview: likely misreads, not errors. */
export function importWarnings(
  questions: readonly ImportedQuestion[],
  candidates: readonly Candidate[],
  spokenSeconds: readonly number[],
  /** The guide-wide limit, when it shortened at least one default target. */
  cappedBy: StatedDuration | null,
): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const seen = new Map<string, number>();
  questions.forEach((q, index) => {
    const key = normalizePrompt(q.prompt);
    const earlier = seen.get(key);
    if (earlier !== undefined)
      warnings.push({ line: q.line, message: `Same question as line ${earlier}; keep one of them.` });
    else seen.set(key, q.line);
    if (q.prompt.length > 300)
      warnings.push({
        line: q.line,
        message: 'Very long question: part of the answer may have been read as the question.',
      });
    const spoken = spokenSeconds[index] ?? 0;
    if (q.targetSource === 'stated' && spoken > q.targetSeconds * 1.5 + 15)
      warnings.push({
        line: q.line,
        message: `The model answer takes about ${minutes(Math.round(spoken))} to say, well over its ${minutes(q.targetSeconds)} target.`,
      });
  });
  // "Q1 … Q50" with a number missing usually means a question the parser could not read.
  const numbers = candidates.map((c) => c.number).filter((n): n is number => n !== null);
  if (numbers.length >= 3) {
    const present = new Set(numbers);
    const missing: number[] = [];
    for (let n = Math.min(...numbers); n <= Math.max(...numbers) && missing.length <= 5; n++)
      if (!present.has(n)) missing.push(n);
    if (missing.length > 0 && missing.length <= 5)
      warnings.push({
        line: null,
        message: `No question numbered ${missing.join(', ')} was found between Q${Math.min(...numbers)} and Q${Math.max(...numbers)}.`,
      });
  }
  if (cappedBy)
    warnings.push({
      line: null,
      message: `Default targets are capped at ${minutes(cappedBy.seconds)}, as the guide says ("${cappedBy.phrase}").`,
    });
  return warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
