import { describe, expect, it } from 'vitest';
import { judgedPoints } from './judge-output';

const points = ['Cache in front of the database', 'Redis with a TTL'];

describe('judgedPoints', () => {
  it('puts the verdicts in the key points’ order whatever order the model used', () => {
    expect(
      judgedPoints(points, {
        verdicts: [
          { keyPoint: 2, verdict: 'partly', quote: '  we used redis  ' },
          { keyPoint: 1, verdict: 'covered', quote: 'a cache before the db' },
        ],
      }),
    ).toEqual([
      { keyPoint: points[0], verdict: 'covered', quote: 'a cache before the db' },
      { keyPoint: points[1], verdict: 'partly', quote: 'we used redis' },
    ]);
  });

  it('refuses an answer that leaves out a point, judges one twice or names one that does not exist', () => {
    const covered = { verdict: 'covered' as const, quote: 'x' };
    expect(() => judgedPoints(points, { verdicts: [{ keyPoint: 1, ...covered }] })).toThrow(
      expect.objectContaining({ detail: { reason: 'judge-missed-point', number: 2 } }),
    );
    expect(() =>
      judgedPoints(points, {
        verdicts: [
          { keyPoint: 1, ...covered },
          { keyPoint: 1, ...covered },
        ],
      }),
    ).toThrow(expect.objectContaining({ detail: { reason: 'judge-misnamed-point', number: 1 } }));
    expect(() => judgedPoints(points, { verdicts: [{ keyPoint: 3, ...covered }] })).toThrow(
      expect.objectContaining({ detail: { reason: 'judge-misnamed-point', number: 3 } }),
    );
  });

  it('keeps a quote short enough to read beside the point', () => {
    const [judged] = judgedPoints(['One point'], {
      verdicts: [{ keyPoint: 1, verdict: 'covered', quote: 'word '.repeat(200) }],
    });
    expect(judged!.quote.length).toBeLessThanOrEqual(300);
    expect(judged!.quote.endsWith('…')).toBe(true);
  });
});
