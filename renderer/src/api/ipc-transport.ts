import type { RehearseBridge } from '@contract/bridge';
import type { Transport } from './transport';

declare global {
  interface Window {
    /** Present only inside the Electron app, exposed by the preload script. */
    rehearse?: RehearseBridge;
  }
}

export function ipcTransport(bridge: RehearseBridge): Transport {
  return {
    kind: 'electron',
    invoke: (name, input) => bridge.invoke(name, input as never),
    on: (name, listener) => bridge.on(name, listener),
    mediaUrl: (file) => `${bridge.mediaBase}${encodeURIComponent(file)}`,
  };
}
