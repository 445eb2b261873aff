// The client's IP for rate limits and the security log: the socket peer, or the proxy's header when trusted.
import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../app-env';

export function clientIp(options: { trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async function resolveClientIp(c, next) {
    let ip: string | undefined;
    if (options.trustProxy) {
      // The right-most address is the one our own proxy saw; anything left of it is client-supplied.
      ip = c.req
        .header('x-forwarded-for')
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .pop();
    }
    if (!ip) {
      try {
        ip = getConnInfo(c).remote.address;
      } catch {
        ip = undefined;
      }
    }
    c.set('clientIp', ip ?? 'unknown');
    await next();
  };
}
