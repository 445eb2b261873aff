// Caps request bodies (declared or streamed) before any handler reads them.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { ApiError } from '../http/errors';

export function limitBody(maxBytes: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(
        ErrorCode.PayloadTooLarge,
        `The request body is larger than the ${formatBytes(maxBytes)} this endpoint accepts.`,
      );
    },
  });
  return async function limitRequestBody(c, next) {
    // Over HTTP a GET carries a body only with Content-Length or Transfer-Encoding; without either
    // there is nothing to limit, and not touching the request keeps @hono/node-server's fast path.
    const bodiless = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (bodiless && !c.req.header('content-length') && !c.req.header('transfer-encoding')) {
      return next();
    }
    return limit(c, next);
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(0)} MiB`
    : `${Math.round(bytes / 1024)} KiB`;
}
