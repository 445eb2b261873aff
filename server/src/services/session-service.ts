// Sessions: opaque random tokens (256 bits), stored only as hashes in Redis with idle and absolute
// expiry; listed per user as devices, revocable one by one or all at once, rotated on privilege change.
import type { Clock } from '../infra/clock';
import type { RedisHandle } from '../infra/redis';
import { defineScript } from '../infra/redis-script';
import { randomToken, sha256 } from '../infra/secret-keys';
import { userKeys } from './redis-keys';
import {
  RATE_LIMIT_LUA_FUNCTION,
  rateLimitArgs,
  toDecision,
  type RateLimitDecision,
  type RateLimitRule,
} from './rate-limiter';
import { parseUserFields, type UserRecord } from './user-store';

export type Session = {
  /** Public id for the device list: a prefix of the token hash (useless for signing in). */
  readonly id: string;
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly lastUsedAt: number;
  readonly absoluteExpiresAt: number;
  readonly ip: string;
  readonly userAgent: string;
  /** The user's authEpoch when this token was issued. */
  readonly epoch: number;
  /** Replaced by a newer token; still accepted for a few seconds so in-flight requests finish. */
  readonly rotated: boolean;
};

export type ClientContext = { readonly ip: string; readonly userAgent: string };
export type Authenticated = {
  readonly session: Session;
  readonly user: UserRecord;
  readonly backupCodesLeft: number;
  /** The decision on the budget asked for, if any. */
  readonly budget?: RateLimitDecision;
};
export type SessionConfig = {
  readonly idleSeconds: number;
  readonly absoluteSeconds: number;
  /** The oldest sessions beyond this many are ended when a new one starts. */
  readonly maxPerUser?: number;
};
export type SessionService = ReturnType<typeof createSessionService>;

const ROTATION_GRACE_MS = 30_000;
const TOKEN_PATTERN = /^([a-z0-9_]{1,40})\.([A-Za-z0-9_-]{43})$/;

// KEYS: session, profile, sessions index, backup codes, budget (all one user's hash tag).
// ARGV: now, idle ms, ip, ua, token hash, then for the budget: window ms, limit, cost, sliding
// (cost 0 = no budget). Returns {session fields, profile fields, backup codes left, budget} or
// false. Expiry is checked against the app clock here; key TTLs only tidy Redis afterwards.
const AUTHENTICATE_LUA = `${RATE_LIMIT_LUA_FUNCTION}
local s = redis.call('HGETALL', KEYS[1])
if #s == 0 then return false end
local h = {}
for i = 1, #s, 2 do h[s[i]] = s[i + 1] end
local now = tonumber(ARGV[1])
local p = redis.call('HGETALL', KEYS[2])
local idle = tonumber(h.last) + tonumber(ARGV[2]) <= now
local graceOver = h.rot == '1' and tonumber(h.grace or '0') <= now
if tonumber(h.abs) <= now or idle or graceOver or #p == 0 then
  redis.call('DEL', KEYS[1])
  redis.call('ZREM', KEYS[3], ARGV[5])
  return false
end
if h.rot ~= '1' then
  redis.call('HSET', KEYS[1], 'last', now, 'ip', ARGV[3], 'ua', ARGV[4])
  redis.call('PEXPIRE', KEYS[1], math.min(tonumber(ARGV[2]), tonumber(h.abs) - now))
end
local budget = {1, 0, 0}
if tonumber(ARGV[8]) > 0 then
  budget = rate_limit(KEYS[5], now, tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8]),
    ARGV[9] == '1', false)
end
return {s, p, redis.call('SCARD', KEYS[4]), budget}
`;

/** A per-user budget charged in the same round trip as the session check. */
export type SessionBudget = {
  readonly name: string;
  readonly rule: RateLimitRule;
  readonly cost?: number;
};

function toMap(flat: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) map[flat[i]!] = flat[i + 1]!;
  return map;
}

function parseSession(tokenHash: string, f: Record<string, string>): Session | undefined {
  if (!f.uid || !f.created || !f.abs) return undefined;
  return {
    id: tokenHash.slice(0, 16),
    tokenHash,
    userId: f.uid,
    createdAt: Number(f.created),
    lastUsedAt: Number(f.last ?? f.created),
    absoluteExpiresAt: Number(f.abs),
    ip: f.ip ?? '',
    userAgent: f.ua ?? '',
    epoch: Number(f.epoch ?? 0),
    rotated: f.rot === '1',
  };
}

/** Splits a cookie value into the user id and the secret; undefined when it is not one of ours. */
export function parseSessionToken(
  token: string,
): { userId: string; tokenHash: string } | undefined {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return undefined;
  return { userId: match[1]!, tokenHash: sha256(match[2]!) };
}

export function createSessionService(deps: {
  redis: RedisHandle;
  clock: Clock;
  config: SessionConfig;
}) {
  const r = deps.redis.client;
  const authenticateScript = defineScript(r, 'ccAuthenticate', 5, AUTHENTICATE_LUA);
  const idleMs = deps.config.idleSeconds * 1000;
  const absoluteMs = deps.config.absoluteSeconds * 1000;
  const maxPerUser = deps.config.maxPerUser ?? 30;
  const clean = (value: string, max: number) => value.replace(/[\r\n\t]/g, ' ').slice(0, max);

  const write = async (
    user: Pick<UserRecord, 'id' | 'authEpoch'>,
    context: ClientContext,
    createdAt?: number,
  ) => {
    const now = deps.clock.now().getTime();
    const secret = randomToken(32);
    const token = `${user.id}.${secret}`;
    const tokenHash = sha256(secret);
    const keys = userKeys(user.id);
    const abs = now + absoluteMs;
    await r
      .multi()
      .hset(keys.session(tokenHash), {
        uid: user.id,
        created: String(createdAt ?? now),
        last: String(now),
        abs: String(abs),
        ip: clean(context.ip, 64),
        ua: clean(context.userAgent, 256),
        epoch: String(user.authEpoch),
      })
      .pexpire(keys.session(tokenHash), Math.min(idleMs, absoluteMs))
      .zadd(keys.sessions, abs, tokenHash)
      .zremrangebyscore(keys.sessions, '-inf', now)
      .exec();
    // Keep the newest `maxPerUser`; the index is scored by expiry, so the oldest sort first.
    const excess = await r.zrange(keys.sessions, 0, -(maxPerUser + 1));
    if (excess.length > 0) {
      await r
        .multi()
        .del(...excess.map((h) => keys.session(h)))
        .zrem(keys.sessions, ...excess)
        .exec();
    }
    return { token, tokenHash, expiresAt: abs };
  };

  const list = async (userId: string): Promise<Session[]> => {
    const keys = userKeys(userId);
    const now = deps.clock.now().getTime();
    await r.zremrangebyscore(keys.sessions, '-inf', now);
    const hashes = await r.zrange(keys.sessions, 0, -1);
    if (hashes.length === 0) return [];
    const pipeline = r.pipeline();
    for (const hash of hashes) pipeline.hgetall(keys.session(hash));
    const results = (await pipeline.exec()) ?? [];
    const sessions: Session[] = [];
    const gone: string[] = [];
    hashes.forEach((hash, i) => {
      const session = parseSession(hash, (results[i]?.[1] ?? {}) as Record<string, string>);
      if (!session) gone.push(hash);
      else if (!session.rotated) sessions.push(session);
    });
    // Sessions that idled out leave their index entry behind; tidy it while we are here.
    if (gone.length > 0) await r.zrem(keys.sessions, ...gone);
    return sessions.sort((a, b) => b.lastUsedAt - a.lastUsedAt);
  };

  const removeAll = async (userId: string, except?: string): Promise<number> => {
    const keys = userKeys(userId);
    const hashes = (await r.zrange(keys.sessions, 0, -1)).filter((h) => h !== except);
    if (hashes.length === 0) return 0;
    await r
      .multi()
      .del(...hashes.map((h) => keys.session(h)))
      .zrem(keys.sessions, ...hashes)
      .exec();
    return hashes.length;
  };

  return {
    /** Starts a session for a user who has just proven who they are. */
    create: (user: Pick<UserRecord, 'id' | 'authEpoch'>, context: ClientContext) =>
      write(user, context),

    /**
     * The session and its user for a cookie value, refreshing its idle expiry; undefined if none.
     * With `budget`, also charges the user's budget of that name, atomically, in the same script.
     */
    authenticate: async (
      token: string,
      context: ClientContext,
      options: { budget?: SessionBudget } = {},
    ): Promise<Authenticated | undefined> => {
      const parsed = parseSessionToken(token);
      if (!parsed) return undefined;
      const keys = userKeys(parsed.userId);
      const now = deps.clock.now().getTime();
      const budget = options.budget;
      const result = (await authenticateScript(
        [
          keys.session(parsed.tokenHash),
          keys.profile,
          keys.sessions,
          keys.backupCodes,
          keys.budget(budget?.name ?? 'none'),
        ],
        [
          now,
          idleMs,
          clean(context.ip, 64),
          clean(context.userAgent, 256),
          parsed.tokenHash,
          ...(budget ? rateLimitArgs(budget.rule, budget.cost ?? 1) : [1, 1, 0, 0]),
        ],
      )) as [string[], string[], number, [number, number, number]] | null;
      if (!result) return undefined;
      const session = parseSession(parsed.tokenHash, toMap(result[0]));
      const user = parseUserFields(toMap(result[1]));
      if (!session || !user || session.userId !== user.id) return undefined;
      return {
        session: { ...session, lastUsedAt: now },
        user,
        backupCodesLeft: result[2],
        ...(budget ? { budget: toDecision(result[3], budget.rule) } : {}),
      };
    },

    /**
     * A new token for the same device (privilege change, MFA change). The old token keeps working
     * for 30 s, unlisted and without further rotation, so requests already in flight do not fail.
     */
    rotate: async (
      session: Session,
      user: Pick<UserRecord, 'id' | 'authEpoch'>,
      context: ClientContext,
    ) => {
      const next = await write(user, context, session.createdAt);
      const keys = userKeys(user.id);
      const graceEnds = deps.clock.now().getTime() + ROTATION_GRACE_MS;
      // Still indexed (until the grace ends) so that "sign out everywhere" also ends it.
      await r
        .multi()
        .hset(keys.session(session.tokenHash), 'rot', '1', 'grace', String(graceEnds))
        .pexpire(keys.session(session.tokenHash), ROTATION_GRACE_MS)
        .zadd(keys.sessions, graceEnds, session.tokenHash)
        .exec();
      return next;
    },

    list,

    /** Ends the session with this public id; false when there is none. */
    revoke: async (userId: string, sessionId: string): Promise<boolean> => {
      if (!/^[A-Za-z0-9_-]{16}$/.test(sessionId)) return false;
      const keys = userKeys(userId);
      const hash = (await r.zrange(keys.sessions, 0, -1)).find((h) => h.startsWith(sessionId));
      if (!hash) return false;
      await r.multi().del(keys.session(hash)).zrem(keys.sessions, hash).exec();
      return true;
    },

    /** Ends one session by its token hash (logout). */
    end: async (userId: string, tokenHash: string) => {
      const keys = userKeys(userId);
      await r.multi().del(keys.session(tokenHash)).zrem(keys.sessions, tokenHash).exec();
    },

    /** Ends every session of the user, except the one with `exceptTokenHash`; returns how many. */
    revokeAll: removeAll,

    /** Keys to remove with the account (sessions are removed by revokeAll first). */
    indexKey: (userId: string) => userKeys(userId).sessions,
  };
}
