import { useState } from 'react';
import { describeError } from '../api/describe-error';

/**
 * The submit of a small form that closes when its work succeeds: busy while it
 * runs, and on failure the reason as a message, the form left open with what
 * the user typed.
 */
export function useFormAction(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onDone();
    } catch (caught) {
      setError(describeError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, run };
}
