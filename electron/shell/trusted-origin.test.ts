import { describe, expect, it } from 'vitest';
import { isAllowedPermission, isSafeExternalUrl, isTrustedUrl } from './trusted-origin';

describe('trusted origins', () => {
  it('trusts only the app protocol, or the dev server in development', () => {
    expect(isTrustedUrl('app://rehearse/index.html')).toBe(true);
    expect(isTrustedUrl('app://rehearse.evil/index.html')).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedUrl('not a url')).toBe(false);
    expect(isTrustedUrl(undefined)).toBe(false);
  });

  it('grants camera and microphone to our origin and nothing else', () => {
    expect(isAllowedPermission('media', 'app://rehearse/', undefined, ['audio', 'video'])).toBe(true);
    expect(isAllowedPermission('media', 'https://evil.example/', undefined, ['audio'])).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal']) {
      expect(isAllowedPermission(permission, 'app://rehearse/', undefined)).toBe(false);
    }
  });

  it('opens only https and mailto links outside the app', () => {
    expect(isSafeExternalUrl('https://example.com/guide')).toBe(true);
    expect(isSafeExternalUrl('mailto:someone@example.com')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'https://u:p@example.com']) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });
});
