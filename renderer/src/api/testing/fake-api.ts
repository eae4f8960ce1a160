import { act } from '@testing-library/react';
import {
  calls as contract,
  events,
  type CallInput,
  type CallName,
  type CallOutput,
  type EventName,
  type EventPayload,
} from '@contract';
// Not from '../client': that module is the one test-setup.ts replaces with this fake.
import { ApiCallError } from '../api-call-error';
import type { ApiClient } from '../client';

/** An answer that never settles, for a test about what the page shows while it waits. */
export const pending = Symbol('pending');

type Answer<N extends CallName> =
  CallOutput<N> | Error | typeof pending | ((input: CallInput<N>) => CallOutput<N> | Promise<CallOutput<N>>);

/** What each call answers, typed by the contract; read at call time, so a test can move a take along. */
export type Answers = { [N in CallName]?: Answer<N> };

export interface FakeApi {
  readonly api: ApiClient;
  readonly answers: Answers;
  /** Every call the page made, in order, with its input. */
  readonly calls: [CallName, unknown][];
  /** Delivers an event to the page's listeners as main would, once its payload passes the contract. */
  emit<N extends EventName>(name: N, payload: EventPayload<N>): Promise<void>;
  /** Forgets answers, calls and listeners, for a file that scripts each test afresh. */
  reset(): void;
}

let current: FakeApi | null = null;
const mistakes: string[] = [];

function outputOf<N extends CallName>(name: N, value: unknown): CallOutput<N> {
  const spec = contract[name] as {
    output: { safeParse(value: unknown): { success: boolean; data?: unknown; error?: Error } };
  };
  const parsed = spec.output.safeParse(value);
  if (!parsed.success) throw new Error(`The scripted answer for ${name} breaks the contract: ${parsed.error?.message}`);
  return parsed.data as CallOutput<N>;
}

/** Scripted answers are checked when they are set, so a wrong one fails the line that wrote it. */
function checkedAnswers(store: Record<string, unknown>): Answers {
  return new Proxy(store as Answers, {
    set(target, name, value: unknown) {
      if (typeof name !== 'string' || !(name in contract))
        throw new Error(`${String(name)} is not a call in the contract`);
      const plain = !(value instanceof Error) && value !== pending && typeof value !== 'function';
      (target as Record<string, unknown>)[name] = plain ? outputOf(name as CallName, value) : value;
      return true;
    },
  });
}

/**
 * The one stand-in for the renderer's `api` in component tests. It answers
 * from `answers`, checks inputs and answers against the contract, and a call
 * nobody scripted is refused at once and fails the test (see `test-setup.ts`),
 * instead of leaving the page waiting forever.
 */
export function fakeApi(transport: ApiClient['transport'] = 'web'): FakeApi {
  const store: Record<string, unknown> = {};
  const answers = checkedAnswers(store);
  const recorded: [CallName, unknown][] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    recorded.push([name, input]);
    const spec = contract[name] as { input: { safeParse(value: unknown): { success: boolean } } };
    // As dispatch() does in main: input the contract refuses never reaches an answer.
    if (!spec.input.safeParse(input).success) throw new ApiCallError('VALIDATION', { said: name });
    const answer = store[name] as Answer<N> | undefined;
    if (answer === undefined) {
      mistakes.push(`${name} was called but no answer was scripted`);
      throw new Error(`No answer scripted for ${name}`);
    }
    if (answer === pending) return new Promise<never>(() => undefined);
    if (answer instanceof Error) throw answer;
    if (typeof answer === 'function') return outputOf(name, await answer(input));
    return answer;
  }

  const api: ApiClient = {
    transport,
    call,
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    mediaUrl: (file) => `/media/${file}`,
  };

  const fake: FakeApi = {
    api,
    answers,
    calls: recorded,
    async emit(name, payload) {
      const parsed = events[name].payload.parse(payload);
      await act(async () => {
        for (const listener of listeners.get(name) ?? []) listener(parsed);
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    },
    reset() {
      for (const name of Object.keys(store)) delete store[name];
      recorded.length = 0;
      listeners.clear();
    },
  };
  current = fake;
  return fake;
}

/** What the page imports as `api` in every renderer test: the fake the test made last. */
export const apiUnderTest: ApiClient = {
  get transport() {
    return current?.api.transport ?? 'web';
  },
  call(name, input) {
    if (current) return current.api.call(name, input);
    mistakes.push(`${name} was called, but this test made no fakeApi()`);
    return Promise.reject(new Error(`No fake API for ${name}`));
  },
  // Listening alone asks nothing of main, so a page may listen without a fake.
  on: (name, listener) => current?.api.on(name, listener) ?? (() => undefined),
  mediaUrl: (file) => `/media/${file}`,
};

/** Throws (failing the test just run) if the page made a call nobody scripted or broke the contract. */
export function expectEveryCallScripted(): void {
  const found = mistakes.splice(0);
  if (found.length > 0) throw new Error(`The fake API was used wrongly:\n${[...new Set(found)].join('\n')}`);
}
