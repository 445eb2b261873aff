// One-time codes and login challenges: random 6-digit codes stored only as keyed hashes, expiring in
// 10 minutes, single use, at most 5 tries each (counted atomically, before the comparison), compared
// in constant time.
import { randomInt } from 'node:crypto';
import type { Clock } from '../infra/clock';
import type { RedisHandle } from '../infra/redis';
import { defineScript } from '../infra/redis-script';
import { hmac, safeEqual } from '../infra/secret-keys';

export const CODE_TTL_SECONDS = 10 * 60;
export const MAX_CODE_ATTEMPTS = 5;

export function generateCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export type ChallengeAttempt =
  | {
      readonly status: 'open';
      readonly fields: Readonly<Record<string, string>>;
      readonly attemptsLeft: number;
    }
  | { readonly status: 'missing' }
  | { readonly status: 'expired' }
  | { readonly status: 'exhausted' };

// KEYS[1] challenge. ARGV: max attempts. Counts the try first, so parallel guesses cannot exceed it.
const ATTEMPT_LUA = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
local tries = redis.call('HINCRBY', KEYS[1], 'tries', 1)
if tries > tonumber(ARGV[1]) then redis.call('HDEL', KEYS[1], 'code') end
return redis.call('HGETALL', KEYS[1])
`;
// KEYS[1] challenge. ARGV: code hash, expiry ms, ttl ms. A fresh code and fresh tries, if still open.
const RENEW_LUA = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'code', ARGV[1], 'tries', 0, 'exp', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

export type ChallengeStore = ReturnType<typeof createChallengeStore>;

export function createChallengeStore(deps: {
  redis: RedisHandle;
  clock: Clock;
  codeKey: Buffer;
  ttlSeconds?: number;
  maxAttempts?: number;
}) {
  const r = deps.redis.client;
  const attemptScript = defineScript(r, 'ccChallengeAttempt', 1, ATTEMPT_LUA);
  const renewScript = defineScript(r, 'ccChallengeRenew', 1, RENEW_LUA);
  const ttlMs = (deps.ttlSeconds ?? CODE_TTL_SECONDS) * 1000;
  const maxAttempts = deps.maxAttempts ?? MAX_CODE_ATTEMPTS;
  // Bound to the key, so the same code in two challenges never has the same hash.
  const hashCode = (key: string, code: string) => hmac(deps.codeKey, `${key}|${code}`);

  return {
    ttlMs,
    /**
     * Opens (or replaces) the challenge at `key`; returns when it expires. With `index`, the key is
     * also listed in that sorted set (same hash tag), which keeps at most `maxIndexed` open ones.
     */
    open: async (
      key: string,
      options: {
        code?: string;
        fields?: Readonly<Record<string, string>>;
        index?: string;
        maxIndexed?: number;
      } = {},
    ): Promise<Date> => {
      const now = deps.clock.now().getTime();
      const expiresAt = now + ttlMs;
      if (options.index) {
        await r
          .multi()
          .zadd(options.index, expiresAt, key)
          .zremrangebyscore(options.index, '-inf', now)
          .exec();
        const stale = await r.zrange(options.index, 0, -((options.maxIndexed ?? 5) + 1));
        if (stale.length > 0)
          await r
            .multi()
            .del(...stale)
            .zrem(options.index, ...stale)
            .exec();
      }
      await r
        .multi()
        .del(key)
        .hset(key, {
          ...options.fields,
          tries: '0',
          exp: String(expiresAt),
          ...(options.code ? { code: hashCode(key, options.code) } : {}),
        })
        // Redis forgets it a little after the logical expiry; the clock check below is the rule.
        .pexpire(key, ttlMs + 60_000)
        .exec();
      return new Date(expiresAt);
    },

    /** Counts one try. Every answer other than `open` means a new code (or challenge) is needed. */
    attempt: async (key: string): Promise<ChallengeAttempt> => {
      const flat = (await attemptScript([key], [maxAttempts])) as string[] | null;
      if (!flat) return { status: 'missing' };
      const fields: Record<string, string> = {};
      for (let i = 0; i + 1 < flat.length; i += 2) fields[flat[i]!] = flat[i + 1]!;
      const tries = Number(fields.tries);
      if (Number(fields.exp) <= deps.clock.now().getTime()) {
        await r.del(key);
        return { status: 'expired' };
      }
      if (tries > maxAttempts) return { status: 'exhausted' };
      return { status: 'open', fields, attemptsLeft: maxAttempts - tries };
    },

    /** Constant-time check of a code against the challenge's stored hash. */
    codeMatches: (key: string, fields: Readonly<Record<string, string>>, code: string) => {
      const stored = fields.code;
      const given = hashCode(key, code);
      // Compare even without a stored code, so both paths take the same time.
      return safeEqual(stored ?? given.replace(/./g, '*'), given) && stored !== undefined;
    },

    /** The challenge's fields without counting a try (undefined when gone or expired). */
    peek: async (key: string): Promise<Readonly<Record<string, string>> | undefined> => {
      const fields = await r.hgetall(key);
      if (!fields.exp || Number(fields.exp) <= deps.clock.now().getTime()) return undefined;
      return fields;
    },

    /** Closes the challenge; true only for the one request that closed it (single use). */
    complete: async (key: string, index?: string) => {
      const tx = r.multi().del(key);
      if (index) tx.zrem(index, key);
      const results = await tx.exec();
      return results?.[0]?.[1] === 1;
    },

    /** Removes every challenge listed in `index`, and the index (account deletion, password reset). */
    removeIndexed: async (index: string) => {
      const keys = await r.zrange(index, 0, -1);
      await r.del(index, ...keys);
    },

    /** A new code for an open challenge (resend), with its tries reset; false if it is gone. */
    renew: async (key: string, code: string): Promise<Date | undefined> => {
      const expiresAt = deps.clock.now().getTime() + ttlMs;
      const renewed = await renewScript([key], [hashCode(key, code), expiresAt, ttlMs + 60_000]);
      return renewed === 1 ? new Date(expiresAt) : undefined;
    },

    remove: async (...keys: string[]) => {
      if (keys.length > 0) await r.del(...keys);
    },
  };
}
