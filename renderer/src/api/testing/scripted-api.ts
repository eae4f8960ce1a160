import { act } from '@testing-library/react';

/**
 * A stand-in for the renderer's `api` object in component tests: each call is
 * recorded and answered from `answers` (read at call time, so a test can move
 * a take along; an Error rejects; no answer never settles), and `emit` delivers
 * an event to the page's listeners as main would.
 */
export function scriptedApi() {
  const answers: Record<string, unknown> = {};
  const calls: [string, unknown][] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  const api = {
    transport: 'web' as const,
    call: (name: string, input: unknown) => {
      calls.push([name, input]);
      const answer = answers[name];
      if (answer instanceof Error) return Promise.reject(answer);
      return answer === undefined ? new Promise(() => undefined) : Promise.resolve(answer);
    },
    on: (name: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
    mediaUrl: (file: string) => `/media/${file}`,
  };

  async function emit(name: string, payload: unknown) {
    await act(async () => {
      for (const listener of listeners.get(name) ?? []) listener(payload);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }

  function reset() {
    calls.length = 0;
    listeners.clear();
    for (const key of Object.keys(answers)) delete answers[key];
  }

  return { api, answers, calls, emit, reset };
}
