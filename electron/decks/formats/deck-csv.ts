import Papa from 'papaparse';
import type { ImportResult } from '../../api/contract/deck-import';
import { AppError } from '../../api/app-error';
import { defaultTargetOptions, type TargetOptions } from '../targets';
import { guardCsvCell, unguardCsvCell } from './csv-formula-guard';
import type { ExportableDeck } from './exportable-deck';
import { titleFromFileName } from './file-name';
import { isQuestion, isSkipped, recordToQuestion, type RawRecord } from './question-record';

export const csvColumns = ['prompt', 'modelAnswer', 'section', 'difficulty', 'kind', 'targetSeconds', 'targetSource'];

// Spreadsheets people already keep use their own headers; these are the ones we accept
// (compared without case, spaces, dashes or underscores).
const aliases: Record<string, keyof RawRecord> = {
  prompt: 'prompt', question: 'prompt', q: 'prompt',
  modelanswer: 'modelAnswer', answer: 'modelAnswer', a: 'modelAnswer',
  section: 'section', category: 'section', topic: 'section',
  difficulty: 'difficulty', level: 'difficulty',
  kind: 'kind', type: 'kind',
  targetseconds: 'targetSeconds', target: 'targetSeconds', seconds: 'targetSeconds', time: 'targetSeconds',
  targetsource: 'targetSource',
}; // prettier-ignore

const columnOf = (header: string): keyof RawRecord | undefined => aliases[header.toLowerCase().replace(/[\s_-]+/g, '')];

export function exportCsv(deck: ExportableDeck): string {
  const rows = deck.questions.map((q) => [
    guardCsvCell(q.prompt),
    guardCsvCell(q.modelAnswer),
    guardCsvCell(q.section),
    q.difficulty ?? '',
    q.kind,
    q.targetSeconds,
    q.targetSource,
  ]);
  return `${Papa.unparse({ fields: csvColumns, data: rows }, { newline: '\n' })}\n`;
}

/** Reads a CSV with a header row; row numbers in skipped items match a spreadsheet's. */
export function importCsv(text: string, options: { fileName?: string } & Partial<TargetOptions> = {}): ImportResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  const columns = (header ?? []).map(columnOf);
  if (!columns.includes('prompt'))
    throw new AppError('BAD_FILE', { reason: 'csv-no-question-column', columns: [...csvColumns] });
  const targetOptions = { ...defaultTargetOptions, ...options };
  const found = rows.map((row, index) => {
    const record: RawRecord = {};
    columns.forEach((column, i) => {
      if (column && record[column] === undefined)
        record[column] = row[i] === undefined ? undefined : unguardCsvCell(row[i]);
    });
    return recordToQuestion(record, index + 2, targetOptions);
  });
  const broken = parsed.errors.filter((e) => e.type === 'Quotes');
  return {
    title: titleFromFileName(options.fileName) ?? 'Imported deck',
    questions: found.filter(isQuestion),
    skipped: found.filter(isSkipped),
    warnings: broken.map((e) => ({ line: (e.row ?? 0) + 1, message: `CSV quoting problem: ${e.message}` })),
  };
}
