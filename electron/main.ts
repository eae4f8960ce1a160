// The Electron shell: window, menu, permissions, protocols and IPC. All app
// logic lives in plain-Node services shared with browser mode and the CLI.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { eventChannel } from '@contract';
import { startAppRuntime, type AppRuntime } from './app-runtime/app-runtime';
import { appVersion } from './app-version';
import { consoleLogger } from './logger';
import { askHowToRecover, showStartupFailure } from './shell/database-recovery-dialog';
import { registerIpcHandlers } from './transport/ipc-adapter';
import { chooseModelFileFrom } from './shell/model-file-dialog';
import { savePdfFrom } from './shell/pdf-export';
import { SafeStorageKeyStore } from './shell/safe-storage-key-store';
import { installMenu } from './shell/menu';
import { handleAppProtocol, handleMediaProtocol, registerSchemes, rendererDirFor } from './shell/protocols';
import { installPermissionHandlers } from './shell/security';
import { isTrustedUrl } from './shell/trusted-origin';
import { createMainWindow } from './shell/window';

const devServerUrl = MAIN_WINDOW_VITE_DEV_SERVER_URL || undefined;
let runtime: AppRuntime | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerSchemes();
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      consoleLogger.error('Rehearse failed to start', error);
      showStartupFailure(error, app.getPath('userData'));
      app.quit();
    });
}

async function start() {
  const dataDir = app.getPath('userData');
  const started = await startAppRuntime({
    dataDir,
    transport: 'electron',
    version: appVersion,
    apiKeyStore: new SafeStorageKeyStore(dataDir),
  });
  runtime = started;
  if (!(await askHowToRecover(started))) {
    app.quit();
    return;
  }
  const { events } = started;
  handleAppProtocol(rendererDirFor(__dirname, MAIN_WINDOW_VITE_NAME));
  handleMediaProtocol(started.paths.recordingsDir);
  installPermissionHandlers(session.defaultSession, devServerUrl);
  registerIpcHandlers(
    ipcMain,
    started.handlers,
    (url) => isTrustedUrl(url, devServerUrl),
    started.logger,
    (event) => ({ savePdf: savePdfFrom(event.sender), chooseModelFile: chooseModelFileFrom(event.sender) }),
  );
  events.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(eventChannel(name), payload);
  });
  installMenu();
  const preload = path.join(__dirname, 'preload.cjs');
  createMainWindow(preload, devServerUrl);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preload, devServerUrl);
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => runtime?.close());
