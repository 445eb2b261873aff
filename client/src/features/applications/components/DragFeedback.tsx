// What a drag shows and says: the floating card under the pointer, the live region, the instructions.
import { createPortal } from 'react-dom';
import type { RefObject } from 'react';
import { previewTransform, type Lifted } from '../use-stage-drag';
import { STATUS_LABELS } from '../stages';

export function DragFeedback({
  lifted,
  announcement,
  instructionsId,
  instructions,
  previewRef,
}: {
  readonly lifted: Lifted | null;
  readonly previewRef: RefObject<HTMLDivElement | null>;
  readonly announcement: string;
  readonly instructionsId: string;
  readonly instructions: string;
}) {
  return (
    <>
      <p id={instructionsId} className="visually-hidden">
        {instructions}
      </p>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {announcement}
      </div>
      {lifted?.mode === 'pointer'
        ? createPortal(
            <div
              ref={previewRef}
              className="drag-preview"
              aria-hidden="true"
              style={{
                width: lifted.width,
                transform: previewTransform(lifted, lifted.x, lifted.y),
              }}
            >
              <strong>{lifted.source.label}</strong>
              <span className="muted">
                {lifted.target ? `→ ${STATUS_LABELS[lifted.target]}` : 'Not over a stage'}
              </span>
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
