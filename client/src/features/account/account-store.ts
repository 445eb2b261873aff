// The Account area's state: whether the server (and so accounts) can be reached from here.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { HealthResponse } from '@career-copilot/shared/api/health';
import { fetchHealth } from '../../api/client';

export type ServerStatus =
  | { readonly kind: 'checking' }
  | { readonly kind: 'unreachable'; readonly message: string }
  | { readonly kind: 'reachable'; readonly health: HealthResponse };

type AccountState = { readonly server: ServerStatus };

export const accountStore = createStore<AccountState>()(() => ({ server: { kind: 'checking' } }));
export const useAccount = <T>(select: (s: AccountState) => T) => useStore(accountStore, select);

export async function checkServer(): Promise<void> {
  accountStore.setState({ server: { kind: 'checking' } });
  const result = await fetchHealth();
  accountStore.setState({
    server: result.ok
      ? { kind: 'reachable', health: result.value }
      : { kind: 'unreachable', message: result.error.message },
  });
}
