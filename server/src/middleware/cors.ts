// CORS for the configured origin only; every other origin gets no CORS headers at all.
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

export function corsForOrigin(origin: string): MiddlewareHandler {
  return cors({
    origin: (requestOrigin) => (requestOrigin === origin ? origin : null),
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Content-Type', 'X-CSRF-Token', 'Authorization'],
    exposeHeaders: ['Retry-After', 'X-Request-Id'],
    maxAge: 600,
  });
}
