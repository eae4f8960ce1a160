import { shell, type Session, type WebContents } from 'electron';
import { isAllowedPermission, isSafeExternalUrl, isTrustedUrl } from './trusted-origin';

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
}

/** No navigation away from the app and no new windows; https links open in the browser. */
export function guardNavigation(contents: WebContents, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
