import type { ImportFormat } from '@contract/deck-import';

/** "interview_prep-2024.md" → "interview prep 2024": a title for guides without a heading. */
export function titleFromFileName(fileName: string | undefined): string | null {
  const base = fileName
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  return base || null;
}

/** The format a file is in, by its extension first and its first character otherwise. */
export function formatOf(fileName: string | undefined, text: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  if (extension === 'json') return 'json';
  if (extension === 'md' || extension === 'markdown' || extension === 'txt') return 'markdown';
  return /^\ufeff?\s*[[{]/.test(text) ? 'json' : 'markdown';
}

/** A file name for an exported deck: the title, made safe for every file system. */
export function exportFileName(title: string, format: ImportFormat): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'deck';
  return `${base}.${format === 'markdown' ? 'md' : format}`;
}
