// The dated history of stages: when each change happened, where it was made, with its note.
import { useState } from 'react';
import { editStatusChange, undoLastMove } from '@career-copilot/shared/application/edits';
import type { ApplicationRecord, StatusChange } from '@career-copilot/shared/application/model';
import { formatDateTime } from '../../../lib/format';
import { fromLocalInput, toLocalInput } from '../../../lib/local-time';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { SOURCE_LABELS, STATUS_LABELS } from '../stages';
import { useApplicationEdit } from './use-edit';

export function HistorySection({ application }: { readonly application: ApplicationRecord }) {
  const { run } = useApplicationEdit(application.id);
  const [editing, setEditing] = useState<number | null>(null);
  const last = application.history.length - 1;

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ol className="history" aria-label="Stage history, oldest first">
        {application.history.map((change, index) => (
          <li key={`${index}-${change.status}-${change.at}`} className="history-entry">
            {editing === index ? (
              <HistoryEntryForm
                application={application}
                index={index}
                change={change}
                onDone={() => setEditing(null)}
              />
            ) : (
              <>
                <div>
                  <span className={`stage-badge stage-${change.status}`}>
                    {STATUS_LABELS[change.status]}
                  </span>{' '}
                  <time dateTime={change.at}>{formatDateTime(change.at)}</time>
                </div>
                <div className="muted">
                  {index === 0 ? 'Added' : 'Moved'} by you
                  {change.source && change.source !== 'created'
                    ? ` ${SOURCE_LABELS[change.source]}`
                    : ''}
                </div>
                {change.note ? <p className="pre-line">{change.note}</p> : null}
                <div className="actions">
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Edit the ${STATUS_LABELS[change.status]} entry`}
                    onClick={() => setEditing(index)}
                  >
                    Edit
                  </Button>
                  {index === last && index > 0 ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => void run((current, now) => undoLastMove(current, change, now))}
                    >
                      Undo this move
                    </Button>
                  ) : null}
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function HistoryEntryForm({
  application,
  index,
  change,
  onDone,
}: {
  readonly application: ApplicationRecord;
  readonly index: number;
  readonly change: StatusChange;
  readonly onDone: () => void;
}) {
  const { run, busy, fieldError } = useApplicationEdit(application.id);
  const [when, setWhen] = useState(toLocalInput(change.at));
  const [note, setNote] = useState(change.note ?? '');
  // Minutes are all the input shows: keep the stored seconds when the minute was not changed.
  const at = when === toLocalInput(change.at) ? change.at : fromLocalInput(when);

  return (
    <form
      className="inline-form"
      aria-label={`Edit the ${STATUS_LABELS[change.status]} entry`}
      onSubmit={(e) => {
        e.preventDefault();
        void run((current, now) => editStatusChange(current, index, { at, note }, now)).then(
          (saved) => {
            if (saved) onDone();
          },
        );
      }}
    >
      <Field label={`${STATUS_LABELS[change.status]} since`} error={fieldError('at')}>
        <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
      </Field>
      <Field label="Note" error={fieldError('note')}>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="actions">
        <Button type="submit" size="sm" variant="primary" disabled={busy}>
          Save
        </Button>
        <Button size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
