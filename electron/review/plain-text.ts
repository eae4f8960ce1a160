import type { Word } from '@contract/transcription';
import { cleanWords } from './cues';
import { clockTime } from '../scoring/timecode';

export interface PlainTextOptions {
  /** A silence at least this long (seconds) starts a new paragraph. */
  paragraphPause?: number;
  /** Start each paragraph with its time, e.g. "[1:05]". */
  timestamps?: boolean;
}

/** Readable text: paragraphs where the speaker paused, optionally with where each starts. */
export function writePlainText(
  words: readonly Pick<Word, 'text' | 'start' | 'end'>[],
  options: PlainTextOptions = {},
): string {
  const pause = options.paragraphPause ?? 2;
  const paragraphs: { start: number; words: string[] }[] = [];
  let previousEnd = -Infinity;
  for (const word of cleanWords(words)) {
    const current = paragraphs.at(-1);
    if (!current || word.start - previousEnd >= pause) paragraphs.push({ start: word.start, words: [word.text] });
    else current.words.push(word.text);
    previousEnd = word.end;
  }
  const text = paragraphs.map((p) => (options.timestamps ? `[${clockTime(p.start)}] ` : '') + p.words.join(' '));
  return text.length ? `${text.join('\n\n')}\n` : '';
}
