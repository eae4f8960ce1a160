import { api } from '../../api/client';

/** Saves text as a file through the browser's download mechanism (works in Electron and browser mode). */
export function downloadText(fileName: string, text: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportMarkdown(sessionId: string): Promise<void> {
  const { fileName, markdown } = await api.call('sessions.exportMarkdown', { sessionId });
  downloadText(fileName, markdown);
}

/**
 * PDF export hook. In the desktop app the report page is printed with its
 * print stylesheet (mock.css hides navigation and buttons), and the system
 * print dialog offers "Save as PDF". A main-process call using
 * webContents.printToPDF can replace this to write the file directly.
 */
export const pdfExportAvailable = (): boolean => api.transport === 'electron';

export function exportPdf(): void {
  window.print();
}
