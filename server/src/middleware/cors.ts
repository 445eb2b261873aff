// CORS for the configured origin only; every other origin gets no CORS headers at all.
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { setFixedHeader } from '../http/fixed-headers';

export function corsForOrigin(origin: string): MiddlewareHandler {
  const handleCors = cors({
    origin: (requestOrigin) => (requestOrigin === origin ? origin : null),
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Content-Type', 'X-CSRF-Token', 'Authorization'],
    exposeHeaders: ['Retry-After', 'X-Request-Id'],
    maxAge: 600,
  });
  return async function corsForConfiguredOrigin(c, next) {
    // A request without an Origin (a same-origin GET) needs no CORS headers; hono/cors would edit
    // the response anyway, which costs @hono/node-server its fast path.
    if (!c.req.header('origin')) {
      setFixedHeader(c, 'Vary', 'Origin');
      return next();
    }
    return handleCors(c, next);
  };
}
