import type { Word } from '@contract/transcription';
import { cleanWords, defaultCueOptions, groupCues, type Cue, type CueOptions } from './cues';
import { srtTime } from '../scoring/timecode';

export interface SrtOptions extends Partial<CueOptions> {
  /**
   * One cue per word. SRT has no inline timestamps, so this is the only way it
   * can carry word timings (for editors that build karaoke captions from it).
   */
  perWord?: boolean;
}

/** SubRip: numbered cues from 1, "HH:MM:SS,mmm --> HH:MM:SS,mmm", text lines, a blank line between. */
export function writeSrt(words: readonly Pick<Word, 'text' | 'start' | 'end'>[], options: SrtOptions = {}): string {
  const cues = options.perWord ? wordCues(words) : groupCues(words, { ...defaultCueOptions, ...options });
  return cues
    .map((cue, index) => `${index + 1}\n${srtTime(cue.start)} --> ${srtTime(cue.end)}\n${cue.lines.join('\n')}\n`)
    .join('\n');
}

function wordCues(words: readonly Pick<Word, 'text' | 'start' | 'end'>[]): Cue[] {
  const clean = cleanWords(words);
  const cues: Cue[] = [];
  for (const [index, word] of clean.entries()) {
    const start = Math.max(word.start, cues.at(-1)?.end ?? 0);
    const next = clean[index + 1]?.start ?? Infinity;
    // A word the recogniser gave no length still needs a visible cue; 1 ms keeps the times distinct.
    const end = Math.max(start + 0.001, Math.min(Math.max(word.end, start + 0.2), next));
    cues.push({ start, end, words: [word], lines: [word.text] });
  }
  return cues;
}
