import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScoreReport } from '../scoring/report';
import { CliError } from './command';
import { runCli } from './run-cli';
import { scoreCommand } from './score-command';

const dir = mkdtempSync(join(tmpdir(), 'rehearse-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const answer = {
  question: 'How do services communicate?',
  modelAnswer:
    '1. **Synchronous:** REST APIs behind an Nginx gateway.\n2. **Asynchronous:** RabbitMQ queues for background work.',
  transcript: 'um we use rest apis behind nginx, and rabbit mq for the background work',
  durationSeconds: 9,
  targetSeconds: 30,
  kind: 'technical',
  words: [
    { text: 'um', start: 0.4, end: 0.6 },
    { text: 'we', start: 0.8, end: 0.9 },
    { text: 'use', start: 1.0, end: 1.2 },
    { text: 'rest', start: 1.3, end: 1.6 },
    { text: 'apis', start: 1.7, end: 2.1 },
    { text: 'behind', start: 2.2, end: 2.5 },
    { text: 'nginx,', start: 2.6, end: 3.1 },
    { text: 'and', start: 5.5, end: 5.7 },
    { text: 'rabbit', start: 5.8, end: 6.1 },
    { text: 'mq', start: 6.2, end: 6.5 },
    { text: 'for', start: 6.6, end: 6.7 },
    { text: 'the', start: 6.8, end: 6.9 },
    { text: 'background', start: 7.0, end: 7.5 },
    { text: 'work', start: 7.6, end: 8.0 },
  ],
};

const score0to100 = expect.toSatisfy((v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100);

function expectContract(report: unknown) {
  expect(report).toMatchObject({
    overall: score0to100,
    content: {
      score: score0to100,
      keyPoints: expect.arrayContaining([
        {
          text: expect.any(String),
          status: expect.stringMatching(/^(covered|partly|missed)$/),
          evidence: expect.any(Object),
          coverage: expect.any(Number),
          weight: expect.any(Number),
          keyTerms: expect.any(Array),
        },
      ]),
    },
    delivery: {
      score: score0to100,
      wpm: expect.any(Number),
      fillers: expect.any(Object),
      pauses: expect.any(Array),
      hedges: expect.any(Object),
    },
    timing: { score: score0to100, targetSeconds: expect.any(Number), durationSeconds: expect.any(Number) },
    structure: { score: score0to100, parts: expect.any(Array), missing: expect.any(Array) },
    tips: expect.any(Array),
  });
  const tips = (report as { tips: unknown[] }).tips;
  expect(tips.length).toBeGreaterThanOrEqual(2);
  expect(tips.length).toBeLessThanOrEqual(4);
}

describe('score command', () => {
  it('scores one object into one report that holds the contract', async () => {
    const report = (await scoreCommand.run([file('one.json', answer)])) as ScoreReport;
    expectContract(report);
    const delivery = report.delivery as {
      pauses: { start: number; end: number; seconds: number }[];
      fillers: { count: number };
    };
    expect(delivery.pauses).toEqual([expect.objectContaining({ start: 3.1, end: 5.5, seconds: 2.4 })]);
    expect(delivery.fillers.count).toBe(1);
    const points = (report.content as { keyPoints: { status: string; evidence: { words: { text: string }[] } }[] })
      .keyPoints;
    expect(points[1]?.status).not.toBe('missed');
    expect(points[1]?.evidence.words.map((w) => w.text)).toEqual(['rabbit', 'mq', 'background', 'work']);
  });

  it('scores an array into an array of reports, in order', async () => {
    const reports = (await scoreCommand.run([
      file('many.json', [answer, { ...answer, transcript: '', words: [] }]),
    ])) as unknown[];
    expect(reports).toHaveLength(2);
    reports.forEach(expectContract);
    expect((reports[1] as { content: { score: number } }).content.score).toBe(0);
  });

  it('prints JSON through the CLI runner', async () => {
    let out = '';
    const code = await runCli(['score', file('cli.json', answer)], [scoreCommand], {
      stdout: (t) => (out += t),
      stderr: () => {},
    });
    expect(code).toBe(0);
    expectContract(JSON.parse(out));
  });

  it('rejects a missing file, bad JSON and input that breaks the schema with user errors', async () => {
    await expect(scoreCommand.run([])).rejects.toBeInstanceOf(CliError);
    await expect(scoreCommand.run([join(dir, 'nope.json')])).rejects.toThrow(/Cannot read/);
    await expect(scoreCommand.run([file('bad.json', '{ nope')])).rejects.toThrow(/not valid JSON/);
    await expect(scoreCommand.run([file('wrong.json', { ...answer, durationSeconds: 'long' })])).rejects.toThrow(
      /durationSeconds/,
    );
    await expect(scoreCommand.run([file('kind.json', { ...answer, kind: 'casual' })])).rejects.toThrow(/kind/);
  });
});
