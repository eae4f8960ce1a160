import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesMatching } from './testing/source-scan';

const electronDir = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' || entry.name === 'fixtures' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * An error that carries words instead of a code and its facts: a string or
 * template as AppError's second argument, or a `message` beside a `code`.
 */
const sentencePatterns = [
  /new AppError\(\s*[^,()]+,\s*['"`]/,
  /\bcode:\s*'[A-Z_]+',\s*message:/,
  /\bfail\(\s*'[A-Z_]+',\s*['"`]/,
];

const errorSentences = (source: string) => linesMatching(source, sentencePatterns, 3);

describe('errors thrown in main', () => {
  it('are spotted when they carry a sentence', () => {
    expect(errorSentences("throw new AppError('NOT_FOUND', 'That take no longer exists.');")).toHaveLength(1);
    expect(errorSentences("throw new AppError(\n  'BAD_FILE',\n  `Too big: ${n}`);")).toHaveLength(1);
    expect(errorSentences("return { ok: false, error: { code: 'FORBIDDEN', message: 'No.' } };")).toHaveLength(1);
    expect(errorSentences("throw new AppError('NOT_FOUND', { what: 'take' });")).toEqual([]);
  });

  it('carry a code and structured detail, never words the user reads', () => {
    const offenders = sourceFiles(electronDir).flatMap((file) =>
      errorSentences(fs.readFileSync(file, 'utf8')).map((where) => `${path.relative(electronDir, file)} ${where}`),
    );
    expect(offenders).toEqual([]);
  });
});
