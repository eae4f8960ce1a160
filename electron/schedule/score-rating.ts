import { Rating, type Grade } from 'ts-fsrs';

/**
 * The one place where a take's overall score (0-100) becomes an FSRS rating.
 *
 * FSRS ratings describe how well something was recalled. A spoken answer is
 * graded by the scorer rather than by the user, so the bands follow what the
 * overall score means on the review page:
 * - below 50: most key points of the model answer were missed, which is a
 *   failed recall; `Again` records a lapse and brings the question back first.
 * - 50 to 69: the answer was recognisably there but with real gaps or a weak
 *   delivery; `Hard` keeps the interval short.
 * - 70 to 84: a solid answer that covers the points on time; `Good`, the
 *   rating FSRS expects for a normal successful review.
 * - 85 and above: near-complete content with clean delivery; `Easy` stretches
 *   the interval, so polished answers stop crowding the "Due today" list.
 * Scores are rounded first so a score shown as "70" never lands in the band below.
 */
export const ratingBands = [
  { below: 50, rating: Rating.Again },
  { below: 70, rating: Rating.Hard },
  { below: 85, rating: Rating.Good },
] as const;

export function scoreToRating(score: number): Grade {
  if (!Number.isFinite(score)) throw new RangeError(`A score must be a finite number, got ${score}`);
  const rounded = Math.round(Math.min(100, Math.max(0, score)));
  return ratingBands.find((band) => rounded < band.below)?.rating ?? Rating.Easy;
}

export const ratingLabel = (rating: Grade): 'again' | 'hard' | 'good' | 'easy' =>
  (({ [Rating.Again]: 'again', [Rating.Hard]: 'hard', [Rating.Good]: 'good', [Rating.Easy]: 'easy' }) as const)[rating];

/**
 * A key point covered only after the interviewer asked ("recovered on
 * prompting") earns half the credit of one said unprompted: the user knew it,
 * but would not have said it in a real interview without the nudge.
 */
export const recoveredCredit = 0.5;

/** The score a first answer is rated on: its own, plus half of what its recovered points were worth unprompted. */
export function ratingScore(firstScore: number, recoveredGain: number): number {
  return Math.min(100, firstScore + recoveredCredit * Math.max(0, recoveredGain));
}
