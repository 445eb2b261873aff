// The number of follow-ups due, on the Applications link; mounting it keeps the reminder watch running.
import { countDueReminders } from '@career-copilot/shared/application/reminders';
import { useApplications } from '../applications-store';
import { useReminders, useReminderWatch } from '../reminders-watch';
import '../tracker.css';

export function FollowUpsNavBadge() {
  useReminderWatch();
  const now = useReminders((s) => s.now);
  const due = useApplications((s) => countDueReminders(s.items, now));
  if (due === 0) return null;
  return (
    <>
      <strong className="nav-badge" aria-hidden="true" data-testid="follow-ups-due">
        {due}
      </strong>
      <strong className="visually-hidden">
        , {due} follow-up{due === 1 ? '' : 's'} due
      </strong>
    </>
  );
}
