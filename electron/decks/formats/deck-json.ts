import type { ImportResult } from '@contract/deck-import';
import { AppError } from '@contract/app-error';
import { defaultTargetOptions, type TargetOptions } from '../targets';
import type { ExportableDeck } from './exportable-deck';
import { titleFromFileName } from './file-name';
import { presentExtras } from './question-extras-fields';
import { isQuestion, isSkipped, recordToQuestion, type RawRecord } from './question-record';

/** Identifies our JSON deck files; documented in docs/deck-format.md. */
export const deckFormatName = 'rehearse-deck';
export const deckFormatVersion = 1;

export function exportJson(deck: ExportableDeck): string {
  const document = {
    format: deckFormatName,
    version: deckFormatVersion,
    title: deck.title,
    questions: deck.questions.map((q) => ({
      prompt: q.prompt,
      modelAnswer: q.modelAnswer,
      section: q.section,
      difficulty: q.difficulty,
      kind: q.kind,
      targetSeconds: q.targetSeconds,
      targetSource: q.targetSource,
      ...presentExtras(q),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads our deck format, the CLI's import output (same question fields) or a
 * bare array of questions. Items that fail checks are listed as skipped.
 */
export function importJson(text: string, options: { fileName?: string } & Partial<TargetOptions> = {}): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new AppError('BAD_FILE', { reason: 'json-unreadable', said: (error as Error).message });
  }
  const items = Array.isArray(value) ? value : isObject(value) ? value.questions : undefined;
  if (!Array.isArray(items)) throw new AppError('BAD_FILE', { reason: 'json-no-questions' });
  if (isObject(value) && typeof value.version === 'number' && value.version > deckFormatVersion)
    throw new AppError('BAD_FILE', { reason: 'deck-from-newer-version' });
  const title = isObject(value) && typeof value.title === 'string' && value.title.trim() ? value.title.trim() : null;
  const targetOptions = { ...defaultTargetOptions, ...options };
  const found = items.map((item, index) =>
    isObject(item)
      ? recordToQuestion(item as RawRecord, index + 1, targetOptions)
      : { text: String(item).slice(0, 140), line: index + 1, reason: 'not a question object' },
  );
  return {
    title: title ?? titleFromFileName(options.fileName) ?? 'Imported deck',
    questions: found.filter(isQuestion),
    skipped: found.filter(isSkipped),
    warnings: [],
  };
}
