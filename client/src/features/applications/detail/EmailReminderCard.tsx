// Opt-in email reminder: the server cannot see applications (they stay on this device), so the
// user sends it only a job title and a day, and it emails them on that day.
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { showToast } from '../../../ui/toast-store';
import { failureMessage } from '../../account/account-messages';
import { notificationsApi } from '../../account/notifications-api';

function dayIn(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function EmailReminderCard({ jobTitle }: { readonly jobTitle: string }) {
  const [title, setTitle] = useState(jobTitle);
  const [due, setDue] = useState(() => dayIn(7));
  const [error, setError] = useState<string | undefined>();
  const [needsSignIn, setNeedsSignIn] = useState(false);
  const [busy, setBusy] = useState(false);

  async function register() {
    setBusy(true);
    const result = await notificationsApi.addReminder(title, due);
    setBusy(false);
    if (!result.ok) {
      setNeedsSignIn(result.error.code === ErrorCode.Unauthenticated);
      return setError(failureMessage(result.error));
    }
    setError(undefined);
    showToast({ message: `We will email you on ${result.value.reminder.due}.` });
  }

  return (
    <section className="card" aria-labelledby="email-reminder-heading">
      <h2 id="email-reminder-heading">Email me a reminder</h2>
      <p className="muted">
        Optional, with an account: only the title below and the day are sent to the server.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void register();
        }}
      >
        <Field label="Title in the email">
          <input
            type="text"
            maxLength={120}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </Field>
        <Field label="Day to email me">
          <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </Field>
        <Button type="submit" disabled={busy || title.trim() === '' || !due}>
          Email me on this day
        </Button>
      </form>
      {error ? (
        <p className="error" role="alert">
          {error} {needsSignIn ? <Link to="/account/sign-in">Sign in</Link> : null}
        </p>
      ) : null}
    </section>
  );
}
