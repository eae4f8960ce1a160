// Every key point of the five guides users brought and of the starter deck,
// asked about missed and partly covered: each follow-up must read as a finished question.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../decks/markdown/import-markdown';
import { starterDeck } from '../decks/starter-deck';
import { scoreAnswer } from '../scoring/score-answer';
import { offlineFollowUps } from './offline-follow-ups';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const seedFiles = fs.existsSync(seedsDir) ? fs.readdirSync(seedsDir).sort() : [];

interface Qa {
  prompt: string;
  modelAnswer: string;
}
const seedQuestions: Qa[] = seedFiles.flatMap(
  (file) => importMarkdown(fs.readFileSync(path.join(seedsDir, file), 'utf8'), { fileName: file }).questions,
);
const starterQuestions: Qa[] = starterDeck().questions;

/** Key points as the scorer reports them, for an answer that said nothing of substance. */
const keyPointsOf = (q: Qa) =>
  scoreAnswer({ question: q.prompt, modelAnswer: q.modelAnswer, transcript: 'Well, it depends.', durationSeconds: 5 })
    .content.keyPoints;

function expectWellFormed(text: string) {
  expect(text).not.toMatch(/[{}]/);
  expect(text).toMatch(/^[A-Z]/);
  expect(text).toMatch(/\?$/);
  expect(text).not.toMatch(/\s{2}|“\s*”|\s[?,]|\s\.(\s|$)|\(\s*\)|“\.”|\bof\s+\?/);
  const words = text.toLowerCase().match(/[\p{L}\p{N}'/+#.-]+/gu) ?? [];
  words.forEach((w, i) => expect(w === words[i - 1] ? `${words[i - 1]} ${w} in: ${text}` : '').toBe(''));
}

describe.each([
  ['seed guides', seedQuestions],
  ['starter deck', starterQuestions],
])('offline follow-ups on every key point of the %s', (_name, questions) => {
  it('reads as a finished question for each missed and each partly covered point', () => {
    expect(questions.length).toBeGreaterThan(_name === 'seed guides' ? 40 : 5);
    let asked = 0;
    questions.forEach((q, qi) => {
      for (const point of keyPointsOf(q)) {
        for (const status of ['missed', 'partly'] as const) {
          for (const seed of [qi, qi + 1000]) {
            const [followUp] = offlineFollowUps(
              { keyPoints: [{ ...point, status }], transcript: '', structureMissing: [] },
              1,
              seed,
            );
            expect(followUp, point.text).toBeDefined();
            expectWellFormed(followUp!.text);
            expect(followUp!.probes).toEqual([point.text]);
            asked += 1;
          }
        }
      }
    });
    expect(asked).toBeGreaterThan(questions.length);
  });
});

it('has all five seed guides to test against', () => {
  expect(seedFiles).toHaveLength(5);
});
