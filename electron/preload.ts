// Runs sandboxed in the renderer with context isolation: it exposes the typed
// API built from the contract, and nothing else (no raw ipcRenderer).
import { contextBridge, ipcRenderer } from 'electron';
import { callChannel, eventChannel, isCallName, isEventName } from '@contract';
import type { RehearseBridge } from '@contract/bridge';
import { MEDIA_HOST, MEDIA_SCHEME } from './shell/trusted-origin';

const bridge: RehearseBridge = {
  invoke(name, input) {
    if (!isCallName(name)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CALL', detail: {} } });
    }
    return ipcRenderer.invoke(callChannel(name), input);
  },
  on(name, listener) {
    if (!isEventName(name)) return () => undefined;
    const channel = eventChannel(name);
    // Only the payload reaches the page, never the IPC event object.
    const forward = (_event: unknown, payload: unknown) => listener(payload as never);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
  mediaBase: `${MEDIA_SCHEME}://${MEDIA_HOST}/`,
};

contextBridge.exposeInMainWorld('rehearse', bridge);
