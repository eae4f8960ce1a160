import type { CallInput, CallName, CallOutput } from '@contract';
import { dispatch } from '../transport/dispatch';
import { createHandlers } from '../transport/handlers/index';
import { silentLogger } from '../logger';
import type { Services } from '../services';

/**
 * Calls the API the way a transport does (validation, handlers, error mapping)
 * against real services. `services` is read at each call, so tests that open
 * fresh services per test can build the caller once.
 */
export function apiCaller(services: () => Services) {
  /** The raw `{ ok, value } | { ok: false, error }` result, for tests about errors. */
  const result = (name: unknown, input: unknown) => dispatch(createHandlers(services()), name, input, {}, silentLogger);

  /** The value, or a thrown Error carrying the result's `code` and `detail`. */
  async function value<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    const outcome = await result(name, input);
    if (!outcome.ok) throw Object.assign(new Error(outcome.error.code), outcome.error);
    return outcome.value as CallOutput<N>;
  }

  return { result, value };
}
