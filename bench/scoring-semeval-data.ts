import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { Idf } from '../electron/scoring/content/term-weights';
import { analyzeText, type Term } from '../electron/scoring/text/analyze';

export const semevalDir = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'semeval2013');

export interface SemevalQuestion {
  question: Term[];
  references: Term[][];
}

export interface SemevalAnswer {
  split: string;
  questionId: string;
  text: string;
  terms: Term[];
  correct: boolean;
}

export interface SemevalSet {
  name: string;
  questions: Map<string, SemevalQuestion>;
  answers: SemevalAnswer[];
  /** Specificity over the set's reference answers (inputs only, no labels): the benchmark's "deck". */
  idf: Idf;
}

type Row = Record<string, string | undefined>;

function readCsv(file: string): Row[] {
  return Papa.parse<Row>(readFileSync(join(semevalDir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** Loads one SemEval-2013 Task 7 set (beetle or scientsbank) from the CSV conversion, 2-way labels. */
export function loadSemeval(name: 'beetle' | 'scientsbank'): SemevalSet {
  const questions = new Map<string, SemevalQuestion>();
  for (const row of readCsv(`semeval2013_${name}_questions.csv`)) {
    const references = (row.reference_answers ?? '').split(' || ').filter(Boolean).map(analyzeText);
    questions.set(row.question_id ?? '', { question: analyzeText(row.question ?? ''), references });
  }
  const answers = readCsv(`semeval2013_${name}_answers.csv`).map((row) => ({
    split: row.split ?? '',
    questionId: row.question_id ?? '',
    text: row.answer ?? '',
    terms: analyzeText(row.answer ?? ''),
    correct: row.label_2way === 'correct',
  }));
  const idf = new Idf([...questions.values()].flatMap((q) => q.references));
  return { name, questions, answers, idf };
}
