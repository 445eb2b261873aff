// Follow-up reminders for one application: when to chase, done when done, snoozed when not yet.
import { useState } from 'react';
import {
  removeReminder,
  saveReminder,
  setReminderDone,
} from '@career-copilot/shared/application/edits';
import type { ApplicationRecord } from '@career-copilot/shared/application/model';
import { ok } from '@career-copilot/shared/lib/result';
import { DAY_MS } from '@career-copilot/shared/lib/zoned';
import { newId } from '../../../lib/ids';
import { formatShortDateTime, fromLocalInput, toLocalInput } from '../../../lib/local-time';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { NotificationControl } from '../components/NotificationControl';
import { useReminders } from '../reminders-watch';
import { RowActions } from './RowActions';
import { useApplicationEdit } from './use-edit';

/** A morning `days` from now, local time: when people usually chase. */
function morningIn(days: number, from: number): string {
  const date = new Date(from + days * DAY_MS);
  date.setHours(9, 0, 0, 0);
  return toLocalInput(date.toISOString());
}

export function RemindersSection({ application }: { readonly application: ApplicationRecord }) {
  const { run, busy, fieldError } = useApplicationEdit(application.id);
  const now = Date.parse(useReminders((s) => s.now));
  const [note, setNote] = useState('Follow up');
  const [due, setDue] = useState(() => morningIn(7, now));
  const open = application.reminders.filter((r) => !r.done);
  const done = application.reminders.filter((r) => r.done);

  async function add() {
    const saved = await run((current, t) =>
      saveReminder(current, { id: newId('r_'), note, dueAt: fromLocalInput(due) }, t),
    );
    if (saved) setNote('Follow up');
  }

  return (
    <section className="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Follow-ups</h2>
      <ul className="plain-list" aria-label="Follow-up reminders">
        {[...open, ...done].map((r) => {
          const overdue = !r.done && Date.parse(r.dueAt) <= now;
          return (
            <li key={r.id} className={`row-item${r.done ? ' is-done' : ''}`}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={r.done}
                  onChange={(e) => {
                    const value = e.target.checked;
                    void run((current, t) => ok(setReminderDone(current, r.id, value, t)));
                  }}
                />
                <span>
                  <strong>{r.note}</strong>{' '}
                  {overdue ? <span className="badge badge-danger">Due</span> : null}
                  <span className="muted"> · {formatShortDateTime(r.dueAt)}</span>
                </span>
              </label>
              <RowActions
                name={`“${r.note}”`}
                onRemove={() => void run((current, t) => ok(removeReminder(current, r.id, t)))}
              >
                {!r.done ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Snooze “${r.note}” by a week`}
                    onClick={() =>
                      void run((current, t) =>
                        saveReminder(
                          current,
                          {
                            id: r.id,
                            note: r.note,
                            dueAt: new Date(
                              Math.max(Date.parse(t), Date.parse(r.dueAt)) + 7 * DAY_MS,
                            ).toISOString(),
                          },
                          t,
                        ),
                      )
                    }
                  >
                    +1 week
                  </Button>
                ) : null}
              </RowActions>
            </li>
          );
        })}
      </ul>
      <form
        className="inline-form"
        aria-label="Add a follow-up"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className="grid-2">
          <Field label="Reminder" error={fieldError('note')}>
            <input
              type="text"
              value={note}
              maxLength={200}
              onChange={(e) => setNote(e.target.value)}
            />
          </Field>
          <Field label="Due" error={fieldError('dueAt')}>
            <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />
          </Field>
        </div>
        <div className="actions">
          <Button type="submit" variant="primary" disabled={busy}>
            Add follow-up
          </Button>
          <span className="muted">Due in</span>
          {[3, 7, 14].map((days) => (
            <Button
              key={days}
              size="sm"
              variant="ghost"
              onClick={() => setDue(morningIn(days, now))}
            >
              {days === 7 ? '1 week' : days === 14 ? '2 weeks' : `${days} days`}
            </Button>
          ))}
        </div>
      </form>
      <NotificationControl />
    </section>
  );
}
