// Guides written in the shapes people use, across fields, each with a hand-made
// expected file. Prints recall, precision and boundary accuracy per family:
//   npx vitest run electron/decks/markdown/import-corpus.test.ts
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '@contract/deck-import';
import { AppError } from '@contract/app-error';
import { scoreGuide, type ExpectedGuide, type GuideScore } from './corpus-score';
import { importMarkdown } from './import-markdown';

const fixturesDir = path.join(import.meta.dirname, '../fixtures');
const guides = fs
  .readdirSync(fixturesDir)
  .filter((f) => f.startsWith('corpus-') && f.endsWith('.md'))
  .sort();

const families = [
  'details', 'labels', 'bold-numbered', 'coaching', 'star', 'flashcards', 'numbered-list', 'bullet-answers', 'scripts',
]; // prettier-ignore
const floor = 0.97;

function importOrNothing(text: string): ImportResult | null {
  try {
    return importMarkdown(text);
  } catch (error) {
    // "No questions found" is the right outcome for a document with no Q&A in it.
    if (error instanceof AppError && error.code === 'NOT_MARKDOWN') return null;
    throw error;
  }
}

const scored = guides.map((file) => {
  const expected = JSON.parse(
    fs.readFileSync(path.join(fixturesDir, file.replace(/\.md$/, '.expected.json')), 'utf8'),
  ) as ExpectedGuide;
  // No file name: the fixture names say which family they are, which must not help the importer.
  const result = importOrNothing(fs.readFileSync(path.join(fixturesDir, file), 'utf8'));
  return { file, family: expected.family, score: scoreGuide(result, expected) };
});

interface Figures {
  recall: number;
  precision: number;
  boundaries: number;
  fields: number;
}

function figures(scores: GuideScore[]): Figures {
  const sum = (key: keyof Omit<GuideScore, 'problems'>) => scores.reduce((n, s) => n + s[key], 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    recall: ratio(sum('recalled'), sum('expected')),
    precision: ratio(sum('genuine'), sum('found')),
    boundaries: ratio(sum('boundariesRight'), sum('boundaries')),
    fields: ratio(sum('fieldsRight'), sum('fields')),
  };
}

const rows = [...families, 'not-qa'].map((family) => {
  const inFamily = scored.filter((s) => s.family === family);
  return { family, guides: inFamily.length, ...figures(inFamily.map((s) => s.score)) };
});
const overall = { family: 'overall', guides: scored.length, ...figures(scored.map((s) => s.score)) };
const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
console.log(
  ['family           guides  recall precision boundaries fields']
    .concat(
      [...rows, overall].map(
        (r) =>
          `${r.family.padEnd(16)} ${String(r.guides).padStart(6)} ${pct(r.recall)} ${pct(r.precision)}   ${pct(r.boundaries)} ${pct(r.fields)}`,
      ),
    )
    .join('\n'),
);
const problems = scored.flatMap((s) => s.score.problems.map((p) => `  ${s.file}: ${p}`));
if (problems.length > 0) console.log(`What the importer got wrong:\n${problems.join('\n')}`);

describe('import corpus', () => {
  it('holds at least two guides per family, in different fields, and three documents that are mostly not Q&A', () => {
    for (const family of families)
      expect(scored.filter((s) => s.family === family).length, family).toBeGreaterThanOrEqual(2);
    expect(scored.filter((s) => s.family === 'not-qa').length).toBeGreaterThanOrEqual(3);
    expect(scored.length).toBeGreaterThanOrEqual(16);
  });

  it.each([...rows, overall])('$family: recall, precision, boundaries and fields at 97% or better', (row) => {
    const problems = scored
      .filter((s) => row.family === 'overall' || s.family === row.family)
      .flatMap((s) => s.score.problems.map((p) => `${s.file}: ${p}`));
    expect({ ...row, problems }).toMatchObject({
      recall: expect.toSatisfy((n: number) => n >= floor),
      precision: expect.toSatisfy((n: number) => n >= floor),
      boundaries: expect.toSatisfy((n: number) => n >= floor),
      fields: expect.toSatisfy((n: number) => n >= floor),
    });
  });
});
