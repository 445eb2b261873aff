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

export const StatusChangeSchema = z.object({
  status: StatusSchema,
  at: z.iso.datetime(),
  note: z.string().optional(),
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
}): ApplicationRecord {
  const status = input.status ?? ApplicationStatus.Saved;
  return {
    id: input.id,
    schemaVersion: APPLICATION_RECORD_VERSION,
    createdAt: input.now,
    updatedAt: input.now,
    jobId: input.jobId,
    ...(input.resumeId ? { resumeId: input.resumeId } : {}),
    status,
    history: [{ status, at: input.now }],
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
): ApplicationRecord {
  if (application.status === status) return application;
  const change: StatusChange = note ? { status, at: now, note } : { status, at: now };
  return { ...application, status, updatedAt: now, history: [...application.history, change] };
}
