import { type AnalyzeOptions, analyzeWords, defaultAnalyzeOptions, splitWords, type Term } from './text/analyze';
import type { Evidence, ScoreInput, WordRef } from './types';

/** The answer's words (with times when the recogniser gave them) and their terms. */
export interface Transcript {
  words: WordRef[];
  timed: boolean;
  terms: Term[];
}

/** Uses word timestamps when present and sane, else the transcript text split on spaces. */
export function readTranscript(
  input: Pick<ScoreInput, 'transcript' | 'words'>,
  options: AnalyzeOptions = defaultAnalyzeOptions,
): Transcript {
  const timedWords = (input.words ?? []).filter((w) => w.text.trim().length > 0);
  const timed =
    timedWords.length > 0 &&
    timedWords.every((w) => Number.isFinite(w.start) && Number.isFinite(w.end) && w.end >= w.start);
  const words: WordRef[] = timed
    ? timedWords.map((w, index) => ({ index, text: w.text.trim(), start: w.start, end: w.end }))
    : splitWords(input.transcript).map((text, index) => ({ index, text, start: null, end: null }));
  return {
    words,
    timed,
    terms: analyzeWords(
      words.map((w) => w.text),
      options,
    ),
  };
}

/** Evidence for a set of word indices: the words and the time span they cover. */
export function evidenceFor(transcript: Transcript, indices: Iterable<number>): Evidence {
  const words = [...new Set(indices)]
    .sort((a, b) => a - b)
    .map((i) => transcript.words[i])
    .filter((w): w is WordRef => w !== undefined);
  const starts = words.map((w) => w.start).filter((t): t is number => t !== null);
  const ends = words.map((w) => w.end).filter((t): t is number => t !== null);
  return {
    words,
    start: starts.length > 0 ? Math.min(...starts) : null,
    end: ends.length > 0 ? Math.max(...ends) : null,
  };
}

/** Lower-case word text without surrounding punctuation, for phrase matching. */
export function bareWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '');
}

/** True when the word ends a clause in writing (comma, full stop...), as recognisers punctuate. */
export function endsClause(text: string): boolean {
  return /[,.;:!?]$/.test(text);
}
