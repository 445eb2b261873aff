// The admin endpoints and the user's own usage report, typed by the shared contract.
import { z } from 'zod';
import {
  AdminRoutes,
  AdminSecurityEventsResponseSchema,
  AdminUserResponseSchema,
  AdminUsersResponseSchema,
  MailPreviewSchema,
  MailTemplateListSchema,
  TrafficReportSchema,
  UsageReportSchema,
  UsageRoutes,
  type AdminSecurityEventsQuery,
  type AdminUsersQuery,
} from '@career-copilot/shared/api/admin';
import type { Role } from '@career-copilot/shared/api/auth';
import { apiRequest } from '../../api/client';

function withQuery(path: string, query: Readonly<Record<string, unknown>>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' || typeof value === 'number') {
      if (value !== '') params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

const post = <S extends z.ZodType>(path: string, body: unknown, schema: S) =>
  apiRequest(path, { method: 'POST', body, schema });

export const adminApi = {
  users: (query: AdminUsersQuery) =>
    apiRequest(withQuery(AdminRoutes.users, query), { schema: AdminUsersResponseSchema }),
  setRole: (id: string, role: Role) =>
    post(AdminRoutes.userRole(id), { role }, AdminUserResponseSchema),
  disable: (id: string) => post(AdminRoutes.userDisable(id), {}, AdminUserResponseSchema),
  enable: (id: string) => post(AdminRoutes.userEnable(id), {}, AdminUserResponseSchema),
  resendVerification: (id: string) =>
    post(AdminRoutes.userResendVerification(id), {}, z.object({ status: z.literal('accepted') })),
  userUsage: (id: string, from: string, to: string) =>
    apiRequest(withQuery(AdminRoutes.userUsage(id), { from, to }), { schema: UsageReportSchema }),
  traffic: (from: string, to: string) =>
    apiRequest(withQuery(AdminRoutes.traffic, { from, to }), { schema: TrafficReportSchema }),
  securityEvents: (query: AdminSecurityEventsQuery) =>
    apiRequest(withQuery(AdminRoutes.securityEvents, query), {
      schema: AdminSecurityEventsResponseSchema,
    }),
  mailTemplates: () => apiRequest(AdminRoutes.mailTemplates, { schema: MailTemplateListSchema }),
  mailPreview: (name: string) =>
    apiRequest(AdminRoutes.mailPreview(name), { schema: MailPreviewSchema }),
  myUsage: (from: string, to: string) =>
    apiRequest(withQuery(UsageRoutes.me, { from, to }), { schema: UsageReportSchema }),
};
