import { eventNames, type Result } from '@contract';
import { apiCallHeader } from '@contract/web-request';
import { decodeWire, encodeWire } from '@contract/wire';
import type { Transport } from './transport';

/**
 * Browser mode. The server set an HttpOnly session cookie when the launch link
 * was opened, so fetch, EventSource and <video> are all authorised by it.
 */
export function httpTransport(origin = ''): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  function connect() {
    if (source) return;
    source = new EventSource(`${origin}/api/events`);
    for (const name of eventNames) {
      source.addEventListener(name, (message) => {
        const payload = decodeWire((message as MessageEvent<string>).data);
        listeners.get(name)?.forEach((listener) => listener(payload));
      });
    }
  }

  return {
    kind: 'web',
    async invoke(name, input) {
      let response: Response;
      try {
        response = await fetch(`${origin}/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [apiCallHeader.name]: apiCallHeader.value },
          body: input === undefined ? '' : encodeWire(input),
        });
      } catch {
        return { ok: false, error: { code: 'NETWORK', detail: { reason: 'local-server-down' } } };
      }
      if (response.status === 401) {
        return { ok: false, error: { code: 'UNAUTHORIZED', detail: { reason: 'tab-not-signed-in' } } };
      }
      return decodeWire(await response.text()) as Result<unknown>;
    },
    on(name, listener) {
      connect();
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
    mediaUrl: (file) => `${origin}/media/${encodeURIComponent(file)}`,
  };
}
