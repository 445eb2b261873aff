// Every account route (/api/auth/*, /api/users/*) behind one guard: a clear 503 while accounts
// cannot work, and no caching. Plus /api/csrf, which works without Redis.
import { Hono } from 'hono';
import { AuthRoutes } from '@career-copilot/shared/api/auth';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { ensureCsrfToken } from '../http/auth-cookies';
import { accountsAvailable } from '../middleware/accounts-available';
import { authRoutes } from './auth';
import { securityRoutes } from './auth-security';
import { usersRoutes } from './users';

export function accountRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const available = accountsAvailable({ redis: deps.redis, enabled: deps.features.accounts });
  // Needs no Redis: any state-changing request (not only account ones) can get its token here.
  app.get(AuthRoutes.csrf, (c) => {
    c.header('Cache-Control', 'no-store');
    const csrfToken = ensureCsrfToken(c, deps.auth.keys.csrf, deps.config.sessionAbsoluteSeconds);
    return c.json({ csrfToken });
  });
  app.use('/api/auth/*', available);
  app.use('/api/users/*', available);
  app.route('/', authRoutes(deps));
  app.route('/', securityRoutes(deps));
  app.route('/', usersRoutes(deps));
  return app;
}
