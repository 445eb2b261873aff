// /api/admin/*: accounts, roles, traffic reports, security events and mail previews. Every route is
// behind requireUser + requireRole('admin'), applied once to the whole prefix.
import { Hono, type Context } from 'hono';
import {
  AdminRoutes,
  AdminSecurityEventsQuerySchema,
  AdminUsersQuerySchema,
  DateRangeQuerySchema,
  SetRoleRequestSchema,
} from '@career-copilot/shared/api/admin';
import { Role } from '@career-copilot/shared/api/auth';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { ApiError } from '../http/errors';
import { orThrow } from '../http/failure';
import { readJson, readQuery } from '../http/validate';
import { accountsAvailable } from '../middleware/accounts-available';
import { clientContext, requireRole, requireUser } from '../middleware/session';
import { changeRole } from '../services/account-security';
import {
  adminResendVerification,
  searchSecurityEvents,
  searchUsers,
  setAccountDisabled,
  toAdminUser,
} from '../services/admin';
import { createMailTemplates } from '../infra/mail-templates';
import { MAIL_PREVIEWS } from '../services/mail-previews';
import { sessionDeps } from './auth';

export function adminRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const s = deps.auth;
  const templates = createMailTemplates();
  app.use(
    '/api/admin/*',
    accountsAvailable({ redis: deps.redis, enabled: deps.features.accounts }),
    requireUser(sessionDeps(deps)),
    requireRole(Role.Admin),
  );

  const actor = (c: Context<AppEnv>) => {
    const auth = c.get('auth');
    if (!auth) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
    return { actorId: auth.user.id, context: clientContext(c) };
  };
  const found = async (id: string) => {
    const user = await s.users.findById(id);
    if (!user) throw new ApiError(ErrorCode.NotFound, 'There is no such account.');
    return user;
  };

  app.get(AdminRoutes.users, async (c) => {
    return c.json(await searchUsers(s, readQuery(c, AdminUsersQuerySchema)));
  });

  app.post('/api/admin/users/:id/role', async (c) => {
    const { role } = await readJson(c, SetRoleRequestSchema);
    const by = actor(c);
    const id = c.req.param('id');
    if (id === by.actorId && role !== Role.Admin) {
      throw new ApiError(ErrorCode.Conflict, 'You cannot remove your own admin role.');
    }
    orThrow(await changeRole(s, id, role, by));
    return c.json({ user: toAdminUser(await found(id)) });
  });

  app.post('/api/admin/users/:id/disable', async (c) => {
    const user = orThrow(await setAccountDisabled(s, c.req.param('id'), true, actor(c)));
    return c.json({ user: toAdminUser(user) });
  });

  app.post('/api/admin/users/:id/enable', async (c) => {
    const user = orThrow(await setAccountDisabled(s, c.req.param('id'), false, actor(c)));
    return c.json({ user: toAdminUser(user) });
  });

  app.post('/api/admin/users/:id/resend-verification', async (c) => {
    orThrow(await adminResendVerification(s, c.req.param('id')));
    return c.json({ status: 'accepted' as const });
  });

  app.get('/api/admin/users/:id/usage', async (c) => {
    const { from, to } = readQuery(c, DateRangeQuerySchema);
    const user = await found(c.req.param('id'));
    return c.json(await deps.traffic.userReport(user.id, from, to));
  });

  app.get(AdminRoutes.traffic, async (c) => {
    const { from, to } = readQuery(c, DateRangeQuerySchema);
    return c.json(await deps.traffic.report(from, to));
  });

  app.get(AdminRoutes.securityEvents, async (c) => {
    const filter = readQuery(c, AdminSecurityEventsQuerySchema);
    return c.json({ events: await searchSecurityEvents(s, filter) });
  });

  app.get(AdminRoutes.mailTemplates, (c) =>
    c.json({
      templates: Object.entries(MAIL_PREVIEWS).map(([name, entry]) => ({
        name,
        description: entry.description,
      })),
    }),
  );

  app.get('/api/admin/mail-templates/:name/preview', (c) => {
    const name = c.req.param('name');
    const entry = Object.hasOwn(MAIL_PREVIEWS, name) ? MAIL_PREVIEWS[name] : undefined;
    if (!entry) throw new ApiError(ErrorCode.NotFound, `There is no mail template "${name}".`);
    const rendered = templates.render(name, { origin: deps.config.publicOrigin, ...entry.sample });
    return c.json({ name, ...rendered });
  });

  return app;
}
