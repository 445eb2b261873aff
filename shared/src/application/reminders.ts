// Follow-up reminders across every application: what is overdue, due today or coming up.
import { addDays, localDay, startOfLocalDay } from '../lib/zoned';
import type { ApplicationRecord, Reminder } from './model';

export const ReminderState = {
  /** Its due day has passed. */
  Overdue: 'overdue',
  /** Due today (its time may still be ahead or just passed). */
  Today: 'today',
  /** Due within the look-ahead window. */
  Upcoming: 'upcoming',
} as const;
export type ReminderState = (typeof ReminderState)[keyof typeof ReminderState];

export type ReminderItem = {
  readonly applicationId: string;
  readonly reminder: Reminder;
  readonly state: ReminderState;
  /** Its due time has come: it counts towards the badge and may be notified. */
  readonly due: boolean;
};

export type ReminderOptions = {
  readonly now: string;
  readonly timeZone?: string;
  /** How many days ahead "coming up" reaches; default 7. */
  readonly upcomingDays?: number;
};

/** Open reminders from overdue to the end of the look-ahead window, soonest first. */
export function listReminders(
  applications: readonly ApplicationRecord[],
  options: ReminderOptions,
): ReminderItem[] {
  const timeZone = options.timeZone ?? 'UTC';
  const today = localDay(options.now, timeZone);
  const todayStarts = startOfLocalDay(today, timeZone);
  const tomorrowStarts = startOfLocalDay(addDays(today, 1), timeZone);
  const horizonEnds = startOfLocalDay(addDays(today, (options.upcomingDays ?? 7) + 1), timeZone);
  const nowMs = Date.parse(options.now);
  const items: ReminderItem[] = [];
  for (const application of applications) {
    for (const reminder of application.reminders) {
      if (reminder.done) continue;
      const due = Date.parse(reminder.dueAt);
      if (due >= horizonEnds) continue;
      const state =
        due < todayStarts
          ? ReminderState.Overdue
          : due < tomorrowStarts
            ? ReminderState.Today
            : ReminderState.Upcoming;
      items.push({ applicationId: application.id, reminder, state, due: due <= nowMs });
    }
  }
  return items.sort((a, b) => Date.parse(a.reminder.dueAt) - Date.parse(b.reminder.dueAt));
}

/** How many open reminders have come due: the number on the navigation badge. */
export function countDueReminders(applications: readonly ApplicationRecord[], now: string): number {
  const nowMs = Date.parse(now);
  let count = 0;
  for (const a of applications) {
    for (const r of a.reminders) if (!r.done && Date.parse(r.dueAt) <= nowMs) count += 1;
  }
  return count;
}

/** Reminders that came due and have not been shown as a notification since they last changed. */
export function remindersToNotify(
  applications: readonly ApplicationRecord[],
  now: string,
): Array<{ readonly applicationId: string; readonly reminder: Reminder }> {
  const nowMs = Date.parse(now);
  const items: Array<{ applicationId: string; reminder: Reminder }> = [];
  for (const application of applications) {
    for (const reminder of application.reminders) {
      if (reminder.done || reminder.notifiedAt || Date.parse(reminder.dueAt) > nowMs) continue;
      items.push({ applicationId: application.id, reminder });
    }
  }
  return items;
}
