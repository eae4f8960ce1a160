import { describe, expect, it } from 'vitest';
import { dropAlternative, pickAlternative, unnamedAnswer } from './answer-choice';

const question = {
  modelAnswer: 'Short one.',
  targetSeconds: 30,
  answerLabel: 'Short (30s)',
  alternatives: [
    { label: 'Longer (90s)', modelAnswer: 'Longer one.', targetSeconds: 90 },
    { label: 'Extended (2 min)', modelAnswer: 'Extended one.', targetSeconds: 120 },
  ],
};

describe('choosing which version of an answer to rehearse', () => {
  it('swaps the picked version in with its own target and keeps the replaced one as an alternative', () => {
    expect(pickAlternative(question, 1)).toEqual({
      modelAnswer: 'Extended one.',
      targetSeconds: 120,
      targetSource: 'stated',
      answerLabel: 'Extended (2 min)',
      alternatives: [question.alternatives[0], { label: 'Short (30s)', modelAnswer: 'Short one.', targetSeconds: 30 }],
    });
  });

  it('names an unlabelled answer when it is swapped out, and ignores a pick that is not there', () => {
    expect(pickAlternative({ ...question, answerLabel: '' }, 0).alternatives?.[0]?.label).toBe(unnamedAnswer);
    expect(pickAlternative(question, 5)).toEqual({});
  });

  it('drops one version and keeps the rest', () => {
    expect(dropAlternative(question, 0)).toEqual({ alternatives: [question.alternatives[1]] });
  });
});
