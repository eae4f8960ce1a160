import {
  calls,
  events,
  type CallInput,
  type CallName,
  type CallOutput,
  type EventName,
  type EventPayload,
} from '@contract';
import { ApiCallError } from './api-call-error';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import type { Transport } from './transport';

export { ApiCallError } from './api-call-error';

export interface ApiClient {
  readonly transport: Transport['kind'];
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
  mediaUrl(file: string): string;
}

export function createClient(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    async call(name, input) {
      const result = await transport.invoke(name, input);
      if (!result.ok) throw new ApiCallError(result.error.code, result.error.detail);
      // The same schema that main used: a mismatch is a bug, caught here rather than in a component.
      return calls[name].output.parse(result.value) as CallOutput<typeof name>;
    },
    on(name, listener) {
      return transport.on(name, (payload) => {
        const parsed = events[name].payload.safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof name>);
      });
    },
    mediaUrl: (file) => transport.mediaUrl(file),
  };
}

/** Picks the transport once at start-up. */
export const api: ApiClient = createClient(
  typeof window !== 'undefined' && window.rehearse ? ipcTransport(window.rehearse) : httpTransport(),
);
