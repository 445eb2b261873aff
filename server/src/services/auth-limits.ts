// The rate limits on account endpoints, and how a set of them is checked for one request.
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { ok, type Result } from '@career-copilot/shared/lib/result';
import { sha256 } from '../infra/secret-keys';
import { fail, type Failure } from './failure';
import type { RateLimiter, RateLimitRule } from './rate-limiter';

export type AuthLimitName =
  | 'authGlobal'
  | 'registerPerIp'
  | 'registerPerEmail'
  | 'loginPerIp'
  | 'loginPerAccount'
  | 'codePerIp'
  | 'codePerAccount'
  | 'codeSendPerAccount'
  | 'resetPerIp'
  | 'resetPerEmail'
  | 'reauthPerUser'
  | 'apiPerUser'
  | 'apiTokenPerToken'
  | 'apiTokenPerUser';

export type AuthLimits = Readonly<Record<AuthLimitName, RateLimitRule>>;

const minutes = (n: number) => n * 60;

/**
 * Defaults: generous for a person, hopeless for a script. Per-account budgets are keyed by the
 * address (hashed) whether or not it has an account, so they answer the same either way.
 */
export const DEFAULT_AUTH_LIMITS: AuthLimits = {
  /** Every account POST from everyone: caps the password hashing the server can be made to do. */
  authGlobal: { limit: 1200, windowSeconds: 60 },
  registerPerIp: { limit: 10, windowSeconds: minutes(60) },
  registerPerEmail: { limit: 5, windowSeconds: minutes(60) },
  loginPerIp: { limit: 30, windowSeconds: minutes(15) },
  loginPerAccount: { limit: 10, windowSeconds: minutes(15) },
  codePerIp: { limit: 40, windowSeconds: minutes(15) },
  codePerAccount: { limit: 15, windowSeconds: minutes(15) },
  codeSendPerAccount: { limit: 6, windowSeconds: minutes(60) },
  resetPerIp: { limit: 10, windowSeconds: minutes(60) },
  resetPerEmail: { limit: 4, windowSeconds: minutes(60) },
  reauthPerUser: { limit: 10, windowSeconds: minutes(15) },
  apiPerUser: { limit: 600, windowSeconds: 60 },
  /** Personal API tokens: each token, and all of one user's tokens together. */
  apiTokenPerToken: { limit: 60, windowSeconds: 60 },
  apiTokenPerUser: { limit: 120, windowSeconds: 60 },
};

/** Budgets on the generic limiter keyed by user id (removed with the account). */
export const PER_USER_BUDGETS: readonly AuthLimitName[] = [
  'codePerAccount',
  'codeSendPerAccount',
  'reauthPerUser',
  'apiTokenPerUser',
];
/** The per-user API budget, charged with the session check (a key under the user's hash tag). */
export const API_BUDGET = 'api';
/** Every budget name charged with the session check, so deleting an account removes them. */
export const SESSION_BUDGETS: readonly string[] = [API_BUDGET];

/** IPv6 clients usually own a whole /64: limit the prefix, not each of its 2^64 addresses. */
export function ipSubject(ip: string): string {
  if (!ip.includes(':') || ip.startsWith('::ffff:')) return ip.replace(/^::ffff:/, '');
  const parts = ip.split('::');
  const head = (parts[0] ?? '').split(':').filter(Boolean);
  const tail = parts.length > 1 ? (parts[1] ?? '').split(':').filter(Boolean) : [];
  const full = [...head, ...Array(Math.max(0, 8 - head.length - tail.length)).fill('0'), ...tail];
  return `${full.slice(0, 4).join(':')}::/64`;
}

export function emailSubject(normalizedEmail: string): string {
  return sha256(normalizedEmail).slice(0, 22);
}

export type LimitCheck = readonly [name: AuthLimitName, subject: string, rule: RateLimitRule];

function retryText(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  const minutesLeft = Math.ceil(seconds / 60);
  return minutesLeft === 1 ? 'a minute' : `${minutesLeft} minutes`;
}

/** Consumes each budget in order; stops at the first one that is spent. */
export async function checkLimits(
  limiter: RateLimiter,
  checks: readonly LimitCheck[],
): Promise<Result<void, Failure & { limit: AuthLimitName }>> {
  for (const [name, subject, rule] of checks) {
    const decision = await limiter.consume(`${name}:${subject}`, rule);
    if (!decision.allowed) {
      const failure = fail(
        ErrorCode.RateLimited,
        name === 'authGlobal'
          ? `The server is handling too many sign-in requests right now. Try again in ${retryText(decision.retryAfterSeconds)}.`
          : `Too many attempts. For your security, try again in ${retryText(decision.retryAfterSeconds)}.`,
        decision.retryAfterSeconds,
      );
      return { ok: false, error: { ...failure.error, limit: name } };
    }
  }
  return ok(undefined);
}

/**
 * The usual check for an account endpoint: the global budget first (unless `global: false`), then
 * each named budget for its subject, with the rules configured in `limits`.
 */
export function checkAuthLimits(
  s: { readonly limiter: RateLimiter; readonly limits: AuthLimits },
  checks: ReadonlyArray<readonly [name: AuthLimitName, subject: string]>,
  options: { global?: boolean } = {},
): ReturnType<typeof checkLimits> {
  const named: LimitCheck[] = checks.map(([name, subject]) => [name, subject, s.limits[name]]);
  return checkLimits(
    s.limiter,
    options.global === false ? named : [['authGlobal', 'all', s.limits.authGlobal], ...named],
  );
}
