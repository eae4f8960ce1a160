import type { ImportFormat } from '@contract/deck-import';
import { exportCsv } from './deck-csv';
import { exportJson } from './deck-json';
import { exportMarkdown } from './deck-markdown';
import type { ExportableDeck } from './exportable-deck';
import { exportFileName } from './file-name';

const mimeTypes: Record<ImportFormat, string> = {
  markdown: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
};

export interface ExportedDeck {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
}

export function exportDeck(deck: ExportableDeck, format: ImportFormat): ExportedDeck {
  const text = format === 'csv' ? exportCsv(deck) : format === 'json' ? exportJson(deck) : exportMarkdown(deck);
  return { fileName: exportFileName(deck.title, format), mimeType: mimeTypes[format], text };
}
