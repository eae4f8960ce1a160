// Pure checks used by the Electron shell; kept free of Electron imports so
// they run under Vitest.

export const APP_SCHEME = 'app';
export const APP_HOST = 'rehearse';
export const MEDIA_SCHEME = 'rehearse-media';
export const MEDIA_HOST = 'recordings';
export const appOrigin = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Is this URL our own renderer? In development Forge serves the renderer from
 * a Vite dev server on localhost; in a packaged app it is the app:// protocol.
 */
export function isTrustedUrl(url: string | undefined, devServerUrl?: string): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}

/** Only web links leave the app, and only to the user's browser. */
export { isSafeExternalUrl } from '@contract/external-link';

/** Camera and microphone, for our own origin, and nothing else. */
export function isAllowedPermission(
  permission: string,
  requestingUrl: string | undefined,
  devServerUrl: string | undefined,
  mediaTypes: readonly string[] = [],
): boolean {
  if (permission !== 'media') return false;
  if (!isTrustedUrl(requestingUrl, devServerUrl)) return false;
  return mediaTypes.every((type) => type === 'audio' || type === 'video');
}
