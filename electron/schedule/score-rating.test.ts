import { Rating, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { ratingLabel, ratingScore, recoveredCredit, scoreToRating } from './score-rating';

describe('scoreToRating', () => {
  it.each([
    [0, Rating.Again],
    [49, Rating.Again],
    [49.4, Rating.Again],
    [49.5, Rating.Hard],
    [50, Rating.Hard],
    [69, Rating.Hard],
    [70, Rating.Good],
    [84, Rating.Good],
    [85, Rating.Easy],
    [100, Rating.Easy],
  ])('maps %d to rating %d', (score, rating) => {
    expect(scoreToRating(score)).toBe(rating);
  });

  it('clamps scores outside 0-100 and rejects non-numbers', () => {
    expect(scoreToRating(-10)).toBe(Rating.Again);
    expect(scoreToRating(140)).toBe(Rating.Easy);
    expect(() => scoreToRating(Number.NaN)).toThrow(RangeError);
  });

  it('never gives a higher score a lower rating', () => {
    let previous = scoreToRating(0);
    for (let score = 0; score <= 100; score += 0.5) {
      const rating = scoreToRating(score);
      expect(rating).toBeGreaterThanOrEqual(previous);
      previous = rating;
    }
  });

  it('names ratings for the UI', () => {
    const grades: Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
    expect(grades.map(ratingLabel)).toEqual(['again', 'hard', 'good', 'easy']);
  });
});

describe('key points recovered on prompting', () => {
  it('lift the rating, but less than saying them unprompted', () => {
    // A first answer at 45 whose missed points were worth 30 more points of the overall score.
    const first = 45;
    const gain = 30;
    expect(scoreToRating(first)).toBe(Rating.Again);
    expect(scoreToRating(ratingScore(first, gain))).toBe(Rating.Hard);
    expect(scoreToRating(first + gain)).toBe(Rating.Good);
    expect(ratingScore(first, gain)).toBeLessThan(first + gain);
    expect(ratingScore(first, gain)).toBe(first + recoveredCredit * gain);
  });

  it('leave a take with nothing recovered as it was, and never rate above 100', () => {
    expect(ratingScore(72, 0)).toBe(72);
    expect(ratingScore(95, 40)).toBe(100);
  });
});
