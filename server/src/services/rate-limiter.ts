// Rate limits, atomic in Redis: one Lua script per decision, so concurrent requests across any number
// of server processes can never pass more than the limit. Fixed or sliding windows, any cost.
import type { Clock } from '../infra/clock';
import type { RedisHandle } from '../infra/redis';
import { defineScript } from '../infra/redis-script';

export type RateLimitRule = {
  readonly limit: number;
  readonly windowSeconds: number;
  /**
   * `sliding` (default) weighs the previous window by how much of it still overlaps the last
   * `windowSeconds`, so a burst at a window edge cannot double the limit; `fixed` resets on the edge.
   */
  readonly algorithm?: 'fixed' | 'sliding';
};

export type RateLimitDecision = {
  readonly allowed: boolean;
  readonly limit: number;
  /** Units left in the window after this decision (never negative). */
  readonly remaining: number;
  /** Whole seconds to wait before a request of the same cost can pass; 0 when allowed. */
  readonly retryAfterSeconds: number;
};

export type RateLimiter = {
  /** Takes `cost` units from the budget at `key` when they fit; takes nothing when they do not. */
  readonly consume: (key: string, rule: RateLimitRule, cost?: number) => Promise<RateLimitDecision>;
  /** The decision `consume` would make, without taking anything. */
  readonly peek: (key: string, rule: RateLimitRule, cost?: number) => Promise<RateLimitDecision>;
  /** Forgets the budget at `key` (after a successful login, an admin's unlock). */
  readonly reset: (key: string) => Promise<void>;
};

/**
 * The decision as a Lua function, so other scripts can apply a budget in the same round trip (the
 * session check does, for per-user API budgets). State: a hash {w: window index, c: units in it,
 * p: units in the previous window}. Returns {allowed 1/0, remaining, retry-after ms}.
 */
export const RATE_LIMIT_LUA_FUNCTION = `
local function rate_limit(key, now, win, limit, cost, sliding, dry)
  local idx = math.floor(now / win)
  local state = redis.call('HMGET', key, 'w', 'c', 'p')
  local w = tonumber(state[1])
  local c = tonumber(state[2]) or 0
  local p = tonumber(state[3]) or 0
  if w == nil then c = 0; p = 0
  elseif w == idx - 1 then p = c; c = 0
  elseif w ~= idx then c = 0; p = 0 end
  if not sliding then p = 0 end
  local elapsed = now - idx * win
  local used = c + p * (win - elapsed) / win
  if used + cost > limit then
    local retry
    if cost > limit then
      retry = win
    elseif c + cost <= limit then
      retry = (win - elapsed) - (limit - c - cost) * win / p
    elseif not sliding or c == 0 then
      retry = win - elapsed
    else
      retry = (win - elapsed) + win * (1 - (limit - cost) / c)
    end
    return {0, math.max(0, math.floor(limit - used)), math.max(1, math.ceil(retry))}
  end
  if not dry and cost > 0 then
    redis.call('HSET', key, 'w', idx, 'c', c + cost, 'p', p)
    redis.call('PEXPIRE', key, win * 2)
  end
  return {1, math.max(0, math.floor(limit - used - cost)), 0}
end
`;

// KEYS[1]: the budget. ARGV: now ms, window ms, limit, cost, sliding (1/0), dry run (1/0).
const CONSUME_LUA = `${RATE_LIMIT_LUA_FUNCTION}
return rate_limit(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]),
  tonumber(ARGV[4]), ARGV[5] == '1', ARGV[6] == '1')
`;

/** The script arguments for a rule, after now (ms): window ms, limit, cost, sliding. */
export function rateLimitArgs(rule: RateLimitRule, cost: number): Array<string | number> {
  if (!(cost >= 0) || !(rule.limit > 0) || !(rule.windowSeconds > 0)) {
    throw new Error(`invalid rate limit: ${JSON.stringify({ rule, cost })}`);
  }
  return [
    Math.round(rule.windowSeconds * 1000),
    rule.limit,
    cost,
    rule.algorithm === 'fixed' ? 0 : 1,
  ];
}

export function toDecision(
  raw: readonly [number, number, number],
  rule: RateLimitRule,
): RateLimitDecision {
  const [allowed, remaining, retryMs] = raw;
  return {
    allowed: allowed === 1,
    limit: rule.limit,
    remaining,
    retryAfterSeconds: Math.ceil(retryMs / 1000),
  };
}

export function createRateLimiter(deps: { redis: RedisHandle; clock: Clock }): RateLimiter {
  const script = defineScript(deps.redis.client, 'ccRateLimit', 1, CONSUME_LUA);
  const decide = async (
    key: string,
    rule: RateLimitRule,
    cost: number,
    dry: boolean,
  ): Promise<RateLimitDecision> => {
    const raw = await script(
      [rateLimitKey(key)],
      [deps.clock.now().getTime(), ...rateLimitArgs(rule, cost), dry ? 1 : 0],
    );
    return toDecision(raw as [number, number, number], rule);
  };
  return {
    consume: (key, rule, cost = 1) => decide(key, rule, cost, false),
    peek: (key, rule, cost = 1) => decide(key, rule, cost, true),
    reset: async (key) => {
      await deps.redis.client.del(rateLimitKey(key));
    },
  };
}

/** One hash per budget, its own hash tag: each budget lives whole on one Cluster slot. */
function rateLimitKey(key: string): string {
  return `{rl:${key}}`;
}
