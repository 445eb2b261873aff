// Personal API tokens: `Authorization: Bearer ccp_…` signs a request in as the token's owner, with
// the token's scopes, into the same `auth` variable sessions use. Cookies are then ignored (so no
// CSRF token is needed: a page on another site cannot set this header without CORS allowing it).
// Each token and each owner has its own rate limit.
import type { Context, MiddlewareHandler } from 'hono';
import type { ApiTokenScope } from '@career-copilot/shared/api/tokens';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import type { AppEnv } from '../app-env';
import { ApiError } from '../http/errors';
import type { ApiTokenStore } from '../services/api-tokens';
import { checkLimits } from '../services/auth-limits';
import type { AuthServices } from '../services/auth-services';
import { hasPremiumAccess, type PlanAccessDeps } from '../services/plan-access';
import { UserStatus } from '../services/user-store';
import { clientContext } from './session';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export function isBearerRequest(c: Context): boolean {
  return /^Bearer\s/i.test(c.req.header('authorization') ?? '');
}

function invalidToken(c: Context, message: string): never {
  c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
  throw new ApiError(ErrorCode.Unauthenticated, message);
}

export function bearerAuth(deps: {
  auth: AuthServices;
  tokens: ApiTokenStore;
  plans: PlanAccessDeps;
}): MiddlewareHandler<AppEnv> {
  return async function bearerAuthMiddleware(c, next) {
    if (!isBearerRequest(c)) return next();
    const token = BEARER.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    const verified = await deps.tokens.verify(token);
    if (!verified) {
      invalidToken(c, 'This API token is not valid: it was revoked, mistyped or never existed.');
    }
    const user = await deps.auth.users.findById(verified.userId);
    if (!user || user.disabled || user.status !== UserStatus.Active) {
      invalidToken(c, 'The account this API token belongs to cannot use the API.');
    }
    if (!(await hasPremiumAccess(deps.plans, user))) {
      throw new ApiError(
        ErrorCode.Forbidden,
        'API tokens work with a Premium plan; this account is not on one now.',
      );
    }
    const limited = await checkLimits(deps.auth.limiter, [
      ['apiTokenPerToken', verified.id, deps.auth.limits.apiTokenPerToken],
      ['apiTokenPerUser', user.id, deps.auth.limits.apiTokenPerUser],
    ]);
    if (!limited.ok) {
      const wait = limited.error.retryAfter ?? 60;
      throw new ApiError(
        ErrorCode.RateLimited,
        `Too many API requests. Try again in ${wait} seconds.`,
        { retryAfter: wait },
      );
    }
    const now = deps.auth.clock.now().getTime();
    const { ip, userAgent } = clientContext(c);
    c.set('auth', {
      user,
      // A stand-in: token requests have no session (nothing to rotate, list or revoke).
      session: {
        id: `token:${verified.id}`,
        tokenHash: '',
        userId: user.id,
        createdAt: now,
        lastUsedAt: now,
        absoluteExpiresAt: now,
        ip,
        userAgent,
        epoch: user.authEpoch,
        rotated: true,
      },
      backupCodesLeft: 0,
      token: '',
      apiToken: { id: verified.id, scopes: verified.scopes },
    });
    await next();
  };
}

/** Token requests need `scope`; session requests (the app itself) pass. */
export function requireScope(scope: ApiTokenScope): MiddlewareHandler<AppEnv> {
  return async function requireScopeMiddleware(c, next) {
    const token = c.get('auth')?.apiToken;
    if (token && !token.scopes.includes(scope)) {
      c.header('WWW-Authenticate', `Bearer error="insufficient_scope", scope="${scope}"`);
      throw new ApiError(
        ErrorCode.Forbidden,
        `This API token does not have the "${scope}" scope. Create a token with it.`,
      );
    }
    await next();
  };
}
