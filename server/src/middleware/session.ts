// Who is signed in: loadSession reads the session cookie (rotating the token when the account's
// privileges changed since it was issued); requireUser and requireRole guard routes with it.
import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '@career-copilot/shared/api/auth';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import type { AppEnv, AuthState } from '../app-env';
import { readSessionToken, setSessionCookies } from '../http/auth-cookies';
import { ApiError } from '../http/errors';
import type { AuthServices } from '../services/auth-services';
import type { RateLimitRule } from '../services/rate-limiter';
import type { ClientContext, SessionBudget } from '../services/session-service';
import type { UserRecord } from '../services/user-store';

export type SessionDeps = {
  readonly auth: AuthServices;
  /** Cookie lifetime: the session's absolute lifetime. */
  readonly sessionMaxAgeSeconds: number;
};

export function clientContext(c: Context<AppEnv>): ClientContext {
  return { ip: c.get('clientIp'), userAgent: c.req.header('user-agent') ?? '' };
}

/** Starts a session for `user` and sets its cookies; returns the CSRF token for the response. */
export async function startSession(
  c: Context<AppEnv>,
  deps: SessionDeps,
  user: UserRecord,
): Promise<string> {
  const { token } = await deps.auth.sessions.create(user, clientContext(c));
  return setSessionCookies(c, {
    token,
    maxAgeSeconds: deps.sessionMaxAgeSeconds,
    csrfKey: deps.auth.keys.csrf,
  });
}

/** A new token for the current session (privilege change); returns the new CSRF token. */
export async function rotateSession(
  c: Context<AppEnv>,
  deps: SessionDeps,
  state: AuthState,
  user: UserRecord = state.user,
): Promise<string> {
  const next = await deps.auth.sessions.rotate(state.session, user, clientContext(c));
  const fresh = await deps.auth.sessions.authenticate(next.token, clientContext(c));
  if (fresh) c.set('auth', { ...fresh, token: next.token });
  return setSessionCookies(c, {
    token: next.token,
    maxAgeSeconds: deps.sessionMaxAgeSeconds,
    csrfKey: deps.auth.keys.csrf,
  });
}

async function resolveSession(
  c: Context<AppEnv>,
  deps: SessionDeps,
  budget?: SessionBudget,
): Promise<void> {
  const existing = c.get('auth');
  if (existing) {
    // An API token request was charged by its own limits (bearerAuth).
    if (budget && !existing.apiToken) {
      throw new Error('a session budget must be charged by the first session middleware');
    }
    return;
  }
  const token = readSessionToken(c);
  if (!token) return;
  const found = await deps.auth.sessions.authenticate(token, clientContext(c), { budget });
  // A disabled account keeps no way in, even with a session that was live before.
  if (!found || found.user.disabled) return;
  if (found.budget && !found.budget.allowed) {
    const wait = found.budget.retryAfterSeconds;
    throw new ApiError(ErrorCode.RateLimited, `Too many requests. Try again in ${wait} seconds.`, {
      retryAfter: wait,
    });
  }
  const state: AuthState = { ...found, token };
  c.set('auth', state);
  // Role, password or MFA changed since this token was issued: issue a new one.
  if (!found.session.rotated && found.session.epoch < found.user.authEpoch) {
    await rotateSession(c, deps, state);
  }
}

/** Sets `auth` when the request carries a live session; never refuses. */
export function loadSession(deps: SessionDeps): MiddlewareHandler<AppEnv> {
  return async function loadSessionMiddleware(c, next) {
    await resolveSession(c, deps);
    await next();
  };
}

/**
 * Refuses the request with 401 unless it carries a live session. With `budget`, also charges the
 * user's budget of that name (429 with Retry-After when spent) in the same Redis round trip.
 */
export function requireUser(
  deps: SessionDeps,
  options: { budget?: SessionBudget } = {},
): MiddlewareHandler<AppEnv> {
  return async function requireUserMiddleware(c, next) {
    await resolveSession(c, deps, options.budget);
    if (!c.get('auth')) {
      throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
    }
    await next();
  };
}

/** After requireUser: refuses with 403 unless the user has one of `roles`. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async function requireRoleMiddleware(c, next) {
    const auth = c.get('auth');
    if (!auth) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
    if (!roles.includes(auth.user.role)) {
      throw new ApiError(ErrorCode.Forbidden, 'Your account does not have access to this.');
    }
    await next();
  };
}

/**
 * After requireUser: a per-user budget on the generic limiter (a second Redis round trip; prefer
 * requireUser's `budget` for a flat per-request budget), with Retry-After.
 */
export function limitPerUser(
  auth: AuthServices,
  name: string,
  rule: RateLimitRule,
): MiddlewareHandler<AppEnv> {
  return async function limitPerUserMiddleware(c, next) {
    const user = c.get('auth')?.user;
    if (!user) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
    const decision = await auth.limiter.consume(`${name}:${user.id}`, rule);
    if (!decision.allowed) {
      throw new ApiError(
        ErrorCode.RateLimited,
        `Too many requests. Try again in ${decision.retryAfterSeconds} seconds.`,
        { retryAfter: decision.retryAfterSeconds },
      );
    }
    await next();
  };
}
