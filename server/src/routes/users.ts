// /api/users/me: the signed-in user's record, their usage by day, and deleting the account with all
// its server data.
import { Hono } from 'hono';
import { DeleteAccountRequestSchema, UsersRoutes } from '@career-copilot/shared/api/users';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { DateRangeQuerySchema, UsageRoutes } from '@career-copilot/shared/api/admin';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { clearSessionCookies } from '../http/auth-cookies';
import { ApiError } from '../http/errors';
import { orThrow } from '../http/failure';
import { readJson, readQuery } from '../http/validate';
import { clientContext, requireUser } from '../middleware/session';
import { API_BUDGET } from '../services/auth-limits';
import { deleteAccount } from '../services/account-security';
import { sessionDeps } from './auth';
import { toAuthUser } from './auth-view';

export function usersRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const s = deps.auth;
  const guard = requireUser(sessionDeps(deps));
  // Session, user, backup-code count and the API budget: one Redis round trip.
  const guardWithBudget = requireUser(sessionDeps(deps), {
    budget: { name: API_BUDGET, rule: s.limits.apiPerUser },
  });

  app.get(UsersRoutes.me, guardWithBudget, async (c) => {
    const auth = c.get('auth');
    if (!auth) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
    return c.json(await toAuthUser(s, auth.user, auth.backupCodesLeft));
  });

  app.delete(UsersRoutes.me, guard, async (c) => {
    const auth = c.get('auth');
    if (!auth) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
    const { password } = await readJson(c, DeleteAccountRequestSchema);
    const billing = await deps.premium.billingStore.read(auth.user.id);
    const due = await deps.notifications.dueEntries(auth.user.id);
    orThrow(await deleteAccount(s, auth.user, password, clientContext(c)));
    // Counters still in memory are written first so the delete removes them too, and this request
    // is no longer the user's, so counting it cannot bring their usage key back.
    await deps.traffic.flush();
    await deps.redis.client.del(...deps.traffic.userKeys(auth.user.id));
    c.set('auth', undefined);
    await deps.notifications.forgetDueEntries(due);
    // A deleted account must not go on being charged.
    await deps.premium.billing?.closeAccount(billing).catch((error: unknown) => {
      deps.logger.error('could not cancel the subscription of a deleted account', {
        customerId: billing.customerId,
        error: error instanceof Error ? error.message : String(error),
      });
    });
    clearSessionCookies(c, s.keys.csrf, deps.config.sessionAbsoluteSeconds);
    return c.json({ status: 'deleted' as const });
  });

  app.get(UsageRoutes.me, guard, async (c) => {
    const auth = c.get('auth');
    if (!auth) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
    const { from, to } = readQuery(c, DateRangeQuerySchema);
    return c.json(await deps.traffic.userReport(auth.user.id, from, to));
  });

  return app;
}
