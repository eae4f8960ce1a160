import { BrowserWindow, dialog, shell, type MessageBoxOptions, type Session, type WebContents } from 'electron';
import { openLinkAfterAsking } from './external-links';
import { isAllowedPermission, isTrustedUrl } from './trusted-origin';

/** Default-deny: camera and microphone for our own origin only. */
export function installPermissionHandlers(session: Session, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(isAllowedPermission(permission, details.requestingUrl, devServerUrl, mediaTypes));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin, devServerUrl),
  );
  session.setDevicePermissionHandler(() => false);
  // The window's webPreferences turn it off too; this keeps any later window from fetching dictionaries.
  session.setSpellCheckerEnabled(false);
}

function askThenOpen(contents: WebContents, url: string): void {
  const window = BrowserWindow.fromWebContents(contents);
  const ask = (options: MessageBoxOptions) =>
    window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
  openLinkAfterAsking(url, ask, (link) => shell.openExternal(link)).catch(() => undefined);
}

/** No navigation away from the app and no new windows; https links open in the browser once the user agrees. */
export function guardNavigation(contents: WebContents, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (isTrustedUrl(url, devServerUrl)) return;
    event.preventDefault();
    askThenOpen(contents, url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    askThenOpen(contents, url);
    return { action: 'deny' };
  });
}
