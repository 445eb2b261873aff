// Service-worker registration and connectivity, as a store the shell reads.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

type PwaState = {
  readonly online: boolean;
  /** A new version is installed and waiting; reloading switches to it. */
  readonly updateReady: boolean;
  /** The app shell is cached: the app now opens without a network. */
  readonly offlineReady: boolean;
};

export const pwaStore = createStore<PwaState>()(() => ({
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  updateReady: false,
  offlineReady: false,
}));
export const usePwa = <T>(select: (s: PwaState) => T) => useStore(pwaStore, select);

let applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;

export async function startPwa(): Promise<void> {
  window.addEventListener('online', () => pwaStore.setState({ online: true }));
  window.addEventListener('offline', () => pwaStore.setState({ online: false }));
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { registerSW } = await import('virtual:pwa-register');
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => pwaStore.setState({ updateReady: true }),
    onOfflineReady: () => pwaStore.setState({ offlineReady: true }),
  });
}

export function reloadToUpdate(): void {
  void applyUpdate?.(true);
}
