// The Application model: one job applied for, its status history, people, dates and documents.
import { z } from 'zod';
import { upgradeRecord, type RecordDefinition } from '../lib/versioned';

export const ApplicationStatus = {
  Saved: 'saved',
  Applied: 'applied',
  Interviewing: 'interviewing',
  Offer: 'offer',
  Rejected: 'rejected',
  Withdrawn: 'withdrawn',
} as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = Object.values(ApplicationStatus);

const StatusSchema = z.enum(APPLICATION_STATUSES as [ApplicationStatus, ...ApplicationStatus[]]);

/** Where a status change was made. The app is single-user, so "who" is always the user; this says how. */
export const ChangeSource = {
  Created: 'created',
  Board: 'board',
  Table: 'table',
  Detail: 'detail',
} as const;
export type ChangeSource = (typeof ChangeSource)[keyof typeof ChangeSource];
const ChangeSourceSchema = z.enum(Object.values(ChangeSource) as [ChangeSource, ...ChangeSource[]]);

export const StatusChangeSchema = z.object({
  status: StatusSchema,
  /** When the change happened (the user may backdate it: "I applied on Tuesday"). */
  at: z.iso.datetime(),
  note: z.string().optional(),
  source: ChangeSourceSchema.optional(),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

export const ContactSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  role: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  notes: z.string().optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const InterviewSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  startsAt: z.iso.datetime(),
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60),
  location: z.string().optional(),
  notes: z.string().optional(),
});
export type Interview = z.infer<typeof InterviewSchema>;

export const ReminderSchema = z.object({
  id: z.string().min(1),
  dueAt: z.iso.datetime(),
  note: z.string(),
  done: z.boolean(),
  completedAt: z.iso.datetime().optional(),
  /** When the app last showed a browser notification for it; cleared when it is snoozed. */
  notifiedAt: z.iso.datetime().optional(),
});
export type Reminder = z.infer<typeof ReminderSchema>;

export const APPLICATION_RECORD_VERSION = 1;

export const ApplicationRecordSchema = z.object({
  id: z.string().min(1),
  schemaVersion: z.literal(APPLICATION_RECORD_VERSION),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  jobId: z.string().min(1),
  /** The resume version sent (often a tailored copy). */
  resumeId: z.string().optional(),
  coverLetterId: z.string().optional(),
  /** The interview preparation kept for this application. */
  prepId: z.string().optional(),
  status: StatusSchema,
  /** Every status the application has had, oldest first; the last entry is the current status. */
  history: z.array(StatusChangeSchema).min(1),
  notes: z.string(),
  contacts: z.array(ContactSchema),
  interviews: z.array(InterviewSchema),
  reminders: z.array(ReminderSchema),
});
export type ApplicationRecord = z.infer<typeof ApplicationRecordSchema>;

export const applicationRecordDefinition: RecordDefinition<ApplicationRecord> = {
  kind: 'application',
  currentVersion: APPLICATION_RECORD_VERSION,
  schema: ApplicationRecordSchema,
  migrations: {},
};

export function upgradeApplicationRecord(raw: unknown) {
  return upgradeRecord(applicationRecordDefinition, raw);
}

/** A new application for a job, saved and stamped with its first history entry. */
export function createApplication(input: {
  id: string;
  jobId: string;
  now: string;
  status?: ApplicationStatus;
  resumeId?: string;
  /** When the first status began, if earlier than now ("applied last Tuesday"). */
  statusAt?: string;
}): ApplicationRecord {
  const status = input.status ?? ApplicationStatus.Saved;
  const first: StatusChange = {
    status,
    at: input.statusAt ?? input.now,
    source: ChangeSource.Created,
  };
  return {
    id: input.id,
    schemaVersion: APPLICATION_RECORD_VERSION,
    createdAt: input.now,
    updatedAt: input.now,
    jobId: input.jobId,
    ...(input.resumeId ? { resumeId: input.resumeId } : {}),
    status,
    history: [first],
    notes: '',
    contacts: [],
    interviews: [],
    reminders: [],
  };
}

/** Moves an application to a status, recording the change; moving to the same status is a no-op. */
export function changeApplicationStatus(
  application: ApplicationRecord,
  status: ApplicationStatus,
  now: string,
  note?: string,
  source?: ChangeSource,
): ApplicationRecord {
  if (application.status === status) return application;
  const change: StatusChange = {
    status,
    at: now,
    ...(note ? { note } : {}),
    ...(source ? { source } : {}),
  };
  return { ...application, status, updatedAt: now, history: [...application.history, change] };
}
