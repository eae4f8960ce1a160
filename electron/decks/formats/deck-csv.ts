import Papa from 'papaparse';
import type { ImportResult } from '@contract/deck-import';
import { AppError } from '@contract/app-error';
import { defaultTargetOptions, type TargetOptions } from '../targets';
import { guardCsvCell, unguardCsvCell } from './csv-formula-guard';
import type { ExportableDeck } from './exportable-deck';
import { titleFromFileName } from './file-name';
import { isQuestion, isSkipped, recordToQuestion, type RawRecord } from './question-record';

export const csvColumns = [
  'prompt', 'modelAnswer', 'section', 'difficulty', 'kind', 'targetSeconds', 'targetSource',
  'answerLabel', 'alternatives', 'notes', 'sourceNote', 'tags',
]; // prettier-ignore

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
  answerlabel: 'answerLabel', alternatives: 'alternatives',
  notes: 'notes', coaching: 'notes', sourcenote: 'sourceNote', reference: 'sourceNote',
  tags: 'tags',
}; // prettier-ignore

const columnOf = (header: string): keyof RawRecord | undefined => aliases[header.toLowerCase().replace(/[\s_-]+/g, '')];

// Tags read best as "a, b"; a tag holding a separator, or a list that would look like JSON, is written as JSON.
function tagsCell(tags: readonly string[] | undefined): string {
  if (!tags?.length) return '';
  const plain = tags.every((t) => !/[,;]/.test(t) && t.trim() === t && t !== '') && !tags[0]!.startsWith('[');
  return plain ? tags.join(', ') : JSON.stringify(tags);
}

function tagsOf(cell: string): unknown {
  if (cell.startsWith('[')) return jsonOr(cell);
  return cell
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The parsed JSON, or the text itself so the check names the column that does not fit. */
function jsonOr(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    return cell;
  }
}

export function exportCsv(deck: ExportableDeck): string {
  const rows = deck.questions.map((q) => [
    guardCsvCell(q.prompt),
    guardCsvCell(q.modelAnswer),
    guardCsvCell(q.section),
    q.difficulty ?? '',
    q.kind,
    q.targetSeconds,
    q.targetSource,
    guardCsvCell(q.answerLabel ?? ''),
    q.alternatives?.length ? JSON.stringify(q.alternatives) : '',
    guardCsvCell(q.notes ?? ''),
    guardCsvCell(q.sourceNote ?? ''),
    guardCsvCell(tagsCell(q.tags)),
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
    // Alternatives are a JSON list in their cell; tags are a comma list or JSON.
    if (typeof record.alternatives === 'string' && record.alternatives.trim())
      record.alternatives = jsonOr(record.alternatives.trim());
    if (typeof record.tags === 'string') record.tags = tagsOf(record.tags.trim());
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
