import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '@contract/deck-import';
import { importMarkdown } from '../markdown/import-markdown';
import { exportCsv, importCsv } from './deck-csv';
import { exportJson, importJson } from './deck-json';
import { exportMarkdown } from './deck-markdown';
import { importDeckFile } from './import-deck-file';

const fixturesDir = path.join(import.meta.dirname, '../fixtures');
const seedsDir = path.resolve(import.meta.dirname, '../../../../shared/seeds');
const guides = [
  ...['numbered-list-guide.txt', 'details-guide.txt', 'plain-markers-guide.txt'].map((f) => path.join(fixturesDir, f)),
  ...(fs.existsSync(seedsDir) ? fs.readdirSync(seedsDir).map((f) => path.join(seedsDir, f)) : []),
];
// The corpus guides that have answer versions, coaching notes, source notes or tags.
const corpusGuides = fs
  .readdirSync(fixturesDir)
  .filter((f) => /^corpus-(scripts|coaching|flashcards|bullet-answers)-.*\.md$/.test(f))
  .sort();
const withoutLines = (r: ImportResult) => r.questions.map(({ line: _line, ...q }) => q);

const sample = {
  title: 'Sample, "quoted" deck',
  questions: [
    {
      prompt: 'Why Postgres, not Mongo?',
      modelAnswer: 'Joins, "transactions", and\n\n- one\n- two',
      section: 'Databases > SQL',
      difficulty: 'hard' as const,
      kind: 'technical' as const,
      targetSeconds: 75,
      targetSource: 'stated' as const,
    },
    {
      prompt: 'Tell me about a time you failed.',
      modelAnswer: '',
      section: '',
      difficulty: null,
      kind: 'behavioral' as const,
      targetSeconds: 30,
      targetSource: 'default' as const,
    },
  ],
};

const withExtras = {
  title: 'Pitches',
  questions: [
    {
      ...sample.questions[0]!,
      prompt: 'Give me your elevator pitch.',
      kind: 'pitch' as const,
      answerLabel: 'Short (30s)',
      alternatives: [
        { label: 'Longer (90s)', modelAnswer: '**Hook:** I fix *slow* <things>.\n\n- one\n- two', targetSeconds: 90 },
        { label: 'Imported answer', modelAnswer: 'Ends with --> and [brackets]', targetSeconds: 45 },
      ],
      notes: '#### How to Answer\nLead with the result, then the `how`.',
      sourceNote: 'Reference: https://example.com/pitch?a=1&b=2',
      tags: ['sales, enterprise', 'pitch'],
    },
    { ...sample.questions[1]!, tags: ['=formula', 'behavioural'], notes: '-Start with the situation.' },
    { ...sample.questions[0]!, prompt: 'No extras here?' },
  ],
};

describe('JSON and CSV', () => {
  it('keeps answer versions, notes, source notes and tags through JSON and CSV', () => {
    for (const [exported, reimport] of [
      [exportJson(withExtras), importJson],
      [exportCsv(withExtras), importCsv],
    ] as const) {
      const back = reimport(exported, { fileName: 'deck' });
      expect(back.skipped).toEqual([]);
      expect(withoutLines(back)).toEqual(withExtras.questions);
    }
  });

  it('reads plain comma-separated tags and names a column that does not fit', () => {
    const csv = [
      'prompt,modelAnswer,tags,alternatives',
      'Why?,Because.,"valuation; dcf , lbo",',
      'How?,Like so.,,"[{""label"":""Short""}]"',
      'What?,That.,,not json',
    ].join('\n');
    const result = importCsv(csv);
    expect(result.questions.map((q) => [q.prompt, q.tags])).toEqual([['Why?', ['valuation', 'dcf', 'lbo']]]);
    expect(result.skipped).toEqual([
      expect.objectContaining({ line: 3, reason: expect.stringMatching(/^alternatives is not valid/) }),
      expect.objectContaining({ line: 4, reason: expect.stringMatching(/^alternatives is not valid/) }),
    ]);
  });

  it('round-trips a deck through JSON and through CSV unchanged', () => {
    for (const [exported, reimport] of [
      [exportJson(sample), importJson],
      [exportCsv(sample), importCsv],
    ] as const) {
      const back = reimport(exported, { fileName: 'deck' });
      expect(withoutLines(back)).toEqual(sample.questions);
      expect(back.skipped).toEqual([]);
    }
    expect(importJson(exportJson(sample)).title).toBe(sample.title);
  });

  it('writes no cell a spreadsheet would run as a formula, and re-imports the deck unchanged', () => {
    const risky = [
      '=HYPERLINK("https://evil.example","Open")',
      '+1 555 0100',
      '-2+3',
      '@SUM(A1:A9)',
      "'=already quoted",
    ];
    const deck = {
      title: 'Risky',
      questions: risky.map((text, i) => ({
        ...sample.questions[0]!,
        prompt: `${text} (${i})`,
        modelAnswer: i === 0 ? '- one\n- two' : text,
        section: text,
      })),
    };
    const csv = exportCsv(deck);
    const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain('\'=HYPERLINK("https://evil.example","Open") (0)');
    expect(withoutLines(importCsv(csv))).toEqual(deck.questions);
  });

  it('accepts spreadsheet headers and fills what a row leaves out', () => {
    const csv =
      'Question,Answer,Category,Level,Time\n"What is DNS?","Names, then addresses.",Networking,Beginner,1:30\nWhy?,,,,\n,orphan,,,\n';
    const result = importCsv(csv, { fileName: 'my_questions.csv' });
    expect(result.title).toBe('my questions');
    expect(withoutLines(result)[0]).toEqual({
      prompt: 'What is DNS?',
      modelAnswer: 'Names, then addresses.',
      section: 'Networking',
      difficulty: 'easy',
      kind: 'technical',
      targetSeconds: 90,
      targetSource: 'stated',
    });
    expect(result.questions[1]).toMatchObject({ prompt: 'Why?', targetSource: 'default', line: 3 });
    expect(result.skipped).toEqual([expect.objectContaining({ line: 4, reason: 'no question text' })]);
  });

  it('skips bad rows with a reason and refuses files it cannot read', () => {
    const result = importJson(JSON.stringify([{ prompt: 'A?', targetSeconds: 'soon' }, 42, { prompt: 'B?' }]));
    expect(result.questions.map((q) => q.prompt)).toEqual(['B?']);
    expect(result.skipped.map((s) => s.line)).toEqual([1, 2]);
    expect(() => importJson('{ nope')).toThrow(expect.objectContaining({ code: 'BAD_FILE' }));
    expect(() => importJson('{"version": 99, "questions": []}')).toThrow(
      expect.objectContaining({ detail: { reason: 'deck-from-newer-version' } }),
    );
    expect(() => importCsv('a,b\n1,2\n')).toThrow(expect.objectContaining({ code: 'BAD_FILE' }));
  });
});

describe('Markdown export', () => {
  it.each(guides.map((g) => [path.basename(g), g]))('%s re-imports to the same deck', (_name, file) => {
    const first = importMarkdown(fs.readFileSync(file, 'utf8'));
    const exported = exportMarkdown(first);
    const second = importMarkdown(exported);
    expect(second.title).toBe(first.title);
    expect(withoutLines(second)).toEqual(withoutLines(first));
    expect(second.skipped).toEqual([]);
  });

  it('keeps answer versions, notes, source notes and tags, whatever characters they hold', () => {
    const exported = exportMarkdown(withExtras);
    expect(withoutLines(importMarkdown(exported))).toEqual(withExtras.questions);
    // The extras ride in the hidden comment; the visible guide is unchanged.
    expect(exported.match(/^<!-- rehearse .* -->$/gm)).toHaveLength(3);
    expect(exported.replace(/^<!-- rehearse .* -->$/gm, '')).not.toContain('Imported answer');
  });

  it.each(corpusGuides.map((g) => [g]))('%s keeps its extras through export and import', (file) => {
    const first = importMarkdown(fs.readFileSync(path.join(fixturesDir, file), 'utf8'));
    const second = importMarkdown(exportMarkdown(first));
    expect(withoutLines(second)).toEqual(withoutLines(first));
    for (const [exported, reimport] of [
      [exportJson(first), importJson],
      [exportCsv(first), importCsv],
    ] as const)
      expect(withoutLines(reimport(exported))).toEqual(withoutLines(first));
  });

  it('keeps questions without answers, odd characters and deep sections', () => {
    const deck = {
      title: 'Edge # cases',
      questions: [
        { ...sample.questions[1]!, section: 'A > B > C > D > E' },
        { ...sample.questions[0]!, prompt: 'Use `*ptr` and <T> [x] | y?', section: 'A' },
        { ...sample.questions[0]!, section: '' },
      ],
    };
    const back = importMarkdown(exportMarkdown(deck));
    expect(back.title).toBe(deck.title);
    expect(withoutLines(back)).toEqual(deck.questions);
  });
});

describe('importDeckFile', () => {
  it('picks the format from the extension, else from the content', () => {
    expect(importDeckFile(exportJson(sample), 'x.json').format).toBe('json');
    expect(importDeckFile(exportJson(sample)).format).toBe('json');
    expect(importDeckFile(exportCsv(sample), 'x.CSV').format).toBe('csv');
    expect(importDeckFile('**Q: Why?**\n**A:** Because.', 'notes.txt').format).toBe('markdown');
  });
});
