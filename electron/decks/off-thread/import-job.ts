import type { ApiError } from '@contract';
import { AppError } from '@contract/app-error';
import { importDeckFile, type DeckFileImport } from '../formats/import-deck-file';
import type { TargetOptions } from '../targets';

/** One import, as posted to the import worker. */
export interface ImportJob {
  readonly id: number;
  readonly text: string;
  readonly fileName?: string;
  readonly options: Partial<TargetOptions>;
}

export type ImportJobResult =
  | { readonly id: number; readonly ok: true; readonly value: DeckFileImport }
  | { readonly id: number; readonly ok: false; readonly error: ApiError };

/**
 * Runs one import and turns any failure into a value that can cross the thread
 * boundary (an Error's class and code do not survive postMessage).
 */
export function runImportJob(job: ImportJob): ImportJobResult {
  try {
    return { id: job.id, ok: true, value: importDeckFile(job.text, job.fileName, job.options) };
  } catch (error) {
    if (error instanceof AppError) return { id: job.id, ok: false, error: { code: error.code, detail: error.detail } };
    // JSON or Markdown nested hundreds of thousands deep outruns any recursive walk.
    if (error instanceof RangeError) {
      return {
        id: job.id,
        ok: false,
        error: { code: 'BAD_FILE', detail: { reason: 'nested-too-deeply' } },
      };
    }
    return {
      id: job.id,
      ok: false,
      error: { code: 'INTERNAL', detail: { reason: 'import-crashed' } },
    };
  }
}
