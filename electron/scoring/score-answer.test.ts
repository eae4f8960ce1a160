import { describe, expect, it } from 'vitest';
import { scoreAnswer } from './score-answer';
import { timedWords } from './test-words';
import type { ScoreInput } from './types';

const base: Omit<ScoreInput, 'transcript' | 'durationSeconds'> = {
  question: 'If your backend crashes due to a bug, what happens?',
  modelAnswer:
    'Kubernetes restarts the pod automatically (CrashLoopBackOff). With 3 replicas there is zero downtime because the Service load balancer routes traffic only to healthy pods. With 1 replica the downtime is the container restart, about 10-20s.',
  targetSeconds: 30,
  kind: 'technical',
};

function score(text: string, options: Parameters<typeof timedWords>[1] = {}) {
  const words = timedWords(text, options);
  return scoreAnswer({ ...base, transcript: text, words, durationSeconds: (words.at(-1)?.end ?? 0) + 0.5 });
}

function expectRanges(report: ReturnType<typeof scoreAnswer>) {
  for (const value of [
    report.overall,
    report.content.score,
    report.delivery.score,
    report.timing.score,
    report.structure.score,
  ]) {
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(100);
  }
  expect(report.tips.length).toBeGreaterThanOrEqual(2);
  expect(report.tips.length).toBeLessThanOrEqual(4);
}

describe('scoreAnswer', () => {
  const good =
    'kubernetes restarts the pod automatically, you would see crash loop backoff if it keeps failing. with three replicas there is zero downtime because the service load balancer only sends traffic to healthy pods. with one replica the downtime is the container restart, roughly ten to twenty seconds';

  it('scores a good answer high, with the overall as the weighted sum of its parts', () => {
    const report = score(good);
    expectRanges(report);
    expect(report.content.score).toBeGreaterThan(75);
    const w = report.breakdown.weights;
    const expected =
      report.content.score * w.content +
      report.delivery.score * w.delivery +
      report.timing.score * w.timing +
      report.structure.score * w.structure;
    expect(report.overall).toBe(Math.round(expected));
  });

  it('ties evidence to word times when the transcript has them', () => {
    const point = score(good).content.keyPoints[0];
    expect(point?.evidence.start).toBeTypeOf('number');
    expect(point?.evidence.words[0]).toMatchObject({ text: 'kubernetes', start: 0.5, end: 0.8 });
  });

  it('ranks tips by impact', () => {
    const tips = score('um uh it like restarts um maybe', { startAt: 4, pausesAfter: { 2: 3 } }).tips;
    const impacts = tips.map((t) => t.impact);
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
    expect(tips[0]?.area).toBe('content');
  });

  it('handles an empty transcript', () => {
    const report = scoreAnswer({ ...base, transcript: '', durationSeconds: 12 });
    expectRanges(report);
    expect(report).toMatchObject({
      overall: expect.any(Number),
      content: { score: 0 },
      delivery: { score: 0, wpm: 0 },
    });
    expect(report.timing.score).toBe(0);
  });

  it('handles a single word', () => {
    const report = score('kubernetes');
    expectRanges(report);
    expect(report.content.score).toBeLessThan(30);
  });

  it('handles an answer of only fillers', () => {
    const report = score('um uh um er ah um');
    expectRanges(report);
    expect(report.content.score).toBe(0);
    expect(report.delivery.fillers.count).toBe(6);
  });

  it('handles a 30-minute ramble: far over time, points found only where said together', () => {
    const ramble = Array.from(
      { length: 300 },
      () => 'and then we talked about the weather and lunch plans for a while',
    ).join(' ');
    const report = score(`${ramble} ${good}`);
    expectRanges(report);
    expect(report.timing.durationSeconds).toBeGreaterThan(1500);
    expect(report.timing.score).toBe(0);
    expect(report.content.score).toBeGreaterThan(60);
  });

  it('handles non-English text', () => {
    const report = score('Kubernetes startet den Pod automatisch neu, und mit drei Replikas gibt es keine Ausfallzeit');
    expectRanges(report);
    expect(report.content.score).toBeLessThan(50);
  });

  it('is deterministic', () => {
    expect(score(good)).toEqual(score(good));
  });
});

describe('timing tips', () => {
  it('state the duration the way the review clock shows it (whole seconds dropped, not rounded)', () => {
    const report = scoreAnswer({
      ...base,
      transcript: 'kubernetes restarts the pod',
      words: timedWords('kubernetes restarts the pod'),
      durationSeconds: 3.6,
    });
    expect(report.tips.map((t) => t.text).join(' ')).toContain('you used 0:03 of a 0:30 target');
  });
});
