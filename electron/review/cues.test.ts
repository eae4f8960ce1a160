import { describe, expect, it } from 'vitest';
import { cleanWords, groupCues, wrapLines } from './cues';
import { w } from './testing/sample-words';
import { writePlainText } from './plain-text';

describe('cue grouping', () => {
  it('starts a new cue at a long pause', () => {
    const cues = groupCues([w('first', 0, 0.4), w('part', 0.5, 0.9), w('second', 2.5, 3), w('part', 3.1, 3.4)]);
    expect(cues.map((cue) => cue.lines.join(' '))).toEqual(['first part', 'second part']);
    expect(cues[0]).toMatchObject({ start: 0, end: 0.9 });
  });

  it('keeps cues within the duration and width limits', () => {
    const words = Array.from({ length: 60 }, (_, i) => w(`word${i}`, i * 0.3, i * 0.3 + 0.25));
    const cues = groupCues(words, { maxDuration: 4, maxLineLength: 30, pauseBreak: 1 });
    for (const cue of cues) {
      expect(cue.end - cue.start).toBeLessThanOrEqual(4);
      expect(cue.lines.length).toBeLessThanOrEqual(2);
      for (const line of cue.lines) expect(line.length).toBeLessThanOrEqual(30);
    }
    expect(cues.flatMap((cue) => cue.words)).toHaveLength(60);
  });

  it('ends a cue at a sentence end once it is half full', () => {
    const words = 'This is a longer first sentence about caching. And then another one'.split(' ');
    const cues = groupCues(words.map((text, i) => w(text, i * 0.2, i * 0.2 + 0.15)));
    expect(cues[0]!.lines.join(' ')).toBe('This is a longer first sentence about caching.');
  });

  it('cleans padding, empty words and starts that step back', () => {
    expect(cleanWords([w(' hi ', 1, 1.2), w('  ', 1.3, 1.4), w('there', 0.9, 0.8)])).toEqual([
      { text: 'hi', start: 1, end: 1.2 },
      { text: 'there', start: 1, end: 1 },
    ]);
  });

  it('balances two lines', () => {
    expect(wrapLines('one two three four five six seven eight nine ten'.split(' '), 30)).toEqual([
      'one two three four five',
      'six seven eight nine ten',
    ]);
  });
});

describe('plain text export', () => {
  it('breaks paragraphs at long pauses and can mark their start', () => {
    const words = [w('Hello', 0.2, 0.5), w('there.', 0.6, 0.9), w('Next', 65, 65.3), w('bit', 65.4, 65.6)];
    expect(writePlainText(words)).toBe('Hello there.\n\nNext bit\n');
    expect(writePlainText(words, { timestamps: true })).toBe('[0:00] Hello there.\n\n[1:05] Next bit\n');
    expect(writePlainText([])).toBe('');
  });
});
