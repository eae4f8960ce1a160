import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options';

describe('the main window', () => {
  it('is isolated and sandboxed, and never fetches spellcheck dictionaries', () => {
    const { webPreferences } = mainWindowOptions({ preloadPath: '/app/preload.cjs', dark: false, devTools: true });
    expect(webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    });
  });

  it('opens DevTools only in a development build', () => {
    expect(mainWindowOptions({ preloadPath: 'p', dark: true, devTools: false }).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: 'p', dark: true, devTools: true }).webPreferences?.devTools).toBe(true);
  });
});
