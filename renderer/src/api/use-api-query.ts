import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '@contract';
import { api } from './client';
import { describeError } from './describe-error';

type DataKind = 'decks' | 'takes' | 'settings' | 'jobs';

export type QueryState<T> =
  { status: 'loading' } | { status: 'error'; message: string; code: string } | { status: 'ready'; data: T };

/**
 * Loads one call's result and reloads it when main says that kind of data
 * changed, so lists never go stale after an edit in another view.
 */
export function useApiQuery<N extends CallName>(
  name: N,
  input: CallInput<N>,
  refreshOn: readonly DataKind[] = [],
): QueryState<CallOutput<N>> & { reload: () => void; replace: (data: CallOutput<N>) => void } {
  const [state, setState] = useState<QueryState<CallOutput<N>>>({ status: 'loading' });
  // Inputs are plain JSON, so their text is a stable identity for effects.
  const key = JSON.stringify(input ?? {});
  const generation = useRef(0);

  const load = useCallback(() => {
    const mine = ++generation.current;
    api.call(name, JSON.parse(key) as CallInput<N>).then(
      (data) => mine === generation.current && setState({ status: 'ready', data }),
      (error: unknown) => {
        if (mine !== generation.current) return;
        const { code, message } = describeError(error);
        setState({ status: 'error', code, message });
      },
    );
  }, [name, key]);

  useEffect(() => {
    load();
  }, [load]);

  const kinds = refreshOn.join(',');
  useEffect(() => {
    if (!kinds) return;
    const wanted = new Set(kinds.split(','));
    return api.on('data.changed', ({ kind }) => {
      if (wanted.has(kind)) load();
    });
  }, [kinds, load]);

  /** Shows `data` at once (a change the user just made, or main's answer to it); a load still under way is dropped. */
  const replace = useCallback((data: CallOutput<N>) => {
    generation.current++;
    setState({ status: 'ready', data });
  }, []);

  return { ...state, reload: load, replace };
}
