import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { callChannel, callNames } from '@contract';
import { createHandlers } from './handlers/index';
import { silentLogger } from '../logger';
import { tempServices } from '../testing/temp-services';
import { registerIpcHandlers } from './ipc-adapter';
import { isTrustedUrl } from '../shell/trusted-origin';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
    removeHandler: (channel: string) => listeners.delete(channel),
  };
}

const frame = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;

describe('Electron IPC adapter', () => {
  const services = tempServices('electron');
  const ipc = fakeIpcMain();
  const handlers = createHandlers(services);
  const spy = vi.spyOn(handlers, 'app.info');
  const unregister = registerIpcHandlers(ipc as never, handlers, (url) => isTrustedUrl(url), silentLogger);

  it('registers one channel per contract call', () => {
    expect([...ipc.listeners.keys()].sort()).toEqual(callNames.map(callChannel).sort());
  });

  it('answers our own renderer', async () => {
    const result = await ipc.listeners.get(callChannel('app.info'))!(frame('app://rehearse/index.html'), {});
    expect(result).toMatchObject({ ok: true, value: { transport: 'electron' } });
  });

  it('refuses a call from a foreign origin without running the handler', async () => {
    spy.mockClear();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', '']) {
      const result = await ipc.listeners.get(callChannel('app.info'))!(frame(url), {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('validates input after the origin check', async () => {
    const result = await ipc.listeners.get(callChannel('decks.get'))!(frame('app://rehearse/'), { deckId: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('lets the desktop app save a PDF of the asking window, and only there', async () => {
    const desktop = fakeIpcMain();
    const saved: string[] = [];
    registerIpcHandlers(
      desktop as never,
      handlers,
      (url) => isTrustedUrl(url),
      silentLogger,
      () => ({
        savePdf: async (fileName) => {
          saved.push(fileName);
          return `/home/user/Documents/${fileName}`;
        },
      }),
    );
    const save = desktop.listeners.get(callChannel('app.savePdf'))!;
    expect(await save(frame('app://rehearse/'), { fileName: 'Report.pdf' })).toEqual({
      ok: true,
      value: { path: '/home/user/Documents/Report.pdf' },
    });
    expect(await save(frame('app://rehearse/'), { fileName: '../../etc/x.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(saved).toEqual(['Report.pdf']);
    // Browser mode has no such context: the call says so instead of failing silently.
    expect(
      await ipc.listeners.get(callChannel('app.savePdf'))!(frame('app://rehearse/'), { fileName: 'a.pdf' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED' },
    });
  });

  it('removes its handlers when asked', () => {
    unregister();
    expect(ipc.listeners.size).toBe(0);
    services.dispose();
  });
});
