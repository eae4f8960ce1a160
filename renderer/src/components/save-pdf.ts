import { api } from '../api/client';

/**
 * Saves the page on screen as a PDF. The desktop app writes the file the user
 * picks; a browser opens its print dialog, whose "Save as PDF" does the same.
 * Returns the saved path, or null (cancelled, or left to the print dialog).
 */
export async function saveAsPdf(fileName: string): Promise<string | null> {
  if (api.transport !== 'electron') {
    window.print();
    return null;
  }
  return (await api.call('app.savePdf', { fileName })).path;
}

/** A name the PDF call accepts, from any title. */
export const pdfFileName = (title: string): string =>
  `${
    title
      .replace(/[^\w .()-]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 100) || 'Rehearse report'
  }.pdf`;
