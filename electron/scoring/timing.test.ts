import { describe, expect, it } from 'vitest';
import { defaultScoreSettings } from './settings';
import { scoreTiming, targetFromModelAnswer } from './timing';

const timing = (duration: number, words = 300, target = 120) =>
  scoreTiming(duration, words, { seconds: target, source: 'given' }, defaultScoreSettings.timing);

describe('scoreTiming', () => {
  it('is on target within ±15%', () => {
    expect(timing(120)).toMatchObject({ score: 100, onTarget: true, overSeconds: 0 });
    expect(timing(137)).toMatchObject({ score: 100, onTarget: true, overSeconds: 17 });
    expect(timing(103)).toMatchObject({ score: 100, onTarget: true, overSeconds: -17 });
  });

  it('loses points per 10% beyond the tolerance, over or under', () => {
    // 150 s is 25% over: 10% beyond the tolerance costs 15 points.
    expect(timing(150)).toMatchObject({ score: 85, onTarget: false, overSeconds: 30 });
    expect(timing(90)).toMatchObject({ score: 85, onTarget: false, overSeconds: -30 });
    expect(timing(1800).score).toBe(0);
  });

  it('gives the pace that would have fitted the words into the target', () => {
    expect(timing(180, 450).paceToFitWpm).toBe(225);
  });

  it('scores an answer with no words 0', () => {
    expect(timing(120, 0).score).toBe(0);
  });

  it('derives a target from the model answer read at 145 wpm, kept between 30 s and 3 min', () => {
    expect(targetFromModelAnswer(290)).toBe(120);
    expect(targetFromModelAnswer(10)).toBe(30);
    expect(targetFromModelAnswer(2000)).toBe(180);
  });
});
