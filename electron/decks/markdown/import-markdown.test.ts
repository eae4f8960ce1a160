import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResultSchema, skipReasons } from '@contract/deck-import';
import { importMarkdown } from './import-markdown';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures', name), 'utf8');
const byPrompt = (result: ReturnType<typeof importMarkdown>, start: string) => {
  const found = result.questions.find((q) => q.prompt.startsWith(start));
  if (!found)
    throw new Error(`no question starting "${start}" in ${result.questions.map((q) => q.prompt).join(' | ')}`);
  return found;
};

describe('importMarkdown: numbered lists with indented answers', () => {
  const result = importMarkdown(fixture('numbered-list-guide.txt'));

  it('finds each question with exactly its own answer', () => {
    expect(result.title).toBe('Frontend Interview Notes');
    expect(result.questions.map((q) => q.prompt)).toEqual([
      'What is the virtual DOM?',
      'Why are keys needed in lists?',
      'What does useEffect with an empty dependency array do?',
      'How would you find a memory leak in a single-page app?',
      'Explain how you would make a large table scroll smoothly.',
    ]);
    expect(byPrompt(result, 'What is the virtual').modelAnswer).toBe(
      'A lightweight copy of the real DOM that React diffs between renders, so\nonly the nodes that changed are touched.',
    );
    const keys = byPrompt(result, 'Why are keys').modelAnswer;
    expect(keys.startsWith('Keys let React match')).toBe(true);
    expect(keys.endsWith('- Never use the array index when items can move')).toBe(true);
    expect(byPrompt(result, 'What does useEffect').modelAnswer).toBe(
      '- Runs once after the first render\n- Its cleanup runs when the component unmounts',
    );
  });

  it('reads difficulty from the section and leaves interviewer questions and plain bullets out', () => {
    expect(result.questions.map((q) => q.difficulty)).toEqual(['easy', 'easy', 'easy', 'hard', 'hard']);
    expect(result.questions[3]!.section).toBe('Advanced');
    expect(result.skipped.map((s) => [s.text, s.reason])).toEqual([
      ['How do you ship changes to production?', skipReasons.askInterviewer],
      ['What does a good first month look like?', skipReasons.askInterviewer],
    ]);
  });
});

describe('importMarkdown: <details> blocks', () => {
  const result = importMarkdown(fixture('details-guide.txt'));

  it('takes the summary as the question and everything up to </details> as the answer', () => {
    expect(result.questions.map((q) => [q.section, q.prompt])).toEqual([
      ['SQL', 'What is the difference between WHERE and HAVING?'],
      ['SQL', 'When would you denormalise a table?'],
      ['Pipelines', 'How do you make a batch job idempotent?'],
    ]);
    const first = result.questions[0]!.modelAnswer;
    expect(first.startsWith('`WHERE` filters rows **before** grouping')).toBe(true);
    expect(first.endsWith('```')).toBe(true);
    expect(first).not.toContain('</details>');
    expect(result.questions[1]!.modelAnswer).toBe(
      'When reads dominate and joins are the bottleneck, for example a reporting table rebuilt nightly.',
    );
    expect(result.questions[2]!.modelAnswer).toMatch(/^\| Technique \| Why \|[^]*replaces that day only \|$/);
  });

  it('lists an empty <details> as a question without a model answer', () => {
    expect(result.skipped).toEqual([{ text: 'What is backpressure?', line: 33, reason: skipReasons.noModelAnswer }]);
  });
});

describe('importMarkdown: plain markers, bold questions and stated timings', () => {
  const result = importMarkdown(fixture('plain-markers-guide.txt'));

  it('handles "Q:/A:", "Question 3:/Answer:", bold questions and a timed label', () => {
    expect(result.title).toBe('Product Manager interview prep');
    expect(result.questions.map((q) => q.prompt)).toEqual([
      'Tell me about yourself (90 seconds)',
      'Why do you want to work here?',
      'How do you prioritise a roadmap?',
      'Describe a time you disagreed with an engineering lead.',
      'Give me an example of a product you killed?',
    ]);
    expect(byPrompt(result, 'How do you prioritise').modelAnswer.startsWith('I score ideas')).toBe(true);
    expect(byPrompt(result, 'Why do you want').modelAnswer.startsWith('Your product sits')).toBe(true);
    expect(byPrompt(result, 'Describe a time').modelAnswer).toMatch(/^We disagreed[^]*two weeks earlier\.$/);
  });

  it('uses stated targets from the label, the answer, the section; caps defaults at the guide-wide limit', () => {
    const targets = result.questions.map((q) => [q.targetSeconds, q.targetSource, q.kind]);
    expect(targets).toEqual([
      [90, 'stated', 'pitch'],
      [30, 'default', 'behavioral'],
      [60, 'stated', 'technical'],
      [120, 'stated', 'behavioral'],
      [120, 'stated', 'behavioral'],
    ]);
    expect(result.skipped.map((s) => [s.text, s.reason])).toEqual([
      ['What is your biggest weakness?', skipReasons.noModelAnswer],
      ['How long should answers be?', skipReasons.tips],
    ]);
  });
});

describe('importMarkdown: contract and errors', () => {
  it('returns exactly the documented fields', () => {
    const result = importMarkdown(fixture('numbered-list-guide.txt'));
    expect(Object.keys(result).sort()).toEqual(['questions', 'skipped', 'title', 'warnings']);
    expect(Object.keys(result.questions[0]!).sort()).toEqual(
      ['difficulty', 'kind', 'line', 'modelAnswer', 'prompt', 'section', 'targetSeconds', 'targetSource'].sort(),
    );
    expect(Object.keys(result.skipped[0]!).sort()).toEqual(['line', 'reason', 'text']);
    expect(importResultSchema.strict().safeParse(result).success).toBe(true);
  });

  it('refuses text with no questions and binary data with NOT_MARKDOWN', () => {
    expect(() => importMarkdown(fixture('not-a-guide.txt'))).toThrow(expect.objectContaining({ code: 'NOT_MARKDOWN' }));
    const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(() => importMarkdown(png)).toThrow(expect.objectContaining({ code: 'NOT_MARKDOWN' }));
    expect(() => importMarkdown('')).toThrow(expect.objectContaining({ code: 'NOT_MARKDOWN' }));
  });

  it('derives default targets from answer length at the configured pace', () => {
    const answer = Array.from({ length: 300 }, () => 'word').join(' ');
    const text = `**Q: Why?**\n**A:** ${answer}`;
    expect(importMarkdown(text).questions[0]).toMatchObject({ targetSeconds: 120, targetSource: 'default' });
    expect(importMarkdown(text, { wordsPerMinute: 100 }).questions[0]!.targetSeconds).toBe(180);
    expect(importMarkdown('**Q: Why?**\n**A:** Because.').questions[0]!.targetSeconds).toBe(30);
  });

  it('warns about repeated questions and gaps in numbering', () => {
    const text = ['**Q1: What is DNS?**', 'A: Names to addresses.', '', '**Q2: What is DNS?**', 'A: Again.', '',
      '**Q4: What is TCP?**', 'A: A transport.'].join('\n'); // prettier-ignore
    const messages = importMarkdown(text).warnings.map((w) => w.message);
    expect(messages).toContain('Same question as line 1; keep one of them.');
    expect(messages).toContain('No question numbered 3 was found between Q1 and Q4.');
  });
});

describe('importMarkdown: what counts as a list of questions', () => {
  it('imports numbered bold prompts with spoken answers whatever the title says', () => {
    const result = importMarkdown(fixture('corpus-bold-numbered-sales.md'));
    expect(result.title).toBe('Sales pitch drills');
    expect(result.questions.map((q) => q.prompt)).toEqual([
      'Give me the pitch in thirty seconds.',
      'Why should I switch from the spreadsheet my dispatcher already knows?',
      'The customer says it is too expensive. Respond.',
      'Handle this: "We tried route software five years ago and the drivers ignored it."',
      'Close the call with a next step.',
    ]);
  });

  it('does not take numbered install steps answered by commands as questions', () => {
    const readme = [
      '# deploykit',
      '',
      'Ships a static site to any bucket in one command, with cache headers set per file type.',
      '',
      ...[1, 2, 3].flatMap((n) => [
        `**${n}. Run step ${n} of the setup in your terminal.**`,
        '',
        '```bash',
        `deploykit setup --step ${n} --bucket my-site --region eu-west-1 --profile default`,
        '```',
        '',
      ]),
    ].join('\n');
    expect(() => importMarkdown(readme)).toThrow(expect.objectContaining({ code: 'NOT_MARKDOWN' }));
  });
});
