// Applications as an iCalendar file: interviews as events, follow-ups as to-dos or events.
import { serializeCalendar, type IcsEvent, type IcsTodo } from '../calendar/ics';
import { ApplicationStatus, type ApplicationRecord, type Interview, type Reminder } from './model';
import { describeJob, type JobLabel } from './summary';

export const ICS_PRODID = '-//Career Copilot//Application tracker//EN';

export const RemindersAs = {
  None: 'none',
  /** VTODO: Apple Reminders, Thunderbird and Outlook tasks read them; Google Calendar ignores them. */
  Todos: 'todos',
  /** A 15-minute event at the due time: every calendar shows it. */
  Events: 'events',
} as const;
export type RemindersAs = (typeof RemindersAs)[keyof typeof RemindersAs];

export type CalendarOptions = {
  readonly now: string;
  readonly remindersAs?: RemindersAs;
  /** Minutes before an interview to alert; none when absent. */
  readonly alarmMinutesBefore?: number;
  /** A link back to the application in the app, written as the entry's URL. */
  readonly linkTo?: (applicationId: string) => string;
};

const REMINDER_EVENT_MINUTES = 15;

function contactsText(application: ApplicationRecord): string | undefined {
  if (application.contacts.length === 0) return undefined;
  const lines = application.contacts.map((c) =>
    [c.name, c.role, c.email, c.phone].filter(Boolean).join(' · '),
  );
  return `Contacts:\n${lines.join('\n')}`;
}

/** Stable across exports: the same interview always gets the same UID. */
export function interviewUid(application: ApplicationRecord, interview: Interview): string {
  return `interview-${application.id}-${interview.id}@career-copilot`;
}

export function reminderUid(application: ApplicationRecord, reminder: Reminder): string {
  return `follow-up-${application.id}-${reminder.id}@career-copilot`;
}

/**
 * An interview still ahead when the application was rejected or withdrawn will not happen; it is
 * exported as cancelled so a calendar that already has it can mark it so.
 */
function isCancelled(application: ApplicationRecord, interview: Interview): boolean {
  const ended =
    application.status === ApplicationStatus.Rejected ||
    application.status === ApplicationStatus.Withdrawn;
  if (!ended) return false;
  const closedAt = application.history.at(-1)?.at;
  return closedAt !== undefined && Date.parse(interview.startsAt) > Date.parse(closedAt);
}

export function interviewEvent(
  application: ApplicationRecord,
  interview: Interview,
  job: JobLabel | undefined,
  options: Pick<CalendarOptions, 'alarmMinutesBefore' | 'linkTo'> = {},
): IcsEvent {
  const start = Date.parse(interview.startsAt);
  const description = [interview.notes, contactsText(application)].filter(Boolean).join('\n\n');
  const event: IcsEvent = {
    uid: interviewUid(application, interview),
    start: interview.startsAt,
    end: new Date(start + interview.durationMinutes * 60_000).toISOString(),
    summary: `${interview.title}: ${describeJob(job)}`,
    categories: ['Interview'],
    status: isCancelled(application, interview) ? 'CANCELLED' : 'CONFIRMED',
    ...(description ? { description } : {}),
    ...(interview.location ? { location: interview.location } : {}),
    ...(options.linkTo ? { url: options.linkTo(application.id) } : {}),
    ...(options.alarmMinutesBefore !== undefined
      ? { alarmsMinutesBefore: [options.alarmMinutesBefore] }
      : {}),
  };
  return event;
}

function reminderSummary(reminder: Reminder, job: JobLabel | undefined): string {
  return `${reminder.note}: ${describeJob(job)}`;
}

function reminderTodo(
  application: ApplicationRecord,
  reminder: Reminder,
  job: JobLabel | undefined,
  options: CalendarOptions,
): IcsTodo {
  return {
    uid: reminderUid(application, reminder),
    due: reminder.dueAt,
    summary: reminderSummary(reminder, job),
    categories: ['Follow-up'],
    ...(reminder.done ? { completed: reminder.completedAt ?? reminder.dueAt } : {}),
    ...(options.linkTo ? { url: options.linkTo(application.id) } : {}),
  };
}

function reminderEvent(
  application: ApplicationRecord,
  reminder: Reminder,
  job: JobLabel | undefined,
  options: CalendarOptions,
): IcsEvent {
  return {
    uid: reminderUid(application, reminder),
    start: reminder.dueAt,
    end: new Date(Date.parse(reminder.dueAt) + REMINDER_EVENT_MINUTES * 60_000).toISOString(),
    summary: reminderSummary(reminder, job),
    categories: ['Follow-up'],
    ...(options.linkTo ? { url: options.linkTo(application.id) } : {}),
  };
}

/** One interview as a calendar file of its own. */
export function interviewCalendar(
  application: ApplicationRecord,
  interview: Interview,
  job: JobLabel | undefined,
  options: CalendarOptions,
): string {
  return serializeCalendar({
    prodId: ICS_PRODID,
    stamp: options.now,
    events: [interviewEvent(application, interview, job, options)],
  });
}

/** Every interview of every application, and follow-ups if asked, as one calendar. */
export function applicationsCalendar(
  applications: readonly ApplicationRecord[],
  jobs: Readonly<Record<string, JobLabel | undefined>>,
  options: CalendarOptions,
): string {
  const events: IcsEvent[] = [];
  const todos: IcsTodo[] = [];
  for (const application of applications) {
    const job = jobs[application.jobId];
    for (const interview of application.interviews) {
      events.push(interviewEvent(application, interview, job, options));
    }
    for (const reminder of application.reminders) {
      if (options.remindersAs === RemindersAs.Todos) {
        todos.push(reminderTodo(application, reminder, job, options));
      } else if (options.remindersAs === RemindersAs.Events && !reminder.done) {
        events.push(reminderEvent(application, reminder, job, options));
      }
    }
  }
  events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return serializeCalendar({
    prodId: ICS_PRODID,
    name: 'Career Copilot interviews',
    stamp: options.now,
    events,
    todos,
  });
}
