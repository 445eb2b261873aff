// Contract of mail notifications: per-kind preferences, one-click unsubscribe, and follow-up
// reminders the client registers (the server never sees the application itself).
import { z } from 'zod';
import { DaySchema } from './admin';

export const NotificationRoutes = {
  preferences: '/api/notifications/preferences',
  /** GET shows a confirmation page, POST unsubscribes (signed link, no sign-in needed). */
  unsubscribe: '/api/notifications/unsubscribe',
  reminders: '/api/reminders',
  reminder: (id: string) => `/api/reminders/${encodeURIComponent(id)}`,
} as const;

export const NotificationKind = {
  Receipts: 'receipts',
  PlanChanges: 'plan_changes',
  Quota: 'quota',
  FollowUps: 'follow_ups',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
export const NOTIFICATION_KINDS = Object.values(NotificationKind) as [
  NotificationKind,
  ...NotificationKind[],
];

export const NOTIFICATION_LABELS: Readonly<Record<NotificationKind, string>> = {
  receipts: 'Payment receipts',
  plan_changes: 'Plan changes',
  quota: 'Server AI allowance nearly used up',
  follow_ups: 'Follow-up reminders for applications',
};

export const NotificationPreferencesSchema = z.object({
  /** true: mail is sent; false: unsubscribed. */
  kinds: z.record(z.enum(NotificationKind), z.boolean()),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;
export const UpdatePreferencesRequestSchema = z.object({
  kind: z.enum(NotificationKind),
  enabled: z.boolean(),
});

/** The most reminders one account may have waiting. */
export const MAX_REMINDERS = 100;

export const CreateReminderRequestSchema = z.object({
  /** Shown in the mail; the only thing about the application the server keeps. */
  jobTitle: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(120, 'must be at most 120 characters')
    .regex(/^[^\p{Cc}]+$/u, 'must be one line of text'),
  /** The day to send it (UTC), today or later. */
  due: DaySchema,
});
export type CreateReminderRequest = z.infer<typeof CreateReminderRequestSchema>;

export const ReminderSchema = z.object({
  id: z.string(),
  jobTitle: z.string(),
  due: DaySchema,
  createdAt: z.iso.datetime(),
});
export type Reminder = z.infer<typeof ReminderSchema>;
export const ReminderListSchema = z.object({ reminders: z.array(ReminderSchema) });
export const ReminderResponseSchema = z.object({ reminder: ReminderSchema });
