import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const electronDir = import.meta.dirname;

/**
 * The only product files that may hold SQL: each feature's repositories, the
 * generator of practice history for benchmarks and end-to-end tests, and the
 * store's migrations, settings rows, eraser and integrity check. Services call
 * these instead of the database. A path ending in "/" allows a folder.
 */
const allowed = [
  'decks/deck-repo.ts',
  'decks/deck-rows.ts',
  'decks/question-repo.ts',
  'feedback/take-source-repo.ts',
  'interviewer/follow-up-repo.ts',
  'progress/history-generator.ts',
  'progress/progress-repo.ts',
  'interviews/interview-repo.ts',
  'schedule/schedule-card-repo.ts',
  'recording/take-repo.ts',
  'review/review-store.ts',
  'transcription/jobs/job-repo.ts',
  'store/erase-rows.ts',
  'store/health/database-check.ts',
  'store/job-table.ts',
  'store/migrate.ts',
  'store/migrations/',
  'store/settings-rows.ts',
];

/** The shared jobs table is read and written by JobTable alone; migrations create and change it. */
const jobsAllowed = ['store/job-table.ts', 'store/migrations/'];

const covers = (entries: readonly string[], file: string) =>
  entries.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' || entry.name === 'fixtures' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const sqlPatterns = [
  /\.prepare\(/g,
  /\bdb\.exec\(/g,
  /\.exec\(\s*['"`]\s*[A-Z]/g,
  /['"`]\s*(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|ALTER\s+TABLE|DROP\s+TABLE)\b/g,
];
const jobsPatterns = [/\b(FROM|INTO|UPDATE|JOIN|TABLE)\s+jobs\b/g];

/** The lines where a match of any pattern starts (SQL often spans lines). */
function linesMatching(source: string, patterns: readonly RegExp[]): number[] {
  const starts = patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match.index));
  const lines = starts.map((index) => source.slice(0, index).split('\n').length);
  return [...new Set(lines)].sort((a, b) => a - b);
}

/** Lines that run SQL, or hold SQL to run; and lines whose SQL names the jobs table. */
function sqlLines(source: string): { sql: number[]; jobs: number[] } {
  return { sql: linesMatching(source, sqlPatterns), jobs: linesMatching(source, jobsPatterns) };
}

const productFiles = () =>
  sourceFiles(electronDir).map((file) => path.relative(electronDir, file).split(path.sep).join('/'));
const read = (file: string) => fs.readFileSync(path.join(electronDir, file), 'utf8');

describe('SQL in main', () => {
  it('is spotted when code runs or holds it, and when it names the jobs table', () => {
    expect(sqlLines("const row = db.prepare('SELECT 1 FROM takes WHERE id = ?').get(id);").sql).toHaveLength(1);
    expect(sqlLines('this.db\n  .prepare(sql)\n  .all();').sql).toEqual([2]);
    expect(sqlLines('db.exec(migration.sql);').sql).toHaveLength(1);
    expect(sqlLines('const takesSql = `\n  SELECT a.id FROM takes a`;').sql).toEqual([1]);
    expect(sqlLines("run('DELETE FROM decks WHERE id = ?')").sql).toHaveLength(1);
    expect(sqlLines('`SELECT status FROM jobs WHERE take_id = ?`').jobs).toHaveLength(1);
    expect(sqlLines('`SELECT t.id FROM takes a\n JOIN jobs t ON t.take_id = a.id`').jobs).toEqual([2]);
    expect(sqlLines('`INSERT INTO jobs (id) VALUES (?)`').jobs).toHaveLength(1);
    // Regular expressions, English about jobs, and repository calls are not SQL.
    expect(sqlLines('const match = /^bytes=(\\d*)-/.exec(header.trim());')).toEqual({ sql: [], jobs: [] });
    expect(sqlLines('/** Score jobs in the shared jobs table, from jobs of kind "score". */')).toEqual({
      sql: [],
      jobs: [],
    });
    expect(sqlLines("const row = this.table.latestRow(takeId, 'done');")).toEqual({ sql: [], jobs: [] });
  });

  it('lives only in the repositories and the store', () => {
    const offenders = productFiles()
      .filter((file) => !covers(allowed, file))
      .flatMap((file) => sqlLines(read(file)).sql.map((line) => `${file} line ${line}`));
    expect(offenders).toEqual([]);
  });

  it('reaches the jobs table only through JobTable', () => {
    const offenders = productFiles()
      .filter((file) => !covers(jobsAllowed, file))
      .flatMap((file) => sqlLines(read(file)).jobs.map((line) => `${file} line ${line}`));
    expect(offenders).toEqual([]);
  });

  it('has no allowed file that no longer holds any', () => {
    const files = productFiles();
    const stale = allowed.filter(
      (entry) => !entry.endsWith('/') && (!files.includes(entry) || sqlLines(read(entry)).sql.length === 0),
    );
    expect(stale).toEqual([]);
  });
});
