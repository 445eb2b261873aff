// Reordering lists by drag and drop or by keyboard (arrow keys on the handle), announced to screen readers.
import { useState, useSyncExternalStore, type DragEvent } from 'react';

let message = '';
const listeners = new Set<() => void>();

/** Says something to screen readers through the editor's live region. */
export function announce(text: string): void {
  // A changed string is needed for a repeat announcement to be read again.
  message = message === text ? `${text}\u00a0` : text;
  for (const listener of listeners) listener();
}

export function Announcer() {
  const text = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => message,
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {text}
    </div>
  );
}

function dragType(listId: string): string {
  return `application/x-career-copilot-${listId}`;
}

/**
 * Drop targets for one reorderable list: spread `targetProps(index)` on each item. `listId`
 * keeps drags inside their own list (a section cannot be dropped among entries).
 */
export function useReorderTargets(listId: string, move: (from: number, to: number) => void) {
  const type = dragType(listId);
  const [over, setOver] = useState<number | null>(null);
  return (index: number) => ({
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes(type)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      if (over !== index) setOver(index);
    },
    onDragLeave: () => setOver((o) => (o === index ? null : o)),
    onDrop: (e: DragEvent) => {
      setOver(null);
      if (!e.dataTransfer.types.includes(type)) return;
      const from = Number(e.dataTransfer.getData(type));
      if (Number.isNaN(from) || from === index) return;
      e.preventDefault();
      move(from, index);
      announce(`Moved to position ${index + 1}.`);
    },
    ...(over === index ? { 'data-drop-target': true } : {}),
  });
}

/**
 * The drag handle of one item; also moves it with the arrow keys (Home and End to the ends), keeps
 * focus on it, and says where it went. The list element carries `data-reorder-list={listId}`.
 */
export function ReorderHandle({
  listId,
  index,
  count,
  label,
  onMove,
}: {
  readonly listId: string;
  readonly index: number;
  readonly count: number;
  readonly label: string;
  readonly onMove: (from: number, to: number) => void;
}) {
  return (
    <button
      type="button"
      className="reorder-handle"
      draggable
      data-reorder-handle=""
      aria-label={`Reorder ${label}`}
      title="Drag to reorder, or focus and press ↑ ↓"
      aria-keyshortcuts="ArrowUp ArrowDown Home End"
      onDragStart={(e) => {
        e.dataTransfer.setData(dragType(listId), String(index));
        e.dataTransfer.effectAllowed = 'move';
        const item = e.currentTarget.closest('li');
        if (item) e.dataTransfer.setDragImage(item, 16, 16);
      }}
      onKeyDown={(e) => {
        const keys: Record<string, number> = {
          ArrowUp: index - 1,
          ArrowDown: index + 1,
          Home: 0,
          End: count - 1,
        };
        const wanted = keys[e.key];
        if (wanted === undefined) return;
        e.preventDefault();
        const to = Math.max(0, Math.min(count - 1, wanted));
        if (to === index) return;
        const list = e.currentTarget.closest(`[data-reorder-list="${listId}"]`);
        onMove(index, to);
        announce(`Moved ${label} to position ${to + 1} of ${count}.`);
        requestAnimationFrame(() => {
          // This list's own handles, not those of lists nested inside its items.
          const handles = Array.from(
            list?.querySelectorAll<HTMLButtonElement>('[data-reorder-handle]') ?? [],
          ).filter((h) => h.closest('[data-reorder-list]') === list);
          handles[to]?.focus();
        });
      }}
    >
      <svg viewBox="0 0 12 16" aria-hidden="true" width="12" height="16">
        {[3, 8, 13].flatMap((y) => [
          <circle key={`a${y}`} cx="3.5" cy={y} r="1.4" />,
          <circle key={`b${y}`} cx="8.5" cy={y} r="1.4" />,
        ])}
      </svg>
    </button>
  );
}
