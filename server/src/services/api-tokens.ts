// Personal API tokens: `ccp_<userId>.<secret>`, stored as a SHA-256 of the whole token in a hash under
// the user's tag (the secret has 256 bits, so a fast hash is enough). The token is shown once.
import { randomBytes } from 'node:crypto';
import {
  MAX_API_TOKENS,
  type ApiTokenInfo,
  type ApiTokenScope,
} from '@career-copilot/shared/api/tokens';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { ok, type Result } from '@career-copilot/shared/lib/result';
import type { Clock } from '../infra/clock';
import type { RedisHandle } from '../infra/redis';
import { defineScript } from '../infra/redis-script';
import { sha256 } from '../infra/secret-keys';
import { fail, type Failure } from './failure';
import { userKeys } from './redis-keys';

const TOKEN_PATTERN = /^ccp_(u_[a-z0-9_]{1,38})\.([A-Za-z0-9_-]{43})$/;
/** lastUsedAt is written at most this often per token, so heavy use costs no extra writes. */
const TOUCH_EVERY_MS = 60_000;

// KEYS[1] the user's token hash. ARGV: token hash, new record. Updates an existing entry only.
const TOUCH_LUA = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
`;

type StoredToken = {
  readonly id: string;
  readonly name: string;
  readonly scopes: ApiTokenScope[];
  readonly prefix: string;
  readonly createdAt: string;
  readonly lastUsedAt?: string;
};

export type VerifiedToken = {
  readonly userId: string;
  readonly id: string;
  readonly scopes: readonly ApiTokenScope[];
};

export type ApiTokenStore = ReturnType<typeof createApiTokenStore>;

export function createApiTokenStore(deps: { redis: RedisHandle; clock: Clock }) {
  const r = deps.redis.client;
  const touch = defineScript(r, 'ccTouchApiToken', 1, TOUCH_LUA);
  const list = async (userId: string): Promise<Array<StoredToken & { hash: string }>> => {
    const all = await r.hgetall(userKeys(userId).apiTokens);
    return Object.entries(all)
      .map(([hash, json]) => ({ hash, ...(JSON.parse(json) as StoredToken) }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  };
  const toInfo = (t: StoredToken): ApiTokenInfo => ({
    id: t.id,
    name: t.name,
    scopes: t.scopes,
    prefix: t.prefix,
    createdAt: t.createdAt,
    ...(t.lastUsedAt ? { lastUsedAt: t.lastUsedAt } : {}),
  });

  return {
    list: async (userId: string) => (await list(userId)).map(toInfo),

    create: async (
      userId: string,
      input: { name: string; scopes: readonly ApiTokenScope[] },
    ): Promise<Result<{ token: string; info: ApiTokenInfo }, Failure>> => {
      const existing = await list(userId);
      if (existing.length >= MAX_API_TOKENS) {
        return fail(
          ErrorCode.Conflict,
          `You have ${MAX_API_TOKENS} tokens, the most an account can hold. Revoke one you no longer use first.`,
        );
      }
      const token = `ccp_${userId}.${randomBytes(32).toString('base64url')}`;
      const stored: StoredToken = {
        id: randomBytes(8).toString('hex'),
        name: input.name,
        scopes: [...input.scopes],
        prefix: `${token.slice(0, 4)}…${token.slice(-4)}`,
        createdAt: deps.clock.now().toISOString(),
      };
      await r.hset(userKeys(userId).apiTokens, sha256(token), JSON.stringify(stored));
      return ok({ token, info: toInfo(stored) });
    },

    revoke: async (userId: string, id: string): Promise<boolean> => {
      const found = (await list(userId)).find((t) => t.id === id);
      if (!found) return false;
      return (await r.hdel(userKeys(userId).apiTokens, found.hash)) === 1;
    },

    /** The token's owner and scopes, or undefined for anything that is not a live token. */
    verify: async (token: string): Promise<VerifiedToken | undefined> => {
      const match = TOKEN_PATTERN.exec(token);
      if (!match) return undefined;
      const userId = match[1]!;
      const hash = sha256(token);
      const key = userKeys(userId).apiTokens;
      const json = await r.hget(key, hash);
      if (!json) return undefined;
      const stored = JSON.parse(json) as StoredToken;
      const now = deps.clock.now();
      const last = stored.lastUsedAt ? Date.parse(stored.lastUsedAt) : 0;
      if (now.getTime() - last > TOUCH_EVERY_MS) {
        // Only if still there: a touch racing a revoke must not bring the token back.
        void touch(
          [key],
          [hash, JSON.stringify({ ...stored, lastUsedAt: now.toISOString() })],
        ).catch(() => {});
      }
      return { userId, id: stored.id, scopes: stored.scopes };
    },
  };
}
