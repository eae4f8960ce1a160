import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RehearseBridge } from '@contract/bridge';
import { findElectronBinary, findMainBundle } from './electron-binary';

/** The page's view of the preload bridge. */
type WithBridge = { rehearse: RehearseBridge };

const binary = findElectronBinary();
const mainBundle = findMainBundle();
const whyNot = 'missing' in binary ? binary.missing : 'missing' in mainBundle ? mainBundle.missing : null;
// Said out loud, and in the test's name, so a skipped run is never mistaken for a passing one.
if (whyNot) console.warn(`Electron smoke test skipped: ${whyNot}`);
const named = (what: string) => (whyNot ? `${what} (skipped: ${whyNot})` : what);

describe('the desktop app', () => {
  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    if (whyNot || !('path' in binary) || !('path' in mainBundle)) return;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-electron-'));
    app = await electron.launch({
      executablePath: binary.path,
      args: [mainBundle.path, `--user-data-dir=${dataDir}`],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.skipIf(whyNot)(named('launches and shows its window'), async () => {
    const shown = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => ({ visible: w.isVisible(), title: w.getTitle() })),
    );
    expect(shown).toEqual([expect.objectContaining({ visible: true })]);
    await page.getByRole('navigation').waitFor();
  });

  it.skipIf(whyNot)(named('answers a contract call over IPC, checked by the same schema'), async () => {
    const result = await page.evaluate(() => (window as unknown as WithBridge).rehearse.invoke('app.info', undefined));
    expect(result).toMatchObject({ ok: true, value: { name: 'Rehearse', transport: 'electron' } });
    const unknown = await page.evaluate(() =>
      (window as unknown as WithBridge).rehearse.invoke('no.such.call' as never, undefined as never),
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it.skipIf(whyNot)(
    named('grants the camera and microphone to its own page and denies what it does not use'),
    async () => {
      const states = await page.evaluate(async () => {
        const state = async (name: string) =>
          (await navigator.permissions.query({ name: name as PermissionName })).state;
        return {
          camera: await state('camera'),
          microphone: await state('microphone'),
          geolocation: await state('geolocation'),
        };
      });
      expect(states).toEqual({ camera: 'granted', microphone: 'granted', geolocation: 'denied' });
    },
  );
});
