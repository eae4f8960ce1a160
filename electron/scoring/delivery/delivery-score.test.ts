import { describe, expect, it } from 'vitest';
import { defaultScoreSettings } from '../settings';
import { timedWords } from '../test-words';
import { readTranscript } from '../transcript';
import { scoreDelivery } from './delivery-score';
import { findPauses, measurePace } from './pace';

const settings = defaultScoreSettings.delivery;

function deliver(text: string, options: Parameters<typeof timedWords>[1] = {}, durationSeconds?: number) {
  const words = timedWords(text, options);
  const end = words[words.length - 1]?.end ?? 0;
  return scoreDelivery(readTranscript({ transcript: text, words }), durationSeconds ?? end + 1, settings);
}

describe('pace', () => {
  it('measures words per minute from the first to the last word', () => {
    // 10 words, each 0.3 s plus 0.1 s gap: 3.9 s of speech.
    const words = readTranscript({ transcript: '', words: timedWords('a b c d e f g h i j', { startAt: 5 }) }).words;
    const pace = measurePace(words, 30, true);
    expect(pace.speakingSeconds).toBe(3.9);
    expect(pace.wpm).toBe(Math.round((10 / 3.9) * 60));
    expect(pace.firstWordSeconds).toBe(5);
  });

  it('falls back to the duration without timestamps', () => {
    const transcript = readTranscript({ transcript: 'one two three four five six' });
    expect(measurePace(transcript.words, 3, false)).toMatchObject({ wpm: 120, firstWordSeconds: null });
  });

  it('lists long pauses with their times', () => {
    const words = readTranscript({
      transcript: '',
      words: timedWords('we scale out then wait', { pausesAfter: { 2: 2.5 } }),
    }).words;
    // Words start at 0.5 s and last 0.3 s with 0.1 s gaps: the third ends at 1.6 s, the fourth starts 2.5 s later.
    expect(findPauses(words, 2)).toEqual([{ afterIndex: 2, start: 1.6, end: 4.1, seconds: 2.5 }]);
    expect(findPauses(words, 3)).toEqual([]);
  });
});

describe('scoreDelivery', () => {
  it('gives a fluent answer at a normal pace full marks', () => {
    // 16 words, 0.4 s apart: 6.3 s from the first start to the last end.
    const result = deliver('we run three replicas so a crash costs no downtime because traffic goes to healthy pods');
    expect(result.wpm).toBe(Math.round((16 / 6.3) * 60));
    expect(result.score).toBe(100);
    expect(result.deductions).toEqual([]);
  });

  it('takes points for fillers, pauses, hedges, a late start and a fast pace, naming each', () => {
    const result = deliver('um I think uh maybe we um like scale it um', {
      startAt: 6,
      gapSeconds: 0.02,
      pausesAfter: { 3: 3 },
    });
    const reasons = result.deductions.map((d) => d.reason).join(' | ');
    expect(reasons).toMatch(/fillers/);
    expect(reasons).toMatch(/pauses/);
    expect(reasons).toMatch(/hedges/);
    expect(reasons).toMatch(/First word after 6 s/);
    expect(result.fillers.map((f) => f.text)).toEqual(['um', 'uh', 'um', 'like', 'um']);
    expect(result.score).toBe(100 - result.deductions.reduce((s, d) => s + d.points, 0));
  });

  it('scores an empty transcript 0 without dividing by zero', () => {
    const result = scoreDelivery(readTranscript({ transcript: '' }), 10, settings);
    expect(result).toMatchObject({ score: 0, wpm: 0, wordCount: 0, fillersPerMinute: 0, firstWordSeconds: null });
  });

  it('handles a single word', () => {
    const result = deliver('Kubernetes');
    expect(result.wordCount).toBe(1);
    expect(Number.isFinite(result.wpm)).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(0);
  });

  it('scores an answer of nothing but fillers low', () => {
    const result = deliver('um uh um er ah um uh um', { gapSeconds: 0.3 });
    expect(result.fillers).toHaveLength(8);
    expect(result.score).toBeLessThan(70);
  });

  it('handles a 30-minute ramble with thousands of timed words', () => {
    const text = Array.from({ length: 4500 }, (_, i) => (i % 40 === 0 ? 'um' : `word${i % 50}`)).join(' ');
    const result = deliver(text);
    expect(result.wordCount).toBe(4500);
    expect(result.speakingSeconds).toBeGreaterThan(1700);
    expect(result.wpm).toBe(150);
    expect(result.fillers.length).toBe(113);
  });

  it('reads non-English text without false fillers', () => {
    const result = deliver('das ist eine sehr gute Frage und ich erkläre es');
    expect(result.fillers).toEqual([]);
    expect(result.wordCount).toBe(10);
  });
});
