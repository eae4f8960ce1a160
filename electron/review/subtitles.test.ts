import { parser as srtParser, validator as srtValidator } from 'srt-validator';
import webvtt from 'webvtt-parser';
import type { TreeNode } from 'webvtt-parser';
import { describe, expect, it } from 'vitest';
import { cleanWords } from './cues';
import { writeSrt } from './srt';
import { sampleWords, w } from './testing/sample-words';
import { writeVtt } from './vtt';

import entities from 'webvtt-parser/html-entities.json';

// The full HTML entity table makes the parser decode references as the spec says.
const vttParser = () => new webvtt.WebVTTParser(entities as Record<`&${string}`, string>);

// A strict reading of the SubRip layout, independent of the validator package.
const srtBlock = /^(\d+)\n(\d{2}):(\d{2}):(\d{2}),(\d{3}) --> (\d{2}):(\d{2}):(\d{2}),(\d{3})\n((?:[^\n]+\n?){1,2})$/;

function vttWords(tree: { children: TreeNode[] }, cueStart: number) {
  const out: { text: string; start: number }[] = [];
  let at = cueStart;
  for (const node of tree.children) {
    if (node.type === 'timestamp') at = node.value;
    if (node.type !== 'text') continue;
    for (const text of node.value.split(/\s+/).filter(Boolean)) out.push({ text, start: at });
  }
  return out;
}

describe('WebVTT export', () => {
  it('passes the W3C parser without errors and round-trips every word and its start', () => {
    for (const seed of [1, 7, 42, 1234, 99999]) {
      const words = sampleWords(seed, 400);
      const vtt = writeVtt(words);
      const parsed = vttParser().parse(vtt, 'subtitles');
      expect(parsed.errors, `seed ${seed}`).toEqual([]);
      expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);

      let previousEnd = 0;
      const roundTrip = parsed.cues.flatMap((cue) => {
        expect(cue.startTime).toBeGreaterThanOrEqual(previousEnd);
        expect(cue.endTime).toBeGreaterThan(cue.startTime);
        previousEnd = cue.endTime;
        const shown = cue.tree.children.map((node) => (node.type === 'text' ? node.value : '')).join('');
        expect(shown.split('\n').length).toBeLessThanOrEqual(2);
        for (const line of shown.split('\n')) expect(line.length).toBeLessThanOrEqual(42);
        return vttWords(cue.tree, cue.startTime);
      });
      const expected = cleanWords(words);
      expect(roundTrip.map((word) => word.text)).toEqual(expected.map((word) => word.text));
      // A word's tag may only be dropped (sharing the previous time) when it could not be later than it.
      roundTrip.forEach((word, i) => expect(word.start).toBeLessThanOrEqual(expected[i]!.start + 0.0005));
      const exact = roundTrip.filter((word, i) => Math.abs(word.start - expected[i]!.start) < 0.0006).length;
      expect(exact / roundTrip.length).toBeGreaterThan(0.95);
    }
  });

  it('escapes markup characters and keeps "-->" out of cue text', () => {
    const vtt = writeVtt([w('A&B', 0, 0.4), w('<b>', 0.5, 0.9), w('-->', 1, 1.2)]);
    expect(vtt).toContain('A&amp;B <00:00:00.500>&lt;b&gt; <00:00:01.000>--&gt;');
    const parsed = vttParser().parse(vtt, 'subtitles');
    expect(parsed.errors).toEqual([]);
    expect(vttWords(parsed.cues[0]!.tree, 0).map((word) => word.text)).toEqual(['A&B', '<b>', '-->']);
  });

  it('writes an empty but valid file for an empty transcript', () => {
    expect(writeVtt([])).toBe('WEBVTT\n');
    expect(vttParser().parse(writeVtt([]), 'subtitles').errors).toEqual([]);
  });
});

describe('SRT export', () => {
  it('passes the SRT validator, matches the strict layout and round-trips the words', () => {
    for (const seed of [3, 8, 2024]) {
      const words = sampleWords(seed, 300);
      const srt = writeSrt(words);
      expect(srtValidator(srt)).toEqual([]);
      const blocks = srt.trimEnd().split('\n\n');
      let previousEnd = -1;
      blocks.forEach((block, index) => {
        const match = srtBlock.exec(`${block}\n`);
        expect(match, block).not.toBeNull();
        expect(Number(match![1])).toBe(index + 1);
        const [h1, m1, s1, ms1, h2, m2, s2, ms2] = match!.slice(2, 10).map(Number) as number[] as [
          number,
          number,
          number,
          number,
          number,
          number,
          number,
          number,
        ];
        const start = h1 * 3600 + m1 * 60 + s1 + ms1 / 1000;
        const end = h2 * 3600 + m2 * 60 + s2 + ms2 / 1000;
        expect(m1 < 60 && s1 < 60 && m2 < 60 && s2 < 60).toBe(true);
        expect(start).toBeGreaterThanOrEqual(previousEnd);
        expect(end).toBeGreaterThan(start);
        previousEnd = end;
      });
      const parsed = srtParser.parse(srt);
      expect(
        parsed
          .map((cue) => cue.text)
          .join(' ')
          .split(/\s+/),
      ).toEqual(cleanWords(words).map((word) => word.text));
    }
  });

  it('can write one cue per word with each word’s own times', () => {
    const words = [w('so', 0.5, 0.7), w('um', 0.7, 0.7), w('caching', 2.1, 2.6)];
    const srt = writeSrt(words, { perWord: true });
    expect(srtValidator(srt)).toEqual([]);
    expect(srt).toBe(
      '1\n00:00:00,500 --> 00:00:00,700\nso\n\n2\n00:00:00,700 --> 00:00:00,900\num\n\n3\n00:00:02,100 --> 00:00:02,600\ncaching\n',
    );
    expect(srtValidator(writeSrt(sampleWords(5, 200), { perWord: true }))).toEqual([]);
  });

  it('formats times past an hour', () => {
    expect(writeSrt([w('late', 3725.5, 3726)])).toBe('1\n01:02:05,500 --> 01:02:06,000\nlate\n');
  });
});
