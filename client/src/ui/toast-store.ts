// Toasts: short messages with an optional action (Undo, Reload), announced to screen readers.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export type Toast = {
  readonly id: number;
  readonly message: string;
  readonly tone: 'info' | 'error';
  readonly action?: { readonly label: string; readonly run: () => void };
  /** Milliseconds before it goes by itself; undefined keeps it until dismissed. */
  readonly timeoutMs?: number;
};

type ToastState = { readonly toasts: readonly Toast[] };

export const toastStore = createStore<ToastState>()(() => ({ toasts: [] }));
export const useToasts = () => useStore(toastStore, (s) => s.toasts);

let nextId = 1;

export function showToast(toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }): number {
  const id = nextId++;
  const full: Toast = { tone: 'info', timeoutMs: 6000, ...toast, id };
  toastStore.setState((s) => ({ toasts: [...s.toasts.slice(-3), full] }));
  if (full.timeoutMs !== undefined) setTimeout(() => dismissToast(id), full.timeoutMs);
  return id;
}

export function showError(message: string): number {
  return showToast({ message, tone: 'error', timeoutMs: 10_000 });
}

export function dismissToast(id: number): void {
  toastStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}
