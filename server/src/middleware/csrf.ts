// CSRF protection for every state-changing API request: the Origin must be ours, and the
// X-CSRF-Token header must equal the CSRF cookie and be signed for the session cookie sent with it.
import type { Context, MiddlewareHandler } from 'hono';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { CSRF_HEADER } from '@career-copilot/shared/api/auth';
import type { AppEnv } from '../app-env';
import {
  csrfBinding,
  csrfTokenValid,
  readCsrfCookie,
  readSessionToken,
} from '../http/auth-cookies';
import { ApiError } from '../http/errors';
import { safeEqual } from '../infra/secret-keys';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrfProtection(options: {
  allowedOrigins: readonly string[];
  csrfKey: Buffer;
  /**
   * Requests that authenticate otherwise (a signed webhook; a personal API token sent without
   * cookies): they must never be authorised by the session cookie.
   */
  exempt?: (c: Context<AppEnv>) => boolean;
}): MiddlewareHandler<AppEnv> {
  return async function checkCsrf(c, next) {
    if (SAFE_METHODS.has(c.req.method) || options.exempt?.(c)) return next();
    const origin = c.req.header('origin');
    if (!origin || !options.allowedOrigins.includes(origin)) {
      throw new ApiError(
        ErrorCode.CsrfFailed,
        origin
          ? `Requests from ${origin.slice(0, 100)} are not accepted here.`
          : 'The request has no Origin header, so it was refused. Use the app, or send the Origin of the app.',
      );
    }
    const header = c.req.header(CSRF_HEADER) ?? '';
    const cookie = readCsrfCookie(c) ?? '';
    const binding = csrfBinding(readSessionToken(c));
    if (
      !header ||
      !safeEqual(header, cookie) ||
      !csrfTokenValid(options.csrfKey, header, binding)
    ) {
      throw new ApiError(
        ErrorCode.CsrfFailed,
        'The security token of this page is missing or out of date. Reload the page and try again.',
      );
    }
    await next();
  };
}
