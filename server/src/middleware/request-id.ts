// A request id for logs and error bodies: the client's X-Request-Id when it is a sane token,
// otherwise a fresh UUID; echoed in the response.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { setFixedHeader } from '../http/fixed-headers';

export function assignRequestId(): MiddlewareHandler<AppEnv> {
  return async function assignRequestIdMiddleware(c, next) {
    const given = c.req.header('x-request-id');
    const id = given && /^[\w=-]{1,64}$/.test(given) ? given : randomUUID();
    c.set('requestId', id);
    setFixedHeader(c, 'X-Request-Id', id);
    await next();
  };
}
