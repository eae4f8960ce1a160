import { app, BrowserWindow, nativeTheme } from 'electron';
import { guardNavigation } from './security';
import { appOrigin } from './trusted-origin';
import { mainWindowOptions } from './window-options';

export function createMainWindow(preloadPath: string, devServerUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({ preloadPath, dark: nativeTheme.shouldUseDarkColors, devTools: !app.isPackaged }),
  );
  guardNavigation(window.webContents, devServerUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
  return window;
}
