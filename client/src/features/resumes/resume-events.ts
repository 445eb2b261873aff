// Tells other tabs what happened to a resume (saved, created, deleted) so they refresh or warn.
import { newId } from '../../lib/ids';

export type ResumeEvent =
  | { readonly type: 'saved'; readonly resumeId: string; readonly revision: number }
  | { readonly type: 'created'; readonly resumeId: string }
  | { readonly type: 'deleted'; readonly resumeId: string };

type Message = ResumeEvent & { readonly tab: string };

const CHANNEL_NAME = 'career-copilot:resumes';

/** This tab's identity, so it can ignore its own announcements. */
export const TAB_ID = newId('tab_');

const TAB_LOCK_PREFIX = 'career-copilot-tab:';

// Each tab holds a Web Lock named after itself for as long as it lives; the browser releases it
// when the tab closes or crashes, so other tabs can tell a live tab's draft from an abandoned one.
if (typeof navigator !== 'undefined' && navigator.locks) {
  void navigator.locks.request(`${TAB_LOCK_PREFIX}${TAB_ID}`, () => new Promise<never>(() => {}));
}

/** Ids of the tabs of this app that are open right now (empty where Web Locks are unsupported). */
export async function liveTabIds(): Promise<Set<string>> {
  if (typeof navigator === 'undefined' || !navigator.locks) return new Set();
  const { held = [] } = await navigator.locks.query();
  return new Set(
    held.flatMap((lock) =>
      lock.name?.startsWith(TAB_LOCK_PREFIX) ? [lock.name.slice(TAB_LOCK_PREFIX.length)] : [],
    ),
  );
}

let channel: BroadcastChannel | null | undefined;
const listeners = new Set<(event: ResumeEvent) => void>();

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  channel?.addEventListener('message', (e: MessageEvent<Message>) => {
    const { tab, ...event } = e.data;
    if (tab === TAB_ID) return;
    for (const listener of listeners) listener(event);
  });
  return channel;
}

export function announceResumeEvent(event: ResumeEvent): void {
  open()?.postMessage({ ...event, tab: TAB_ID } satisfies Message);
}

/** Listens to other tabs' announcements; returns the unsubscribe function. */
export function onResumeEvent(listener: (event: ResumeEvent) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
