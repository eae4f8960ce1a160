import { describe, expect, it } from 'vitest';
import { escapeControlCharsInStrings, parseWhisperJson } from './whisper-json';
import { mergeTokensIntoWords, transcriptParts } from './word-timings';

const piece = (text: string, start: number, end: number, p = 0.9) => ({ text, start, end, p });

describe('word timings from whisper tokens', () => {
  it('joins BPE pieces into words and attaches punctuation without stretching the end', () => {
    const words = mergeTokensIntoWords([
      piece(' Kuber', 0, 0.3, 0.8),
      piece('netes', 0.3, 0.6, 1),
      piece(',', 0.6, 0.9, 0.5),
      piece(' um', 1.2, 1.4),
      piece("'s", 1.4, 1.5),
    ]);
    expect(words).toEqual([
      { text: 'Kubernetes,', start: 0, end: 0.6, probability: 0.9 },
      { text: "um's", start: 1.2, end: 1.5, probability: 0.9 },
    ]);
  });

  it('drops special and timestamp tokens and converts offsets to seconds', () => {
    const parts = transcriptParts({
      model: { multilingual: false },
      transcription: [
        {
          offsets: { from: 30_000, to: 31_500 },
          text: ' Hi there',
          tokens: [
            { text: '[_BEG_]', id: 50363, p: 1, offsets: { from: 30_000, to: 30_000 } },
            { text: ' Hi', id: 17250, p: 0.5, offsets: { from: 30_000, to: 30_400 } },
            { text: ' there', id: 612, p: 1, offsets: { from: 30_400, to: 31_000 } },
            { text: '[_TT_75]', id: 50438, p: 1, offsets: { from: 31_500, to: 31_500 } },
          ],
        },
      ],
    });
    expect(parts.segments).toEqual([{ start: 30, end: 31.5, text: 'Hi there' }]);
    expect(parts.words.map((w) => [w.text, w.start, w.end])).toEqual([
      ['Hi', 30, 30.4],
      ['there', 30.4, 31],
    ]);
  });

  it('parses whisper-cli JSON whose strings hold raw control characters', () => {
    const raw = '{"transcription": [{"offsets": {"from": 0, "to": 10}, "text": "a\nb\t\\"c\\""}]}';
    expect(() => JSON.parse(raw)).toThrow();
    expect(parseWhisperJson(raw).transcription[0]!.text).toBe('a\nb\t"c"');
    expect(escapeControlCharsInStrings('{"k":\n"v"}')).toBe('{"k":\n"v"}');
  });
});
