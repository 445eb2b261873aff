// /api/tokens: a signed-in Premium user's personal API tokens (create, list, revoke). Only a session
// manages tokens: a token cannot mint or revoke tokens.
import { Hono } from 'hono';
import { SecurityEventType } from '@career-copilot/shared/api/auth';
import { CreateApiTokenRequestSchema, TokenRoutes } from '@career-copilot/shared/api/tokens';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { ApiError } from '../http/errors';
import { orThrow } from '../http/failure';
import { readJson } from '../http/validate';
import { accountsAvailable } from '../middleware/accounts-available';
import { clientContext, requireUser } from '../middleware/session';
import { hasPremiumAccess } from '../services/plan-access';
import { sessionDeps } from './auth';

export function apiTokenRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const s = deps.auth;
  app.use(
    '/api/tokens',
    accountsAvailable({ redis: deps.redis, enabled: deps.features.accounts }),
    requireUser(sessionDeps(deps)),
  );
  app.use(
    '/api/tokens/*',
    accountsAvailable({ redis: deps.redis, enabled: deps.features.accounts }),
    requireUser(sessionDeps(deps)),
  );
  const premiumUser = (c: { get: (k: 'auth') => AppEnv['Variables']['auth'] }) => {
    const auth = c.get('auth');
    if (!auth) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
    return auth.user;
  };

  app.get(TokenRoutes.tokens, async (c) => {
    const user = premiumUser(c);
    return c.json({ tokens: await deps.apiTokens.list(user.id) });
  });

  app.post(TokenRoutes.tokens, async (c) => {
    const user = premiumUser(c);
    if (
      !(await hasPremiumAccess(
        { billingStore: deps.premium.billingStore, clock: deps.clock },
        user,
      ))
    ) {
      throw new ApiError(ErrorCode.Forbidden, 'Personal API tokens come with a Premium plan.');
    }
    const input = await readJson(c, CreateApiTokenRequestSchema);
    const created = orThrow(await deps.apiTokens.create(user.id, input));
    await s.securityLog.record({
      type: SecurityEventType.ApiTokenCreated,
      userId: user.id,
      detail: input.scopes.join(' '),
      ...clientContext(c),
    });
    c.header('Cache-Control', 'no-store');
    return c.json(created, 201);
  });

  app.delete('/api/tokens/:id', async (c) => {
    const user = premiumUser(c);
    const revoked = await deps.apiTokens.revoke(user.id, c.req.param('id'));
    if (!revoked) throw new ApiError(ErrorCode.NotFound, 'That token was already revoked.');
    await s.securityLog.record({
      type: SecurityEventType.ApiTokenRevoked,
      userId: user.id,
      ...clientContext(c),
    });
    return c.json({ revoked: 1 });
  });

  return app;
}
