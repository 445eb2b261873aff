// Moving an application from any view: do it, say so, and offer Undo.
import type { ApplicationStatus, StatusChange } from '@career-copilot/shared/application/model';
import type { ApplicationSummary } from '@career-copilot/shared/application/summary';
import { showError, showToast } from '../../ui/toast-store';
import { moveApplicationTo, undoMove, type MoveOptions } from './applications-store';
import { STATUS_LABELS } from './stages';

/** How a row or card is named in sentences: "Staff Engineer at Acme". */
export function summaryLabel(row: ApplicationSummary): string {
  return row.company ? `${row.jobTitle} at ${row.company}` : row.jobTitle;
}

/** Moves, then shows a toast with Undo (which removes the move from the history again). */
export async function moveWithUndo(
  id: string,
  to: ApplicationStatus,
  options: MoveOptions,
  label: string,
): Promise<boolean> {
  const result = await moveApplicationTo(id, to, options);
  if (!result.ok) {
    showError(`Could not move ${label}: ${result.error.message}`);
    return false;
  }
  toastMoved(id, label, to, result.value.change);
  return true;
}

/** The toast after a move, with an Undo that removes the move from the history again. */
export function toastMoved(
  id: string,
  label: string,
  to: ApplicationStatus,
  change: StatusChange,
): void {
  showToast({
    message: `Moved ${label} to ${STATUS_LABELS[to]}.`,
    action: {
      label: 'Undo',
      run: () =>
        void undoMove(id, change).then((undone) => {
          if (!undone.ok) showError(`Could not undo: ${undone.error.message}`);
        }),
    },
  });
}
