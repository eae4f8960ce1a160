import type { Word } from '@contract/transcription';
import { defaultCueOptions, groupCues, lineBreakIndex, type Cue, type CueOptions } from './cues';
import { vttTime } from '../scoring/timecode';

/**
 * WebVTT with a timestamp tag before each word after the first
 * ("so <00:00:01.200>the <00:00:01.350>cache"), which players use for karaoke-style
 * highlighting. The format demands each tag be later than the cue start and the
 * tag before it, and earlier than the cue end; a word that breaks that shares the
 * previous word's time instead.
 */
export function writeVtt(words: readonly Pick<Word, 'text' | 'start' | 'end'>[], options: Partial<CueOptions> = {}) {
  const merged = { ...defaultCueOptions, ...options };
  const cues = groupCues(words, merged);
  const body = cues.map(
    (cue, index) =>
      `${index + 1}\n${vttTime(cue.start)} --> ${vttTime(cue.end)}\n${cueText(cue, merged.maxLineLength)}\n`,
  );
  return ['WEBVTT\n', ...body].join('\n');
}

export function escapeCueText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cueText(cue: Cue, maxLineLength: number): string {
  // Compare in whole milliseconds, as written, so rounding cannot make two tags equal.
  const ms = (seconds: number) => Math.round(seconds * 1000);
  const endMs = ms(cue.end);
  let lastMs = ms(cue.start);
  const tagged = cue.words.map((word, index) => {
    const text = escapeCueText(word.text);
    const at = ms(word.start);
    if (index === 0 || at <= lastMs || at >= endMs) return { plain: word.text, text };
    lastMs = at;
    return { plain: word.text, text: `<${vttTime(at / 1000)}>${text}` };
  });
  // Wrap on the words as shown, with their tags kept attached.
  const cut = lineBreakIndex(
    tagged.map((word) => word.plain),
    maxLineLength,
  );
  const texts = tagged.map((word) => word.text);
  return cut === null ? texts.join(' ') : `${texts.slice(0, cut).join(' ')}\n${texts.slice(cut).join(' ')}`;
}
