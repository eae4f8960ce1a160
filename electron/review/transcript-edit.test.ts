import { describe, expect, it } from 'vitest';
import { applyTranscriptEdit } from './transcript-edit';
import { sampleWords, w } from './testing/sample-words';

const words = [
  w('We', 0, 0.2),
  w('used', 0.3, 0.5),
  w('argo', 0.6, 0.9),
  w('see', 0.9, 1.1),
  w('dee', 1.1, 1.3),
  w('daily.', 1.4, 1.8),
];

describe('transcript edits', () => {
  it('keeps the times of untouched words and gives a corrected stretch the time of what it replaces', () => {
    const edited = applyTranscriptEdit(words, 'We used Argo CD daily.');
    expect(edited.map((word) => word.text)).toEqual(['We', 'used', 'Argo', 'CD', 'daily.']);
    expect(edited[0]).toEqual(words[0]);
    expect(edited[4]).toEqual(words[5]);
    // "argo" still matches (new casing, same times); "see dee" (0.9–1.3 s) became "CD" and takes its span.
    expect(edited[2]).toEqual({ ...words[2], text: 'Argo' });
    expect(edited[3]).toEqual({ text: 'CD', start: 0.9, end: 1.3, probability: 1 });
  });

  it('fits added words into the gap where they were typed and drops deleted ones', () => {
    const inserted = applyTranscriptEdit(words, 'We really used argo see dee daily.');
    expect(inserted[1]).toMatchObject({ text: 'really' });
    expect(inserted[1]!.start).toBeGreaterThanOrEqual(0.2);
    expect(inserted[1]!.end).toBeLessThanOrEqual(0.3);
    const deleted = applyTranscriptEdit(words, 'We used daily.');
    expect(deleted).toEqual([words[0], words[1], words[5]]);
  });

  it('returns the words unchanged when the text is unchanged, and times stay in order for any edit', () => {
    const many = sampleWords(11, 500);
    const text = many.map((word) => word.text.trim()).join(' ');
    expect(applyTranscriptEdit(many, text)).toEqual(many.map((word) => ({ ...word, text: word.text.trim() })));
    const rewritten = text.replace(/ um /g, ' ').replace(/cache/g, 'cache layer');
    const edited = applyTranscriptEdit(many, rewritten);
    expect(edited.map((word) => word.text).join(' ')).toBe(rewritten);
    for (let k = 1; k < edited.length; k++)
      expect(edited[k]!.start).toBeGreaterThanOrEqual(edited[k - 1]!.start - 0.031);
  });
});
