import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deckSpecificity } from '../electron/scoring/content/deck';
import { scoreAnswer } from '../electron/scoring/score-answer';

const seedsDir = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const qualities = ['strong', 'partial', 'vague', 'keywords', 'off-topic'] as const;
type Quality = (typeof qualities)[number];
const rank: Record<Quality, number> = { strong: 3, partial: 2, vague: 1, keywords: 1, 'off-topic': 1 };

interface OrderingQuestion {
  seed: string;
  question: string;
  answers: Record<Exclude<Quality, 'off-topic'>, string>;
}

/** The model answer under a question in a seed guide: the lines after it up to the next question or heading. */
export function modelAnswerFromSeed(seed: string, question: string): string {
  const lines = readFileSync(join(seedsDir, seed), 'utf8').split(/\r?\n/);
  const at = lines.findIndex((line) => line.includes(question));
  if (at < 0) throw new Error(`Question not found in ${seed}: ${question}`);
  const body: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (/^(\*\*Q|#{1,3} |---)/.test(line)) break;
    body.push(line.replace(/^\*\*(A|Answer)\*\*:?\s*|^\*\*(A|Answer):\*\*\s*/, ''));
  }
  return body.join('\n').trim();
}

export interface OrderingResult {
  pairs: number;
  correct: number;
  /** Mean content score per quality. */
  means: Record<Quality, number>;
  failures: string[];
}

/** Scores every answer and counts the pairs of different rank that come out in the right order. */
export function runOrdering(): OrderingResult {
  const data = JSON.parse(readFileSync(join(import.meta.dirname, 'data', 'ordering-set.json'), 'utf8')) as {
    questions: OrderingQuestion[];
  };
  const items = data.questions.map((q) => ({ ...q, modelAnswer: modelAnswerFromSeed(q.seed, q.question) }));
  const deck = deckSpecificity(items.map((i) => i.modelAnswer));
  const sums = Object.fromEntries(qualities.map((q) => [q, 0])) as Record<Quality, number>;
  let pairs = 0;
  let correct = 0;
  const failures: string[] = [];
  items.forEach((item, index) => {
    const next = items[(index + 1) % items.length];
    const transcripts: Record<Quality, string> = { ...item.answers, 'off-topic': next?.answers.strong ?? '' };
    const scores = Object.fromEntries(
      qualities.map((quality) => {
        const transcript = transcripts[quality];
        const input = { question: item.question, modelAnswer: item.modelAnswer, transcript, durationSeconds: 60 };
        return [quality, scoreAnswer(input, { deck }).content.score];
      }),
    ) as Record<Quality, number>;
    for (const a of qualities) {
      sums[a] += scores[a];
      for (const b of qualities) {
        if (rank[a] <= rank[b]) continue;
        pairs++;
        if (scores[a] > scores[b]) correct++;
        else failures.push(`${item.question}: ${a} ${scores[a]} <= ${b} ${scores[b]}`);
      }
    }
  });
  const means = Object.fromEntries(qualities.map((q) => [q, Math.round(sums[q] / items.length)])) as Record<
    Quality,
    number
  >;
  return { pairs, correct, means, failures };
}
