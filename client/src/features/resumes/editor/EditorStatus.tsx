// The editor's save state, undo and redo, and the notices for conflicts, deletions and recoveries.
import { useNavigate } from 'react-router';
import type { Resume } from '@career-copilot/shared/resume/model';
import { formatDateTime } from '../../../lib/format';
import { Button } from '../../../ui/Button';
import { showToast } from '../../../ui/toast-store';
import {
  dismissNotice,
  flushSave,
  keepMine,
  redo,
  restoreDeleted,
  saveMineAsCopy,
  takeTheirs,
  undo,
  useEditor,
  type SaveState,
} from './editor-store';

const LABELS: Readonly<Record<SaveState, string>> = {
  saved: 'Saved on this device',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  conflict: 'Not saved: changed elsewhere',
  deleted: 'Not saved: deleted elsewhere',
  error: 'Not saved',
};

export function SaveStatus() {
  const save = useEditor((s) => s.save);
  const savedAt = useEditor((s) => s.savedAt);
  return (
    <span
      className={`save-status save-${save}`}
      role="status"
      data-testid="save-status"
      data-state={save}
    >
      {LABELS[save]}
      {save === 'saved' && savedAt ? (
        <span className="muted"> · {formatDateTime(savedAt)}</span>
      ) : null}
    </span>
  );
}

export function UndoRedo() {
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  return (
    <>
      <Button
        size="sm"
        onClick={undo}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title="Undo (Ctrl+Z)"
      >
        Undo
      </Button>
      <Button
        size="sm"
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        title="Redo (Ctrl+Shift+Z)"
      >
        Redo
      </Button>
    </>
  );
}

/** Top-level sections whose content differs between two versions, for the conflict notice. */
function changedParts(a: Resume, b: Resume): string[] {
  const names: Record<string, string> = {
    basics: 'personal details',
    meta: 'design and section layout',
  };
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter(
      (k) =>
        JSON.stringify((a as Record<string, unknown>)[k]) !==
        JSON.stringify((b as Record<string, unknown>)[k]),
    )
    .map((k) => names[k] ?? k);
}

export function EditorBanners() {
  const navigate = useNavigate();
  const save = useEditor((s) => s.save);
  const conflict = useEditor((s) => s.conflict);
  const notice = useEditor((s) => s.notice);
  const message = useEditor((s) => s.message);
  const working = useEditor((s) => s.working);

  if (save === 'conflict' && conflict) {
    const parts = changedParts(working.resume, conflict.theirs.resume);
    return (
      <div className="notice notice-warning conflict" role="alert" data-testid="conflict-notice">
        <p>
          {conflict.cause === 'other-tab'
            ? `This resume was changed in another tab or window (saved ${formatDateTime(conflict.theirs.updatedAt)}).`
            : `Changes from an earlier session were never saved, and the resume has been saved since (${formatDateTime(conflict.theirs.updatedAt)}).`}{' '}
          Your edits here are kept on this device but not saved over that version.
          {parts.length ? ` The versions differ in: ${parts.join(', ')}.` : ''}
        </p>
        <div className="actions">
          <Button size="sm" variant="primary" onClick={() => void keepMine()}>
            Keep my version
          </Button>
          <Button size="sm" onClick={() => void takeTheirs()}>
            Use the other version
          </Button>
          <Button
            size="sm"
            onClick={() =>
              void saveMineAsCopy().then((copy) => {
                if (copy)
                  showToast({
                    message: `Saved your version as “${copy.name}”.`,
                    action: { label: 'Open', run: () => void navigate(`/resumes/${copy.id}`) },
                  });
              })
            }
          >
            Keep both
          </Button>
        </div>
      </div>
    );
  }
  if (save === 'deleted') {
    return (
      <div className="notice notice-warning" role="alert">
        <p>This resume was deleted in another tab. Your edits here are kept until you choose.</p>
        <div className="actions">
          <Button size="sm" variant="primary" onClick={() => void restoreDeleted()}>
            Restore it
          </Button>
          <Button size="sm" onClick={() => void navigate('/resumes')}>
            Back to the library
          </Button>
        </div>
      </div>
    );
  }
  if (save === 'error') {
    return (
      <div className="notice notice-danger" role="alert">
        <p>Your last changes could not be saved: {message}</p>
        <Button size="sm" onClick={() => void flushSave()}>
          Try again
        </Button>
      </div>
    );
  }
  if (notice) {
    return (
      <div className="notice notice-info" role="status">
        {notice}{' '}
        <Button size="sm" variant="ghost" onClick={dismissNotice}>
          Dismiss
        </Button>
      </div>
    );
  }
  return null;
}
