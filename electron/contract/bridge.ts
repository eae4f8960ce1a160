import type { CallInput, CallName, CallOutput, EventName, EventPayload } from './index';
import type { Result } from './result';

/** What the preload script exposes on `window.rehearse`, and nothing more. */
export interface RehearseBridge {
  invoke<N extends CallName>(name: N, input: CallInput<N>): Promise<Result<CallOutput<N>>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
  /** Prefix for recorded media; a relative file name is appended. */
  readonly mediaBase: string;
}
