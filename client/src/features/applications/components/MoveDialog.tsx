// Moving with the details a drag cannot give: any stage in one step, when it happened, and a note.
import { useState } from 'react';
import type { ApplicationStatus, ChangeSource } from '@career-copilot/shared/application/model';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { fromLocalInput, toLocalInput } from '../../../lib/local-time';
import { nowIso } from '../../../lib/ids';
import { moveApplicationTo } from '../applications-store';
import { toastMoved } from '../move-actions';
import { STAGES, STATUS_LABELS } from '../stages';

export type MoveTarget = {
  readonly id: string;
  readonly status: ApplicationStatus;
  readonly label: string;
};

export function MoveDialog({
  target,
  source,
  onClose,
}: {
  readonly target: MoveTarget | null;
  readonly source: ChangeSource;
  readonly onClose: (movedId?: string) => void;
}) {
  return (
    <Dialog
      open={target !== null}
      title={target ? `Move ${target.label}` : 'Move'}
      onClose={() => onClose()}
    >
      {target ? (
        <MoveForm key={target.id} target={target} source={source} onClose={onClose} />
      ) : null}
    </Dialog>
  );
}

function MoveForm({
  target,
  source,
  onClose,
}: {
  readonly target: MoveTarget;
  readonly source: ChangeSource;
  readonly onClose: (movedId?: string) => void;
}) {
  const firstOther = STAGES.find((s) => s !== target.status) ?? target.status;
  const [status, setStatus] = useState<ApplicationStatus>(
    STAGES[STAGES.indexOf(target.status) + 1] ?? firstOther,
  );
  const [when, setWhen] = useState(() => toLocalInput(nowIso()));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ field?: string; message: string }>();
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    const at = fromLocalInput(when);
    const result = await moveApplicationTo(target.id, status, {
      source,
      note,
      ...(at ? { at } : {}),
    });
    setBusy(false);
    if (!result.ok) return setProblem(result.error);
    toastMoved(target.id, target.label, status, result.value.change);
    onClose(target.id);
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset className="stage-choices">
        <legend>
          New stage <span className="muted">(now {STATUS_LABELS[target.status]})</span>
        </legend>
        {STAGES.map((s) => (
          <label key={s} className="stage-choice">
            <input
              type="radio"
              name="stage"
              value={s}
              checked={status === s}
              disabled={s === target.status}
              onChange={() => setStatus(s)}
            />
            {STATUS_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <Field
        label="When"
        hint="Change it if this happened earlier."
        error={problem?.field === 'at' ? problem.message : undefined}
      >
        <input
          type="datetime-local"
          value={when}
          required
          onChange={(e) => setWhen(e.target.value)}
        />
      </Field>
      <Field
        label="Note (optional)"
        error={problem?.field === 'note' ? problem.message : undefined}
      >
        <textarea
          rows={3}
          value={note}
          placeholder="Recruiter called; onsite next week"
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      {problem && !problem.field ? (
        <p className="notice notice-danger" role="alert">
          {problem.message}
        </p>
      ) : null}
      <div className="dialog-actions">
        <Button onClick={() => onClose()}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={busy}>
          Move to {STATUS_LABELS[status]}
        </Button>
      </div>
    </form>
  );
}
