// Which emails the user gets, kind by kind, and the follow-up reminders waiting on the server.
import { useCallback, useEffect, useState } from 'react';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_LABELS,
  type NotificationKind,
  type Reminder,
} from '@career-copilot/shared/api/notifications';
import { Button } from '../../../ui/Button';
import { showError } from '../../../ui/toast-store';
import { failureMessage } from '../account-messages';
import { notificationsApi } from '../notifications-api';

type Kinds = Partial<Record<NotificationKind, boolean>>;

export function NotificationsCard() {
  const [kinds, setKinds] = useState<Kinds | undefined>();
  const [reminders, setReminders] = useState<Reminder[]>([]);

  const applyReminders = useCallback(
    (result: Awaited<ReturnType<typeof notificationsApi.reminders>>) => {
      if (result.ok) setReminders(result.value.reminders);
    },
    [],
  );

  useEffect(() => {
    void notificationsApi.preferences().then((result) => {
      if (result.ok) setKinds(result.value.kinds);
      else showError(failureMessage(result.error));
    });
    void notificationsApi.reminders().then(applyReminders);
  }, [applyReminders]);

  async function toggle(kind: NotificationKind, enabled: boolean) {
    const result = await notificationsApi.setEnabled(kind, enabled);
    if (!result.ok) return void showError(failureMessage(result.error));
    setKinds(result.value.kinds);
  }

  async function remove(reminder: Reminder) {
    const result = await notificationsApi.removeReminder(reminder.id);
    if (!result.ok) return void showError(failureMessage(result.error));
    applyReminders(await notificationsApi.reminders());
  }

  return (
    <section className="card" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Email notifications</h2>
      {!kinds ? <p className="muted">Loading…</p> : null}
      {kinds ? (
        <fieldset className="field">
          <legend>Send me</legend>
          {NOTIFICATION_KINDS.map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="checkbox"
                checked={kinds[kind] !== false}
                onChange={(e) => void toggle(kind, e.target.checked)}
              />{' '}
              {NOTIFICATION_LABELS[kind]}
            </label>
          ))}
        </fieldset>
      ) : null}
      <h3>Follow-up reminders by email</h3>
      <p className="muted">
        Set one from an application&rsquo;s page. The server keeps only the job title and the day,
        and forgets both once the email is sent.
      </p>
      {reminders.length === 0 ? <p className="muted">None waiting.</p> : null}
      {reminders.length > 0 ? (
        <ul className="plain-list" data-testid="email-reminders">
          {reminders.map((r) => (
            <li key={r.id} className="row-item">
              <span>
                <strong>{r.jobTitle}</strong> <span className="muted">· {r.due}</span>
              </span>
              <Button size="sm" variant="ghost" onClick={() => void remove(r)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
