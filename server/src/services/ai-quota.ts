// Server inference allowance per user: the daily request and token quota and the per-minute limit,
// checked and taken in one Lua script before the upstream is called; tokens charged afterwards.
import type { AiUsageDay } from '@career-copilot/shared/api/ai';
import type { PlanLimits } from '@career-copilot/shared/billing/plans';
import type { Clock } from '../infra/clock';
import type { RedisHandle } from '../infra/redis';
import { defineScript } from '../infra/redis-script';
import { RATE_LIMIT_LUA_FUNCTION, rateLimitArgs } from './rate-limiter';
import { userKeys } from './redis-keys';

/** Day records are kept this long, for the usage history and reports. */
const DAY_TTL_DAYS = 40;
const DAY_TTL_SECONDS = DAY_TTL_DAYS * 24 * 3600;
export const USAGE_HISTORY_DAYS = 7;

export type QuotaRefusal = 'requests' | 'tokens' | 'minute';

export type QuotaReservation =
  | { readonly allowed: true; readonly requestsUsed: number; readonly tokensUsed: number }
  | {
      readonly allowed: false;
      readonly reason: QuotaRefusal;
      readonly requestsUsed: number;
      readonly tokensUsed: number;
      readonly retryAfterSeconds: number;
    };

// KEYS[1] per-minute budget, KEYS[2] today's usage hash (same user hash tag).
// ARGV: now ms, window ms, per-minute limit, cost, sliding, daily requests, daily tokens, day ttl s.
const RESERVE_LUA = `${RATE_LIMIT_LUA_FUNCTION}
local day = redis.call('HMGET', KEYS[2], 'requests', 'input', 'output')
local requests = tonumber(day[1]) or 0
local tokens = (tonumber(day[2]) or 0) + (tonumber(day[3]) or 0)
if requests >= tonumber(ARGV[6]) then return {0, 'requests', requests, tokens, 0} end
if tokens >= tonumber(ARGV[7]) then return {0, 'tokens', requests, tokens, 0} end
local minute = rate_limit(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]),
  tonumber(ARGV[4]), ARGV[5] == '1', false)
if minute[1] == 0 then return {0, 'minute', requests, tokens, minute[3]} end
redis.call('HINCRBY', KEYS[2], 'requests', 1)
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[8]))
return {1, 'ok', requests + 1, tokens, 0}
`;

/** "2026-03-10": the UTC day the allowance counts in. */
export function quotaDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The next UTC midnight, when today's allowance renews. */
export function quotaPeriodEnd(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1));
}

/** Every day a usage record may still exist for, newest first (to delete them with the account). */
export function aiUsageDays(now: Date): string[] {
  return Array.from({ length: DAY_TTL_DAYS + 1 }, (_, i) =>
    quotaDay(new Date(now.getTime() - i * 86_400_000)),
  );
}

export type AiQuota = ReturnType<typeof createAiQuota>;

export function createAiQuota(deps: { redis: RedisHandle; clock: Clock }) {
  const r = deps.redis.client;
  const reserveScript = defineScript(r, 'ccAiReserve', 2, RESERVE_LUA);
  const dayKey = (userId: string, day: string) => userKeys(userId).aiDay(day);
  const minuteKey = (userId: string) => userKeys(userId).aiMinute;

  return {
    /** Takes one request from today's allowance and the minute's, or nothing and says which ran out. */
    reserve: async (userId: string, plan: PlanLimits): Promise<QuotaReservation> => {
      const now = deps.clock.now();
      const [allowed, reason, requestsUsed, tokensUsed, retryMs] = (await reserveScript(
        [minuteKey(userId), dayKey(userId, quotaDay(now))],
        [
          now.getTime(),
          ...rateLimitArgs({ limit: plan.requestsPerMinute, windowSeconds: 60 }, 1),
          plan.dailyRequests,
          plan.dailyTokens,
          DAY_TTL_SECONDS,
        ],
      )) as [number, string, number, number, number];
      if (allowed === 1) return { allowed: true, requestsUsed, tokensUsed };
      const retryAfterSeconds =
        reason === 'minute'
          ? Math.max(1, Math.ceil(retryMs / 1000))
          : Math.ceil((quotaPeriodEnd(now).getTime() - now.getTime()) / 1000);
      return {
        allowed: false,
        reason: reason as QuotaRefusal,
        requestsUsed,
        tokensUsed,
        retryAfterSeconds,
      };
    },

    /** Adds the tokens an answer used to the day it was asked on; returns the day's token total. */
    charge: async (
      userId: string,
      at: Date,
      tokens: { inputTokens: number; outputTokens: number },
    ): Promise<number> => {
      const key = dayKey(userId, quotaDay(at));
      const result = await r
        .multi()
        .hincrby(key, 'input', Math.max(0, Math.round(tokens.inputTokens)))
        .hincrby(key, 'output', Math.max(0, Math.round(tokens.outputTokens)))
        .expire(key, DAY_TTL_SECONDS)
        .exec();
      const input = Number(result?.[0]?.[1] ?? 0);
      const output = Number(result?.[1]?.[1] ?? 0);
      return input + output;
    },

    /** The last `USAGE_HISTORY_DAYS` days, oldest first, today last. */
    history: async (userId: string): Promise<AiUsageDay[]> => {
      const today = deps.clock.now();
      const days = Array.from({ length: USAGE_HISTORY_DAYS }, (_, i) =>
        quotaDay(new Date(today.getTime() - (USAGE_HISTORY_DAYS - 1 - i) * 86_400_000)),
      );
      const pipeline = r.pipeline();
      for (const day of days) pipeline.hmget(dayKey(userId, day), 'requests', 'input', 'output');
      const rows = (await pipeline.exec()) ?? [];
      return days.map((day, i) => {
        const values = (rows[i]?.[1] as Array<string | null> | undefined) ?? [];
        return {
          day,
          requests: Number(values[0] ?? 0),
          inputTokens: Number(values[1] ?? 0),
          outputTokens: Number(values[2] ?? 0),
        };
      });
    },
  };
}
