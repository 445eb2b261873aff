// Counts every answered request by route pattern, status and latency, after the answer is ready;
// the write is fire-and-forget, so a slow or absent Redis never delays or fails a request.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import type { TrafficRecorder } from '../services/traffic';

export function countTraffic(traffic: TrafficRecorder): MiddlewareHandler<AppEnv> {
  return async function countTrafficMiddleware(c, next) {
    const started = performance.now();
    await next();
    const auth = c.get('auth');
    traffic.recordRequest({
      method: c.req.method,
      // After next(), routePath is the pattern of the handler that answered (`/api/admin/users/:id/role`).
      route: c.req.routePath,
      status: c.res.status,
      durationMs: performance.now() - started,
      ...(auth ? { userId: auth.user.id, viaApiToken: auth.apiToken !== undefined } : {}),
    });
  };
}
