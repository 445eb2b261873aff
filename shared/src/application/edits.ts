// Every change a user makes to an application, as pure functions that validate what they are given.
import { err, ok, type Result } from '../lib/result';
import {
  ChangeSource,
  type ApplicationRecord,
  type ApplicationStatus,
  type Contact,
  type Interview,
  type Reminder,
  type StatusChange,
} from './model';

/** The most each free-text field keeps: generous for people, small enough to stay fast. */
export const LIMITS = {
  notes: 20_000,
  shortText: 200,
  location: 2_000,
  longText: 5_000,
  durationMinutes: 24 * 60,
} as const;

export type EditProblem = {
  readonly code:
    | 'invalid'
    | 'too_long'
    | 'same_status'
    | 'in_future'
    | 'out_of_order'
    | 'not_found'
    | 'changed_since';
  /** The form field the problem is about, when there is one. */
  readonly field?: string;
  readonly message: string;
};

export type EditResult = Result<ApplicationRecord, EditProblem>;

/** A little slack for clocks: a move dated a minute ahead is "now", not the future. */
const FUTURE_SLACK_MS = 60_000;

function touch(application: ApplicationRecord, now: string, patch: Partial<ApplicationRecord>) {
  return { ...application, ...patch, updatedAt: now };
}

function tooLong(field: string, label: string, value: string | undefined, max: number) {
  if (value !== undefined && value.length > max) {
    return err<EditProblem>({
      code: 'too_long',
      field,
      message: `${label} is ${value.length.toLocaleString('en')} characters; the most kept is ${max.toLocaleString('en')}.`,
    });
  }
  return undefined;
}

function optionalText(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function isDate(value: string): boolean {
  return !Number.isNaN(Date.parse(value));
}

export function setNotes(application: ApplicationRecord, notes: string, now: string): EditResult {
  return (
    tooLong('notes', 'The notes', notes, LIMITS.notes) ?? ok(touch(application, now, { notes }))
  );
}

/** Links the resume version that was sent; `undefined` unlinks it. */
export function setResume(
  application: ApplicationRecord,
  resumeId: string | undefined,
  now: string,
): ApplicationRecord {
  const { resumeId: _old, ...rest } = application;
  return touch(rest as ApplicationRecord, now, resumeId ? { resumeId } : {});
}

/** Links the cover letter version and the interview preparation kept for this application. */
export function setDocuments(
  application: ApplicationRecord,
  documents: { readonly coverLetterId?: string; readonly prepId?: string },
  now: string,
): ApplicationRecord {
  return touch(application, now, documents);
}

export function setJob(application: ApplicationRecord, jobId: string, now: string) {
  return touch(application, now, { jobId });
}

/** Moves to a stage, dated `at` (default now), which may be backdated but not before the last move. */
export function moveApplication(
  application: ApplicationRecord,
  status: ApplicationStatus,
  options: { readonly at?: string; readonly note?: string; readonly source?: ChangeSource },
  now: string,
): EditResult {
  if (application.status === status) {
    return err({ code: 'same_status', message: 'It is already in that stage.' });
  }
  const at = options.at ?? now;
  const dated = checkDate(at, application.history.at(-1)?.at, undefined, now);
  if (dated) return err(dated);
  const note = optionalText(options.note);
  const long = tooLong('note', 'The note', note, LIMITS.longText);
  if (long) return long;
  const change: StatusChange = {
    status,
    at,
    ...(note ? { note } : {}),
    source: options.source ?? ChangeSource.Detail,
  };
  return ok(touch(application, now, { status, history: [...application.history, change] }));
}

function checkDate(
  at: string,
  notBefore: string | undefined,
  notAfter: string | undefined,
  now: string,
): EditProblem | undefined {
  if (!isDate(at)) return { code: 'invalid', field: 'at', message: 'Enter a date and time.' };
  const t = Date.parse(at);
  if (t > Date.parse(now) + FUTURE_SLACK_MS) {
    return { code: 'in_future', field: 'at', message: 'A stage change cannot be in the future.' };
  }
  if (notBefore && t < Date.parse(notBefore)) {
    return {
      code: 'out_of_order',
      field: 'at',
      message: 'That is before the previous stage change; history stays in order.',
    };
  }
  if (notAfter && t > Date.parse(notAfter)) {
    return {
      code: 'out_of_order',
      field: 'at',
      message: 'That is after the next stage change; history stays in order.',
    };
  }
  return undefined;
}

/** Corrects the date or note of one history entry, keeping the history in order. */
export function editStatusChange(
  application: ApplicationRecord,
  index: number,
  patch: { readonly at: string; readonly note: string },
  now: string,
): EditResult {
  const entry = application.history[index];
  if (!entry) return err({ code: 'not_found', message: 'That history entry no longer exists.' });
  const dated = checkDate(
    patch.at,
    application.history[index - 1]?.at,
    application.history[index + 1]?.at,
    now,
  );
  if (dated) return err(dated);
  const note = optionalText(patch.note);
  const long = tooLong('note', 'The note', note, LIMITS.longText);
  if (long) return long;
  const { note: _old, ...rest } = entry;
  const updated: StatusChange = { ...rest, at: patch.at, ...(note ? { note } : {}) };
  const history = application.history.map((h, i) => (i === index ? updated : h));
  return ok(touch(application, now, { history }));
}

/**
 * Takes back the last move, as if it never happened (it leaves no trace in the history). Refused
 * when the history changed since `expected` was read, so an undo never removes someone else's move.
 */
export function undoLastMove(
  application: ApplicationRecord,
  expected: StatusChange,
  now: string,
): EditResult {
  const last = application.history.at(-1);
  const previous = application.history.at(-2);
  if (!last || !previous || last.status !== expected.status || last.at !== expected.at) {
    return err({ code: 'changed_since', message: 'It changed since; nothing was undone.' });
  }
  return ok(
    touch(application, now, {
      status: previous.status,
      history: application.history.slice(0, -1),
    }),
  );
}

function upsert<T extends { id: string }>(items: readonly T[], item: T): T[] {
  return items.some((i) => i.id === item.id)
    ? items.map((i) => (i.id === item.id ? item : i))
    : [...items, item];
}

export type ContactInput = {
  readonly id: string;
  readonly name: string;
  readonly role?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly notes?: string;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function saveContact(
  application: ApplicationRecord,
  input: ContactInput,
  now: string,
): EditResult {
  const name = input.name.trim();
  if (!name) return err({ code: 'invalid', field: 'name', message: 'Enter the person’s name.' });
  const email = optionalText(input.email);
  if (email && !EMAIL.test(email)) {
    return err({ code: 'invalid', field: 'email', message: 'That email address looks wrong.' });
  }
  const problem =
    tooLong('name', 'The name', name, LIMITS.shortText) ??
    tooLong('role', 'The role', input.role, LIMITS.shortText) ??
    tooLong('email', 'The email', email, LIMITS.shortText) ??
    tooLong('phone', 'The phone number', input.phone, LIMITS.shortText) ??
    tooLong('notes', 'The notes', input.notes, LIMITS.longText);
  if (problem) return problem;
  const contact: Contact = { id: input.id, name };
  for (const key of ['role', 'phone', 'notes'] as const) {
    const value = optionalText(input[key]);
    if (value) contact[key] = value;
  }
  if (email) contact.email = email;
  return ok(touch(application, now, { contacts: upsert(application.contacts, contact) }));
}

export function removeContact(application: ApplicationRecord, id: string, now: string) {
  return touch(application, now, { contacts: application.contacts.filter((c) => c.id !== id) });
}

export type InterviewInput = {
  readonly id: string;
  readonly title: string;
  readonly startsAt: string;
  readonly durationMinutes: number;
  readonly location?: string;
  readonly notes?: string;
};

export function saveInterview(
  application: ApplicationRecord,
  input: InterviewInput,
  now: string,
): EditResult {
  if (!isDate(input.startsAt)) {
    return err({ code: 'invalid', field: 'startsAt', message: 'Enter when the interview starts.' });
  }
  const minutes = input.durationMinutes;
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > LIMITS.durationMinutes) {
    return err({
      code: 'invalid',
      field: 'durationMinutes',
      message: 'The length must be a whole number of minutes, from 5 to 1,440 (a day).',
    });
  }
  const title = input.title.trim() || 'Interview';
  const problem =
    tooLong('title', 'The title', title, LIMITS.shortText) ??
    tooLong('location', 'The location', input.location, LIMITS.location) ??
    tooLong('notes', 'The notes', input.notes, LIMITS.longText);
  if (problem) return problem;
  const interview: Interview = {
    id: input.id,
    title,
    startsAt: new Date(input.startsAt).toISOString(),
    durationMinutes: minutes,
  };
  const location = optionalText(input.location);
  const notes = optionalText(input.notes);
  if (location) interview.location = location;
  if (notes) interview.notes = notes;
  const interviews = upsert(application.interviews, interview).sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt),
  );
  return ok(touch(application, now, { interviews }));
}

export function removeInterview(application: ApplicationRecord, id: string, now: string) {
  return touch(application, now, {
    interviews: application.interviews.filter((i) => i.id !== id),
  });
}

export type ReminderInput = { readonly id: string; readonly dueAt: string; readonly note: string };

/** Adds or edits a follow-up; changing its due date makes it eligible for a notification again. */
export function saveReminder(
  application: ApplicationRecord,
  input: ReminderInput,
  now: string,
): EditResult {
  if (!isDate(input.dueAt)) {
    return err({ code: 'invalid', field: 'dueAt', message: 'Enter when it is due.' });
  }
  const note = input.note.trim() || 'Follow up';
  const long = tooLong('note', 'The reminder', note, LIMITS.shortText);
  if (long) return long;
  const existing = application.reminders.find((r) => r.id === input.id);
  const dueAt = new Date(input.dueAt).toISOString();
  const reminder: Reminder = {
    ...(existing ?? { done: false }),
    id: input.id,
    dueAt,
    note,
  };
  if (existing && existing.dueAt !== dueAt) delete reminder.notifiedAt;
  const reminders = upsert(application.reminders, reminder).sort(
    (a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt),
  );
  return ok(touch(application, now, { reminders }));
}

export function setReminderDone(
  application: ApplicationRecord,
  id: string,
  done: boolean,
  now: string,
): ApplicationRecord {
  const reminders = application.reminders.map((r) => {
    if (r.id !== id) return r;
    const { completedAt: _c, ...rest } = r;
    return done ? { ...rest, done, completedAt: now } : { ...rest, done };
  });
  return touch(application, now, { reminders });
}

export function removeReminder(application: ApplicationRecord, id: string, now: string) {
  return touch(application, now, { reminders: application.reminders.filter((r) => r.id !== id) });
}

/**
 * Records that reminders were shown as notifications. Not an edit by the user, so `updatedAt`
 * stays: a backup merge should not prefer this copy for it.
 */
export function markRemindersNotified(
  application: ApplicationRecord,
  ids: ReadonlySet<string>,
  now: string,
): ApplicationRecord {
  return {
    ...application,
    reminders: application.reminders.map((r) => (ids.has(r.id) ? { ...r, notifiedAt: now } : r)),
  };
}
