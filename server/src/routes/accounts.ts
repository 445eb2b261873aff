// Every account route (/api/auth/*, /api/users/*) behind one guard: a clear 503 while accounts
// cannot work, and no caching.
import { Hono } from 'hono';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { accountsAvailable } from '../middleware/accounts-available';
import { authRoutes } from './auth';
import { securityRoutes } from './auth-security';
import { usersRoutes } from './users';

export function accountRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const available = accountsAvailable({ redis: deps.redis, enabled: deps.features.accounts });
  app.use('/api/auth/*', available);
  app.use('/api/users/*', available);
  app.route('/', authRoutes(deps));
  app.route('/', securityRoutes(deps));
  app.route('/', usersRoutes(deps));
  return app;
}
