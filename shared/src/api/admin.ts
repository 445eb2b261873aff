// Contract of /api/admin/* (admins only) and the signed-in user's own usage report.
import { z } from 'zod';
import { Role, SecurityEventSchema, SecurityEventType } from './auth';

export const AdminRoutes = {
  users: '/api/admin/users',
  userRole: (id: string) => `/api/admin/users/${encodeURIComponent(id)}/role`,
  userDisable: (id: string) => `/api/admin/users/${encodeURIComponent(id)}/disable`,
  userEnable: (id: string) => `/api/admin/users/${encodeURIComponent(id)}/enable`,
  userResendVerification: (id: string) =>
    `/api/admin/users/${encodeURIComponent(id)}/resend-verification`,
  userUsage: (id: string) => `/api/admin/users/${encodeURIComponent(id)}/usage`,
  traffic: '/api/admin/traffic',
  securityEvents: '/api/admin/security-events',
  mailTemplates: '/api/admin/mail-templates',
  mailPreview: (name: string) => `/api/admin/mail-templates/${encodeURIComponent(name)}/preview`,
} as const;

export const UsageRoutes = { me: '/api/users/me/usage' } as const;

/** How long daily counters are kept, and so the widest report. */
export const REPORT_RETENTION_DAYS = 90;

export const AccountStatus = {
  Pending: 'pending',
  Active: 'active',
  Disabled: 'disabled',
} as const;
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];

export const AdminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(Role),
  status: z.enum(AccountStatus),
  createdAt: z.iso.datetime(),
  lastLoginAt: z.iso.datetime().optional(),
});
export type AdminUser = z.infer<typeof AdminUserSchema>;

export const AdminUsersQuerySchema = z.object({
  q: z.string().trim().max(254).optional(),
  role: z.enum(Role).optional(),
  status: z.enum(AccountStatus).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type AdminUsersQuery = z.input<typeof AdminUsersQuerySchema>;

export const AdminUsersResponseSchema = z.object({
  users: z.array(AdminUserSchema),
  /** Where the next page starts in the account index; absent on the last page. */
  nextOffset: z.number().int().optional(),
  total: z.number().int(),
});
export type AdminUsersResponse = z.infer<typeof AdminUsersResponseSchema>;

export const SetRoleRequestSchema = z.object({ role: z.enum(Role) });
export const AdminUserResponseSchema = z.object({ user: AdminUserSchema });

/** A UTC day, `YYYY-MM-DD`. */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day like 2026-01-31');

export const DateRangeQuerySchema = z
  .object({ from: DaySchema, to: DaySchema })
  .refine((r) => r.from <= r.to, { message: '"from" must not be after "to"' })
  .refine((r) => daysBetween(r.from, r.to) < REPORT_RETENTION_DAYS, {
    message: `the range can be at most ${REPORT_RETENTION_DAYS} days (older counters are not kept)`,
  });
export type DateRangeQuery = z.infer<typeof DateRangeQuerySchema>;

/** Whole days from `from` to `to` (0 for the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Every day from `from` to `to`, inclusive. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  const start = Date.parse(`${from}T00:00:00Z`);
  const count = daysBetween(from, to);
  for (let i = 0; i <= count; i++)
    days.push(new Date(start + i * 86_400_000).toISOString().slice(0, 10));
  return days;
}

export const TrafficDaySchema = z.object({
  day: DaySchema,
  requests: z.number().int(),
  /** Answers with status 500 and above. */
  errors: z.number().int(),
  /** Answers with status 400–499 (refused input, sign-in required, rate limited). */
  clientErrors: z.number().int(),
  signups: z.number().int(),
  logins: z.number().int(),
  /** Distinct signed-in accounts that made a request that day (estimated, ±1%). */
  activeUsers: z.number().int(),
});
export type TrafficDay = z.infer<typeof TrafficDaySchema>;

export const RouteTrafficSchema = z.object({
  day: DaySchema,
  /** Method and route pattern, e.g. `GET /api/users/me`. */
  route: z.string(),
  requests: z.number().int(),
  errors: z.number().int(),
  /** The 95th percentile latency, as the upper edge of its histogram bucket; null past 60 s. */
  p95Ms: z.number().nullable(),
});
export type RouteTraffic = z.infer<typeof RouteTrafficSchema>;

export const AiUsageDaySchema = z.object({
  day: DaySchema,
  plan: z.string(),
  requests: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
});
export type AiUsageDay = z.infer<typeof AiUsageDaySchema>;

export const TrafficReportSchema = z.object({
  from: DaySchema,
  to: DaySchema,
  days: z.array(TrafficDaySchema),
  routes: z.array(RouteTrafficSchema),
  ai: z.array(AiUsageDaySchema),
});
export type TrafficReport = z.infer<typeof TrafficReportSchema>;

export const AdminSecurityEventsQuerySchema = z.object({
  type: z.enum(SecurityEventType).optional(),
  /** An account's email address or id. */
  account: z.string().trim().max(254).optional(),
  ip: z.string().trim().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type AdminSecurityEventsQuery = z.input<typeof AdminSecurityEventsQuerySchema>;

export const AdminSecurityEventSchema = SecurityEventSchema.extend({
  userId: z.string().optional(),
  email: z.string().optional(),
  actorId: z.string().optional(),
});
export type AdminSecurityEvent = z.infer<typeof AdminSecurityEventSchema>;
export const AdminSecurityEventsResponseSchema = z.object({
  events: z.array(AdminSecurityEventSchema),
});

export const MailTemplateListSchema = z.object({
  templates: z.array(z.object({ name: z.string(), description: z.string() })),
});
export const MailPreviewSchema = z.object({
  name: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
});
export type MailPreview = z.infer<typeof MailPreviewSchema>;

export const UsageDaySchema = z.object({
  day: DaySchema,
  requests: z.number().int(),
  aiRequests: z.number().int(),
  aiInputTokens: z.number().int(),
  aiOutputTokens: z.number().int(),
  apiTokenRequests: z.number().int(),
});
export type UsageDay = z.infer<typeof UsageDaySchema>;
export const UsageReportSchema = z.object({
  from: DaySchema,
  to: DaySchema,
  days: z.array(UsageDaySchema),
});
export type UsageReport = z.infer<typeof UsageReportSchema>;
