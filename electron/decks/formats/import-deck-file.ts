import type { ImportFormat, ImportResult } from '@contract/deck-import';
import { importMarkdown } from '../markdown/import-markdown';
import type { TargetOptions } from '../targets';
import { importCsv } from './deck-csv';
import { importJson } from './deck-json';
import { formatOf } from './file-name';

export interface DeckFileImport {
  readonly format: ImportFormat;
  readonly result: ImportResult;
}

/** Reads a guide or deck file in whichever format it is in. Pure: nothing is saved. */
export function importDeckFile(text: string, fileName?: string, options: Partial<TargetOptions> = {}): DeckFileImport {
  const format = formatOf(fileName, text);
  const withName = { ...options, fileName };
  if (format === 'csv') return { format, result: importCsv(text, withName) };
  if (format === 'json') return { format, result: importJson(text, withName) };
  return { format, result: importMarkdown(text, withName) };
}
