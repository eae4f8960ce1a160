import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { type Deck, deckContext } from '../content/deck';
import { scoreAnswer } from '../score-answer';
import type { ScoreSettingsOverrides } from '../settings';
import { bestThreshold, twoWayMetrics } from './two-way-metrics';

/** SemEval-2013 Task 7 beside the repository (../shared/bench/semeval2013; see its README). */
export const semevalDir = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'bench', 'semeval2013');

export type SemevalSetName = 'beetle' | 'scientsbank';

export interface SemevalQuestion {
  question: string;
  /** The set's best reference answer, as given: the one model answer a user would write. */
  modelAnswer: string;
}

export interface SemevalAnswer {
  split: string;
  questionId: string;
  text: string;
  correct: boolean;
}

export interface SemevalSet {
  name: SemevalSetName;
  questions: Map<string, SemevalQuestion>;
  answers: SemevalAnswer[];
  /** Every question with its model answer, as the deck an app user would have built from them. */
  deck: Deck;
}

type Row = Record<string, string | undefined>;

function readCsv(file: string): Row[] {
  const path = join(semevalDir, file);
  if (!existsSync(path)) throw new Error(`SemEval-2013 data is missing: ${path} (expected beside the repository).`);
  return Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** Loads one SemEval-2013 Task 7 set from its CSV conversion, with 2-way labels (correct or not). */
export function loadSemeval(name: SemevalSetName): SemevalSet {
  const questions = new Map<string, SemevalQuestion>();
  for (const row of readCsv(`semeval2013_${name}_questions.csv`)) {
    questions.set(row.question_id ?? '', { question: row.question ?? '', modelAnswer: row.reference_best ?? '' });
  }
  const answers = readCsv(`semeval2013_${name}_answers.csv`).map((row) => ({
    split: row.split ?? '',
    questionId: row.question_id ?? '',
    text: row.answer ?? '',
    correct: row.label_2way === 'correct',
  }));
  return { name, questions, answers, deck: deckContext([...questions.values()]) };
}

export interface ScoredAnswer {
  split: string;
  questionId: string;
  /** The app's content score, 0..1. */
  score: number;
  actual: boolean;
}

/** Scores every answer (or those of the given splits) exactly as the app does: scoreAnswer, the deck, the content score. */
export function scoreSemeval(
  set: SemevalSet,
  settings: ScoreSettingsOverrides = {},
  splits?: readonly string[],
): ScoredAnswer[] {
  return set.answers
    .filter((a) => !splits || splits.includes(a.split))
    .map((a) => {
      const q = set.questions.get(a.questionId);
      const input = {
        question: q?.question ?? '',
        modelAnswer: q?.modelAnswer ?? '',
        transcript: a.text,
        durationSeconds: 30,
      };
      const score = scoreAnswer(input, { deck: set.deck, settings }).content.score / 100;
      return { split: a.split, questionId: a.questionId, score, actual: a.correct };
    });
}

export interface SplitResult {
  split: string;
  answers: number;
  accuracy: number;
  macroF1: number;
}

export interface SemevalResult {
  name: SemevalSetName;
  /** Content score (0..1) from which an answer counts as correct, chosen on train only. */
  threshold: number;
  train: SplitResult;
  tests: SplitResult[];
}

/** One threshold chosen on train, then 2-way accuracy and macro-F1 on every split. */
export function evaluateSemeval(name: SemevalSetName, scored: readonly ScoredAnswer[]): SemevalResult {
  const train = scored.filter((s) => s.split === 'train');
  const threshold = bestThreshold(train);
  const result = (split: string): SplitResult => {
    const items = scored.filter((s) => s.split === split);
    const metrics = twoWayMetrics(items.map((s) => ({ actual: s.actual, predicted: s.score >= threshold })));
    return { split, answers: items.length, ...metrics };
  };
  const tests = [...new Set(scored.map((s) => s.split))].filter((s) => s !== 'train').sort();
  return { name, threshold, train: result('train'), tests: tests.map(result) };
}

/** Macro-F1 on train with the threshold chosen there: the figure every rule and parameter is chosen by. */
export function trainMacroF1(set: SemevalSet, settings: ScoreSettingsOverrides = {}): number {
  return evaluateSemeval(set.name, scoreSemeval(set, settings, ['train'])).train.macroF1;
}
