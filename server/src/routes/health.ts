// GET /api/health: 200 when the server and Redis answer, 503 while Redis is away.
import { Hono } from 'hono';
import { HealthRoutes, type HealthResponse } from '@career-copilot/shared/api/health';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';

export function healthRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(HealthRoutes.health, async (c) => {
    const redisUp = await deps.redis.ping();
    const body: HealthResponse = {
      status: redisUp ? 'ok' : 'degraded',
      version: deps.version,
      time: deps.clock.now().toISOString(),
      services: { redis: redisUp ? 'up' : 'down' },
      features: {
        accounts: redisUp && deps.features.accounts,
        billing: redisUp && deps.features.billing,
        serverInference: redisUp && deps.features.serverInference,
      },
    };
    c.header('Cache-Control', 'no-store');
    return c.json(body, redisUp ? 200 : 503);
  });
  return app;
}
