import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deckContext } from '../content/deck';
import { scoreAnswer } from '../score-answer';
import type { ScoreSettingsOverrides } from '../settings';
import { modelAnswerFromSeed } from './seed-answers';

export const answerKinds = ['strong', 'otherWords', 'partial', 'keywords', 'otherQuestion', 'vague'] as const;
export type AnswerKind = (typeof answerKinds)[number];

/** Expected order: a strong answer in either wording above a partial one, a partial one above the rest. */
export const expectedRank: Record<AnswerKind, number> = {
  strong: 2,
  otherWords: 2,
  partial: 1,
  keywords: 0,
  otherQuestion: 0,
  vague: 0,
};

interface SetQuestion {
  question: string;
  seed?: string;
  modelAnswer?: string;
  answers: Record<Exclude<AnswerKind, 'otherQuestion'>, string> & { otherQuestion: { answers: string; text: string } };
}

interface ParaphraseSet {
  decks: { name: string; questions: SetQuestion[] }[];
}

export interface ScoredQuestion {
  deck: string;
  question: string;
  scores: Record<AnswerKind, number>;
}

export interface OrderingResult {
  questions: ScoredQuestion[];
  answers: number;
  pairs: number;
  correct: number;
  /** Pairs in the right order, counted by the kind of the answer that should score higher and the lower one. */
  byKind: Record<AnswerKind, { pairs: number; correct: number }>;
  failures: string[];
}

export function loadParaphraseSet(): ParaphraseSet {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'paraphrase-set.json'), 'utf8')) as ParaphraseSet;
}

/** The deck parameters may be chosen on (bench/scoring-select.ts); the other decks are only ever reported. */
export const paraphraseTrainDecks: readonly string[] = ['DevOps'];

/**
 * Scores every answer of the set (or of the named decks) through scoreAnswer, each deck as one deck, and counts
 * the pairs in the expected order.
 */
export function runParaphraseOrdering(
  settings: ScoreSettingsOverrides = {},
  decks?: readonly string[],
): OrderingResult {
  const set = loadParaphraseSet();
  const questions: ScoredQuestion[] = [];
  for (const deck of set.decks.filter((d) => !decks || decks.includes(d.name))) {
    const items = deck.questions.map((q) => ({
      ...q,
      modelAnswer: q.modelAnswer ?? modelAnswerFromSeed(q.seed ?? '', q.question),
    }));
    const context = deckContext(items.map((q) => ({ question: q.question, modelAnswer: q.modelAnswer })));
    for (const item of items) {
      const text = (kind: AnswerKind) =>
        kind === 'otherQuestion' ? item.answers.otherQuestion.text : item.answers[kind];
      const scores = Object.fromEntries(
        answerKinds.map((kind) => {
          const input = {
            question: item.question,
            modelAnswer: item.modelAnswer,
            transcript: text(kind),
            durationSeconds: 60,
          };
          return [kind, scoreAnswer(input, { deck: context, settings }).content.score];
        }),
      ) as Record<AnswerKind, number>;
      questions.push({ deck: deck.name, question: item.question, scores });
    }
  }
  const byKind = Object.fromEntries(answerKinds.map((k) => [k, { pairs: 0, correct: 0 }])) as OrderingResult['byKind'];
  const failures: string[] = [];
  let pairs = 0;
  let correct = 0;
  for (const q of questions) {
    for (const high of answerKinds) {
      for (const low of answerKinds) {
        if (expectedRank[high] <= expectedRank[low]) continue;
        const right = q.scores[high] > q.scores[low];
        pairs++;
        byKind[high].pairs++;
        byKind[low].pairs++;
        if (right) {
          correct++;
          byKind[high].correct++;
          byKind[low].correct++;
        } else failures.push(`${q.question}: ${high} ${q.scores[high]} <= ${low} ${q.scores[low]}`);
      }
    }
  }
  return { questions, answers: questions.length * answerKinds.length, pairs, correct, byKind, failures };
}
