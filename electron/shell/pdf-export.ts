import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';

/**
 * Prints the window that asked to a PDF file the user picks. The page's print
 * stylesheet decides what is on paper (navigation and buttons are hidden).
 */
export function savePdfFrom(contents: WebContents) {
  return async (fileName: string): Promise<string | null> => {
    const window = BrowserWindow.fromWebContents(contents);
    const options = {
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const { canceled, filePath } = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (canceled || !filePath) return null;
    const pdf = await contents.printToPDF({ printBackground: true, pageSize: 'A4' });
    await fs.writeFile(filePath, pdf);
    return filePath;
  };
}
