import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { importCommand } from './import-command';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(repoRoot, 'electron/decks/fixtures/plain-markers-guide.txt');
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-cli-import-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const deckRows = (dataDir: string) => {
  const db = new Database(path.join(dataDir, 'rehearse.sqlite'), { readonly: true });
  const rows = db.prepare('SELECT title, (SELECT COUNT(*) FROM questions) AS questions FROM decks').all();
  db.close();
  return rows;
};

describe('cli import', () => {
  it('prints exactly the documented JSON through the real CLI', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'import', fixture], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown[]>;
    expect(Object.keys(printed)).toEqual(['title', 'questions', 'skipped', 'warnings']);
    expect(Object.keys(printed.questions![0] as object)).toEqual([
      'prompt', 'modelAnswer', 'section', 'difficulty', 'kind', 'targetSeconds', 'targetSource', 'line',
    ]); // prettier-ignore
    expect(Object.keys(printed.skipped![0] as object)).toEqual(['text', 'line', 'reason']);
    expect(printed.questions).toHaveLength(5);
  });

  it('prints alternative answers, coaching notes, source notes and tags only for questions that have them', async () => {
    const fixtures = path.join(repoRoot, 'electron/decks/fixtures');
    const run = async (name: string) =>
      (await importCommand.run([path.join(fixtures, name)])) as { questions: Record<string, unknown>[] };
    const script = (await run('corpus-scripts-backend.md')).questions;
    expect(script[0]).toMatchObject({
      prompt: 'Tell me about yourself',
      targetSeconds: 30,
      answerLabel: 'Short (30s)',
      alternatives: [
        { label: 'Longer (90s)', targetSeconds: 90, modelAnswer: expect.stringMatching(/^"I'm a backend/) },
      ],
    });
    expect(Object.keys(script[1]!)).not.toContain('alternatives');
    const coached = (await run('corpus-coaching-datascience.md')).questions[0]!;
    expect(coached.notes).toMatch(/^Interviewers want to see/);
    expect(coached.modelAnswer).not.toContain('Interviewers want to see');
    expect((await run('corpus-bullet-answers-frontend.md')).questions[0]).toMatchObject({
      sourceNote: 'https://react.dev/learn/preserving-and-resetting-state',
    });
    expect((await run('corpus-flashcards-finance.md')).questions[1]).toMatchObject({
      difficulty: 'medium',
      tags: ['liquidity', 'working-capital'],
    });
  });

  it('saves with --save into --data-dir, and a second save updates the same deck', async () => {
    const dataDir = tempDir();
    const first = (await importCommand.run([fixture, '--save', '--data-dir', dataDir])) as { saved: object };
    expect(first.saved).toMatchObject({ added: 5, updated: 0, dataDir: path.resolve(dataDir) });
    const second = (await importCommand.run([fixture, '--save', '--data-dir', dataDir])) as { saved: object };
    expect(second.saved).toMatchObject({ added: 0, unchanged: 5 });
    expect(deckRows(dataDir)).toEqual([{ title: 'Product Manager interview prep', questions: 5 }]);
  });

  it('uses REHEARSE_DATA_DIR and saves nothing from a file that is not a guide', async () => {
    const dataDir = tempDir();
    const junk = path.join(dataDir, 'notes.md');
    fs.writeFileSync(junk, 'Shopping list: eggs, milk.\n');
    const previous = process.env.REHEARSE_DATA_DIR;
    process.env.REHEARSE_DATA_DIR = dataDir;
    try {
      await expect(importCommand.run([junk, '--save'])).rejects.toThrow(/^NOT_MARKDOWN: No questions found/);
    } finally {
      if (previous === undefined) delete process.env.REHEARSE_DATA_DIR;
      else process.env.REHEARSE_DATA_DIR = previous;
    }
    expect(deckRows(dataDir)).toEqual([]);
    await expect(importCommand.run([path.join(dataDir, 'missing.md')])).rejects.toThrow(/Cannot read/);
  });

  it('refuses a 1.9 MB file of "[" through the real CLI with a clear message', () => {
    const dir = tempDir();
    const hostile = path.join(dir, 'brackets.md');
    fs.writeFileSync(hostile, '['.repeat(1_900_000));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'import', hostile], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^rehearse import: TOO_LARGE: file too large \(1\.9 MB, limit 1 MB\)/);
  });
});
