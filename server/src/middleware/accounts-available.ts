// In front of every account route: a clear 503 at once when accounts cannot work (Redis away, no mail
// configured) instead of a hang or a 500; and no caching of anything account-related.
import type { MiddlewareHandler } from 'hono';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import type { AppEnv } from '../app-env';
import { ApiError } from '../http/errors';
import { setFixedHeader } from '../http/fixed-headers';
import type { RedisHandle } from '../infra/redis';

export const ACCOUNTS_DOWN_MESSAGE =
  'Accounts are unavailable right now: the server cannot reach its database. Everything on this device keeps working; try again in a minute.';
export const ACCOUNTS_OFF_MESSAGE =
  'Accounts are switched off on this server (it has no mail server to send codes). Everything on this device keeps working.';

export function accountsAvailable(options: {
  redis: RedisHandle;
  enabled: boolean;
}): MiddlewareHandler<AppEnv> {
  return async function checkAccountsAvailable(c, next) {
    setFixedHeader(c, 'Cache-Control', 'no-store');
    if (!options.enabled) throw new ApiError(ErrorCode.ServiceUnavailable, ACCOUNTS_OFF_MESSAGE);
    if (!options.redis.isReady()) {
      throw new ApiError(ErrorCode.ServiceUnavailable, ACCOUNTS_DOWN_MESSAGE, { retryAfter: 30 });
    }
    await next();
  };
}
