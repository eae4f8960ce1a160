// Kept free of Electron imports (types aside) so the window's settings can be checked under Vitest.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowSettings {
  preloadPath: string;
  dark: boolean;
  /** Development builds only (`!app.isPackaged`): a packaged app opens no DevTools. */
  devTools: boolean;
}

export function mainWindowOptions(settings: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Rehearse',
    backgroundColor: settings.dark ? '#17181a' : '#f7f7f5',
    webPreferences: {
      preload: settings.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // On Windows and Linux Chromium's spellchecker downloads Hunspell dictionaries
      // from Google's servers; Rehearse sends nothing anywhere the user did not choose.
      spellcheck: false,
      devTools: settings.devTools,
    },
  };
}
