import { BrowserWindow, dialog, type WebContents } from 'electron';

/**
 * The system's open dialog for a whisper.cpp model file, over the window that
 * asked. The user picks a real file, so no typed path reaches the importer.
 */
export function chooseModelFileFrom(contents: WebContents) {
  return async (): Promise<string | null> => {
    const window = BrowserWindow.fromWebContents(contents);
    const options: Electron.OpenDialogOptions = {
      title: 'Import a speech model',
      buttonLabel: 'Import',
      properties: ['openFile'],
      filters: [
        { name: 'whisper.cpp models (ggml .bin)', extensions: ['bin'] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const { canceled, filePaths } = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return canceled ? null : (filePaths[0] ?? null);
  };
}
