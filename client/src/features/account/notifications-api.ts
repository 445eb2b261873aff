// Notification preferences and follow-up reminders on the server, typed by the shared contract.
import { z } from 'zod';
import {
  NotificationPreferencesSchema,
  NotificationRoutes,
  ReminderListSchema,
  ReminderResponseSchema,
  type NotificationKind,
} from '@career-copilot/shared/api/notifications';
import { apiRequest } from '../../api/client';

export const notificationsApi = {
  preferences: () =>
    apiRequest(NotificationRoutes.preferences, { schema: NotificationPreferencesSchema }),
  setEnabled: (kind: NotificationKind, enabled: boolean) =>
    apiRequest(NotificationRoutes.preferences, {
      method: 'PUT',
      body: { kind, enabled },
      schema: NotificationPreferencesSchema,
    }),
  reminders: () => apiRequest(NotificationRoutes.reminders, { schema: ReminderListSchema }),
  addReminder: (jobTitle: string, due: string) =>
    apiRequest(NotificationRoutes.reminders, {
      method: 'POST',
      body: { jobTitle, due },
      schema: ReminderResponseSchema,
    }),
  removeReminder: (id: string) =>
    apiRequest(NotificationRoutes.reminder(id), {
      method: 'DELETE',
      schema: z.object({ removed: z.number() }),
    }),
};
