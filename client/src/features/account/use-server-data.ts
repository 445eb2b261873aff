// Server data for a page: loaded again when its key changes, an answer that comes back after the
// key moved on is ignored, and a failure is said in words while the last good data stays shown.
import { useEffect, useEffectEvent, useState } from 'react';
import type { Result } from '@career-copilot/shared/lib/result';
import type { ApiFailure } from '../../api/client';
import { failureMessage } from './account-messages';

export type ServerData<T> = { readonly data?: T; readonly error?: string };

/**
 * Loads with `load` whenever `key` changes (compared like an effect dependency, so a new object
 * with the same values loads again: "Apply" refreshes); nothing while `key` is undefined.
 */
export function useServerData<T>(
  key: unknown,
  load: () => Promise<Result<T, ApiFailure>>,
): ServerData<T> {
  const [state, setState] = useState<ServerData<T>>({});
  const run = useEffectEvent(load);
  useEffect(() => {
    if (key === undefined) return;
    let live = true;
    void run().then((result) => {
      if (!live) return;
      if (result.ok) setState({ data: result.value });
      else setState((s) => ({ ...s, error: failureMessage(result.error) }));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
