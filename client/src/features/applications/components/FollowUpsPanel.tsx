// Follow-ups across every application: overdue, due today and the week ahead, each one click from done.
import { Link } from 'react-router';
import { saveReminder, setReminderDone } from '@career-copilot/shared/application/edits';
import { listReminders, type ReminderItem } from '@career-copilot/shared/application/reminders';
import { describeJob } from '@career-copilot/shared/application/summary';
import { ok } from '@career-copilot/shared/lib/result';
import { DAY_MS } from '@career-copilot/shared/lib/zoned';
import { formatShortDateTime, userTimeZone } from '../../../lib/local-time';
import { Button } from '../../../ui/Button';
import { showError } from '../../../ui/toast-store';
import { editApplication, useApplications } from '../applications-store';
import { useReminders } from '../reminders-watch';
import { NotificationControl } from './NotificationControl';

const STATE_LABELS = { overdue: 'Overdue', today: 'Today', upcoming: 'Coming up' } as const;

export function FollowUpsPanel() {
  const now = useReminders((s) => s.now);
  const items = useApplications((s) => s.items);
  const jobs = useApplications((s) => s.jobs);
  const reminders = listReminders(items, { now, timeZone: userTimeZone() });
  const due = reminders.filter((r) => r.due).length;

  if (reminders.length === 0) {
    return (
      <section className="follow-ups follow-ups-quiet" aria-labelledby="follow-ups-heading">
        <h2 id="follow-ups-heading" className="visually-hidden">
          Follow-ups
        </h2>
        <p className="muted">
          No follow-ups due this week. Add one on an application’s page to be reminded here.
        </p>
        <details>
          <summary>Notifications</summary>
          <NotificationControl />
        </details>
      </section>
    );
  }

  return (
    <section className="card follow-ups" aria-labelledby="follow-ups-heading">
      <div className="card-title">
        <h2 id="follow-ups-heading">
          Follow-ups {due > 0 ? <span className="badge badge-danger">{due} due</span> : null}
        </h2>
      </div>
      <ul className="follow-up-list" aria-label="Follow-ups due and coming up">
        {reminders.map((item) => {
          const application = items.find((a) => a.id === item.applicationId);
          const job = application ? jobs[application.jobId]?.job : undefined;
          return <FollowUpRow key={item.reminder.id} item={item} jobLabel={describeJob(job)} />;
        })}
      </ul>
      <NotificationControl />
    </section>
  );
}

function FollowUpRow({
  item,
  jobLabel,
}: {
  readonly item: ReminderItem;
  readonly jobLabel: string;
}) {
  const { reminder, applicationId } = item;
  async function run(edit: Parameters<typeof editApplication>[1]) {
    const result = await editApplication(applicationId, edit);
    if (!result.ok) showError(result.error.message);
  }
  const snooze = (days: number) =>
    run((current, now) =>
      saveReminder(
        current,
        {
          id: reminder.id,
          note: reminder.note,
          dueAt: new Date(
            Math.max(Date.parse(now), Date.parse(reminder.dueAt)) + days * DAY_MS,
          ).toISOString(),
        },
        now,
      ),
    );
  return (
    <li className={`follow-up follow-up-${item.state}`}>
      <div className="follow-up-main">
        <span
          className={`badge ${item.state === 'overdue' || item.due ? 'badge-danger' : 'badge-warning'}`}
        >
          {STATE_LABELS[item.state]}
        </span>{' '}
        <strong>{reminder.note}</strong> ·{' '}
        <Link to={`/applications/${applicationId}`}>{jobLabel}</Link>
        <div className="muted">{formatShortDateTime(reminder.dueAt)}</div>
      </div>
      <div className="actions">
        <Button
          size="sm"
          aria-label={`Mark “${reminder.note}” for ${jobLabel} done`}
          onClick={() =>
            void run((current, now) => ok(setReminderDone(current, reminder.id, true, now)))
          }
        >
          Done
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Snooze “${reminder.note}” for ${jobLabel} by a day`}
          onClick={() => void snooze(1)}
        >
          +1 day
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Snooze “${reminder.note}” for ${jobLabel} by a week`}
          onClick={() => void snooze(7)}
        >
          +1 week
        </Button>
      </div>
    </li>
  );
}
