// Runs an account action from a form: tracks that it is busy and keeps its error message.
import { useCallback, useState } from 'react';
import type { Outcome } from '../account-store';

export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<Outcome<T>>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const run = useCallback(
    async (...args: A): Promise<Outcome<T>> => {
      setBusy(true);
      setError(undefined);
      try {
        const outcome = await action(...args);
        if (!outcome.ok) setError(outcome.error);
        return outcome;
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  return { run, busy, error, setError };
}
