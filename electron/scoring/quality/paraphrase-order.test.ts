import { describe, expect, it } from 'vitest';
import { answerKinds, loadParaphraseSet, runParaphraseOrdering } from './paraphrase-order';

describe('paraphrase set', () => {
  it('holds every kind of answer for at least 12 questions across several fields', () => {
    const set = loadParaphraseSet();
    const questions = set.decks.flatMap((d) => d.questions);
    expect(questions.length).toBeGreaterThanOrEqual(12);
    expect(questions.length * answerKinds.length).toBeGreaterThanOrEqual(80);
    expect(set.decks.length).toBeGreaterThanOrEqual(5);
    for (const q of questions) {
      for (const kind of answerKinds) expect(q.answers[kind], `${q.question}: ${kind}`).toBeTruthy();
      const deck = set.decks.find((d) => d.questions.includes(q));
      // The answer to another question answers a real question of the same deck.
      expect(deck?.questions.map((o) => o.question)).toContain(q.answers.otherQuestion.answers);
      expect(q.answers.otherQuestion.answers).not.toBe(q.question);
    }
  });

  it('orders strong answers in either wording above partial ones, and partial ones above the rest', () => {
    const result = runParaphraseOrdering();
    expect(result.failures.length, result.failures.join('\n')).toBeLessThanOrEqual(Math.floor(result.pairs * 0.05));
    expect(result.correct / result.pairs).toBeGreaterThanOrEqual(0.95);
  });
});
