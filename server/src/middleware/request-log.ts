// Request logging: method, route, status and duration per request; no bodies, no query strings.
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../infra/logger';
import type { AppEnv } from '../app-env';

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async function logRequest(c, next) {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      requestId: c.get('requestId'),
      method: c.req.method,
      // The path only: query strings can carry tokens (password-reset links).
      path: c.req.path,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error('request', fields);
    else logger.info('request', fields);
  };
}
