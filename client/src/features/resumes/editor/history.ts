// Undo and redo for one editing session: snapshots of immutable state, typing bursts merged into one step.

export type History<T> = {
  readonly past: readonly T[];
  readonly future: readonly T[];
  /** What the last step changed ("work.0.position"), so a burst of typing is one step. */
  readonly lastKey?: string;
  readonly lastAt: number;
};

/** Keystrokes in the same field closer together than this merge into one undo step. */
export const MERGE_WINDOW_MS = 1500;
/** Steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], lastAt: 0 };
}

/** Records `before` as the state to return to, unless this change continues the last one. */
export function recordChange<T>(
  history: History<T>,
  before: T,
  key: string | undefined,
  now: number,
): History<T> {
  const merges =
    key !== undefined && key === history.lastKey && now - history.lastAt < MERGE_WINDOW_MS;
  if (merges) return { ...history, future: [], lastAt: now };
  return {
    past: [...history.past, before].slice(-HISTORY_LIMIT),
    future: [],
    ...(key !== undefined ? { lastKey: key } : {}),
    lastAt: now,
  };
}

export function undoStep<T>(
  history: History<T>,
  current: T,
): { history: History<T>; value: T } | null {
  const value = history.past[history.past.length - 1];
  if (value === undefined) return null;
  return {
    value,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future], lastAt: 0 },
  };
}

export function redoStep<T>(
  history: History<T>,
  current: T,
): { history: History<T>; value: T } | null {
  const value = history.future[0];
  if (value === undefined) return null;
  return {
    value,
    history: { past: [...history.past, current], future: history.future.slice(1), lastAt: 0 },
  };
}
