// The moves the board and the table share: drag or keyboard with Undo, and the "Move to…" dialog.
import { useState } from 'react';
import { ChangeSource } from '@career-copilot/shared/application/model';
import { moveWithUndo } from '../move-actions';
import { focusDragHandle, useStageDrag } from '../use-stage-drag';
import { DragFeedback } from './DragFeedback';
import { MoveDialog, type MoveTarget } from './MoveDialog';

/**
 * Wires a view for moving applications. On the board a moved card is a new element in another
 * column, so focus is looked for there; in the table the row stays where it is.
 */
export function useTrackerMoves(source: ChangeSource, instructions: string) {
  const [moving, setMoving] = useState<MoveTarget | null>(null);
  const drag = useStageDrag({
    onDrop: (item, to, method) => {
      void moveWithUndo(item.id, to, { source }, item.label);
      if (method === 'keyboard') {
        focusDragHandle(item.id, source === ChangeSource.Board ? to : undefined);
      }
    },
  });
  const overlays = (
    <>
      <DragFeedback
        lifted={drag.lifted}
        announcement={drag.announcement}
        instructionsId={drag.instructionsId}
        instructions={instructions}
        previewRef={drag.previewRef}
      />
      <MoveDialog
        target={moving}
        source={source}
        onClose={(movedId) => {
          setMoving(null);
          if (movedId) focusDragHandle(movedId);
        }}
      />
    </>
  );
  return { drag, openMoveDialog: setMoving, overlays };
}
