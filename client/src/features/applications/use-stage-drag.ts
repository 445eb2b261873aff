// Moving an application between stages by pointer (mouse, pen, touch) or keyboard, announced as it goes.
//
// The keyboard follows the pattern of react-beautiful-dnd and dnd-kit: Space or Enter picks the
// item up, arrow keys choose a stage, Space or Enter drops, Escape cancels, and a live region says
// what happens at each step. Pointer drags start after 5 px of movement (mouse, pen) or a 250 ms
// press (touch, so a swipe still scrolls the page); Escape cancels them too.
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import type { ApplicationStatus } from '@career-copilot/shared/application/model';
import { STAGES, STATUS_LABELS, stagePosition } from './stages';

export type DragSource = {
  readonly id: string;
  readonly status: ApplicationStatus;
  /** "Staff Engineer at Acme": how announcements name it. */
  readonly label: string;
};

export type DropMethod = 'pointer' | 'keyboard';

export type Lifted =
  | { readonly mode: 'keyboard'; readonly source: DragSource; readonly target: ApplicationStatus }
  | {
      readonly mode: 'pointer';
      readonly source: DragSource;
      readonly target?: ApplicationStatus;
      readonly x: number;
      readonly y: number;
      readonly offsetX: number;
      readonly offsetY: number;
      readonly width: number;
    };

const MOUSE_THRESHOLD_PX = 5;
const TOUCH_DELAY_MS = 250;
const TOUCH_TOLERANCE_PX = 8;
const EDGE_PX = 56;
const MAX_SCROLL_STEP = 18;

type Pending = {
  source: DragSource;
  pointerId: number;
  pointerType: string;
  startX: number;
  startY: number;
  lastX: number;
  lastY: number;
  element: HTMLElement;
  activated: boolean;
  timer?: ReturnType<typeof setTimeout>;
};

/** Where the floating card sits for a pointer at (x, y). */
export function previewTransform(
  lifted: Extract<Lifted, { mode: 'pointer' }>,
  x: number,
  y: number,
): string {
  return `translate(${x - lifted.offsetX}px, ${y - lifted.offsetY}px) rotate(2deg)`;
}

/** Where a point is over a stage: the nearest element marked `data-drop-stage`. */
function stageAt(x: number, y: number): ApplicationStatus | undefined {
  const hit = document.elementFromPoint?.(x, y)?.closest<HTMLElement>('[data-drop-stage]');
  const stage = hit?.dataset.dropStage as ApplicationStatus | undefined;
  return stage && STAGES.includes(stage) ? stage : undefined;
}

/** Ids are URL-safe already; escaping keeps a selector valid whatever an old record holds. */
function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function'
    ? CSS.escape(value)
    : value.replace(/["\\]/g, '\\$&');
}

/**
 * Gives focus back to an item's handle once it has re-rendered in its new place (inside the stage's
 * column on the board, where the card is a new element; in place in the table).
 */
export function focusDragHandle(id: string, stage?: ApplicationStatus, attempts = 12): void {
  setTimeout(() => {
    const handle = `[data-drag-handle="${cssEscape(id)}"]`;
    const element = document.querySelector<HTMLElement>(
      stage ? `[data-drop-stage="${stage}"] ${handle}` : handle,
    );
    if (element) element.focus();
    else if (attempts > 0) focusDragHandle(id, stage, attempts - 1);
  }, 25);
}

export function useStageDrag(options: {
  readonly onDrop: (source: DragSource, to: ApplicationStatus, method: DropMethod) => void;
}) {
  const [lifted, setLifted] = useState<Lifted | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const instructionsId = useId();
  const liftedRef = useRef<Lifted | null>(null);
  const previewRef = useRef<HTMLDivElement | null>(null);
  const pending = useRef<Pending | null>(null);
  const suppressClick = useRef(false);
  const onDropRef = useRef(options.onDrop);
  useEffect(() => {
    onDropRef.current = options.onDrop;
  });

  const update = useCallback((next: Lifted | null) => {
    liftedRef.current = next;
    setLifted(next);
  }, []);

  const announce = useCallback((message: string) => {
    // A trailing no-break space alternates so the same sentence twice is still read out.
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));
  }, []);

  const drop = useCallback(
    (current: Lifted, method: DropMethod) => {
      update(null);
      const target = current.target;
      const { source } = current;
      if (!target) {
        announce(
          `${source.label} was not over a stage; it stays in ${STATUS_LABELS[source.status]}.`,
        );
        return;
      }
      if (target === source.status) {
        announce(`${source.label} dropped back in ${STATUS_LABELS[target]}; nothing changed.`);
        return;
      }
      announce(
        `${source.label} moved from ${STATUS_LABELS[source.status]} to ${STATUS_LABELS[target]}.`,
      );
      onDropRef.current(source, target, method);
    },
    [announce, update],
  );

  const cancel = useCallback(() => {
    const current = liftedRef.current;
    update(null);
    if (current) {
      announce(
        `Move cancelled. ${current.source.label} stays in ${STATUS_LABELS[current.source.status]}.`,
      );
    }
  }, [announce, update]);

  // --- pointer ---------------------------------------------------------------------------------

  const endPointer = useRef<() => void>(() => {});

  const autoScroll = useRef<number | undefined>(undefined);
  const runAutoScroll = useCallback(() => {
    const p = pending.current;
    if (!p?.activated) return;
    const scroller = p.element.closest<HTMLElement>('[data-drag-scroll]');
    let moved = false;
    const step = (distance: number) =>
      Math.ceil(MAX_SCROLL_STEP * (1 - Math.max(0, distance) / EDGE_PX));
    if (scroller) {
      const r = scroller.getBoundingClientRect();
      if (p.lastX < r.left + EDGE_PX && scroller.scrollLeft > 0) {
        scroller.scrollLeft -= step(p.lastX - r.left);
        moved = true;
      } else if (p.lastX > r.right - EDGE_PX) {
        const before = scroller.scrollLeft;
        scroller.scrollLeft += step(r.right - p.lastX);
        moved = scroller.scrollLeft !== before;
      }
    }
    if (p.lastY < EDGE_PX && window.scrollY > 0) {
      window.scrollBy(0, -step(p.lastY));
      moved = true;
    } else if (p.lastY > window.innerHeight - EDGE_PX) {
      const before = window.scrollY;
      window.scrollBy(0, step(window.innerHeight - p.lastY));
      moved = moved || window.scrollY !== before;
    }
    const current = liftedRef.current;
    if (moved && current?.mode === 'pointer') {
      const target = stageAt(p.lastX, p.lastY);
      if (target !== current.target) update({ ...current, x: p.lastX, y: p.lastY, target });
    }
  }, [update]);

  const activate = useCallback(() => {
    const p = pending.current;
    if (!p || p.activated) return;
    p.activated = true;
    const rect = p.element.getBoundingClientRect();
    document.body.classList.add('is-dragging');
    if (p.pointerType === 'touch') navigator.vibrate?.(15);
    update({
      mode: 'pointer',
      source: p.source,
      target: p.source.status,
      x: p.lastX,
      y: p.lastY,
      offsetX: p.startX - rect.left,
      offsetY: p.startY - rect.top,
      width: rect.width,
    });
    announce(`Picked up ${p.source.label}. Drop it on a stage, or press Escape to cancel.`);
    // Near an edge, the board (and the page) scroll on every frame until the pointer moves away.
    const loop = () => {
      if (!pending.current?.activated) return;
      runAutoScroll();
      autoScroll.current = requestAnimationFrame(loop);
    };
    autoScroll.current = requestAnimationFrame(loop);
  }, [announce, runAutoScroll, update]);

  useEffect(() => {
    const onMove = (e: globalThis.PointerEvent) => {
      const p = pending.current;
      if (!p || e.pointerId !== p.pointerId) return;
      p.lastX = e.clientX;
      p.lastY = e.clientY;
      const distance = Math.hypot(e.clientX - p.startX, e.clientY - p.startY);
      if (!p.activated) {
        if (p.pointerType === 'touch') {
          // Moving before the press completes is a scroll, not a drag.
          if (distance > TOUCH_TOLERANCE_PX) endPointer.current();
        } else if (distance > MOUSE_THRESHOLD_PX) {
          activate();
        }
        return;
      }
      e.preventDefault();
      const current = liftedRef.current;
      if (current?.mode !== 'pointer') return;
      const target = stageAt(e.clientX, e.clientY);
      if (target !== current.target) {
        update({ ...current, x: e.clientX, y: e.clientY, target });
      } else if (previewRef.current) {
        // Following the pointer is a style change, not a re-render of every card on the board.
        previewRef.current.style.transform = previewTransform(current, e.clientX, e.clientY);
      }
    };
    const onUp = (e: globalThis.PointerEvent) => {
      const p = pending.current;
      if (!p || e.pointerId !== p.pointerId) return;
      const current = liftedRef.current;
      const wasActive = p.activated;
      endPointer.current();
      if (wasActive && current?.mode === 'pointer') {
        suppressClick.current = true;
        setTimeout(() => (suppressClick.current = false), 0);
        drop({ ...current, target: stageAt(e.clientX, e.clientY) }, 'pointer');
      }
    };
    const onCancel = (e: globalThis.PointerEvent) => {
      const p = pending.current;
      if (!p || e.pointerId !== p.pointerId) return;
      const wasActive = p.activated;
      endPointer.current();
      if (wasActive) cancel();
    };
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && pending.current?.activated) {
        e.preventDefault();
        endPointer.current();
        cancel();
      }
    };
    // Registered up front and never passive: a touch drag must be able to stop the page scrolling,
    // and browsers only honour that for listeners present when the touch began.
    const onTouchMove = (e: TouchEvent) => {
      if (pending.current?.activated && e.cancelable) e.preventDefault();
    };
    endPointer.current = () => {
      const p = pending.current;
      if (p?.timer) clearTimeout(p.timer);
      pending.current = null;
      if (autoScroll.current !== undefined) cancelAnimationFrame(autoScroll.current);
      autoScroll.current = undefined;
      document.body.classList.remove('is-dragging');
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    window.addEventListener('keydown', onKey);
    document.addEventListener('touchmove', onTouchMove, { passive: false });
    return () => {
      endPointer.current();
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('touchmove', onTouchMove);
    };
  }, [activate, cancel, drop, update]);

  /** Spread on the element a pointer drag starts from (a whole card, or a row's handle). */
  const pointerProps = (source: DragSource) => ({
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (liftedRef.current || pending.current) return;
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      // Buttons and fields inside a card keep their own behaviour; links and the handle drag.
      const target = e.target as Element;
      if (target.closest('button:not([data-drag-handle]), input, select, textarea')) return;
      pending.current = {
        source,
        pointerId: e.pointerId,
        pointerType: e.pointerType,
        startX: e.clientX,
        startY: e.clientY,
        lastX: e.clientX,
        lastY: e.clientY,
        element: e.currentTarget,
        activated: false,
      };
      if (e.pointerType === 'touch') {
        pending.current.timer = setTimeout(activate, TOUCH_DELAY_MS);
      }
    },
    onClickCapture: (e: MouseEvent) => {
      if (suppressClick.current) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
    onContextMenu: (e: MouseEvent) => {
      // A long press on touch screens would otherwise open the link menu instead of dragging.
      if (pending.current?.pointerType === 'touch') e.preventDefault();
    },
  });

  // --- keyboard --------------------------------------------------------------------------------

  const moveTarget = (current: Extract<Lifted, { mode: 'keyboard' }>, index: number) => {
    const clamped = Math.min(STAGES.length - 1, Math.max(0, index));
    const target = STAGES[clamped] ?? current.target;
    update({ ...current, target });
    const where = target === current.source.status ? ', where it started' : '';
    announce(`${STATUS_LABELS[target]}, ${stagePosition(target)}${where}.`);
  };

  /** Spread on the item's handle: a focusable button that picks the item up from the keyboard. */
  const handleProps = (source: DragSource) => ({
    'data-drag-handle': source.id,
    'aria-describedby': instructionsId,
    'aria-pressed': lifted?.mode === 'keyboard' && lifted.source.id === source.id,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      const current = liftedRef.current;
      if (!current) {
        if (e.key === ' ' || e.key === 'Enter') {
          e.preventDefault();
          update({ mode: 'keyboard', source, target: source.status });
          announce(
            `Picked up ${source.label}, in ${STATUS_LABELS[source.status]}, ${stagePosition(source.status)}. ` +
              'Use the arrow keys to choose a stage, Space or Enter to drop it there, Escape to cancel.',
          );
        }
        return;
      }
      if (current.mode !== 'keyboard' || current.source.id !== source.id) return;
      const index = STAGES.indexOf(current.target);
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          e.preventDefault();
          return moveTarget(current, index + 1);
        case 'ArrowLeft':
        case 'ArrowUp':
          e.preventDefault();
          return moveTarget(current, index - 1);
        case 'Home':
          e.preventDefault();
          return moveTarget(current, 0);
        case 'End':
          e.preventDefault();
          return moveTarget(current, STAGES.length - 1);
        case ' ':
        case 'Enter':
          e.preventDefault();
          drop(current, 'keyboard');
          return;
        case 'Escape':
          e.preventDefault();
          cancel();
          return;
        case 'Tab':
          cancel();
          return;
      }
    },
    onBlur: () => {
      const current = liftedRef.current;
      if (current?.mode === 'keyboard' && current.source.id === source.id) cancel();
    },
  });

  return {
    lifted,
    announcement,
    announce,
    instructionsId,
    previewRef,
    pointerProps,
    handleProps,
  };
}
