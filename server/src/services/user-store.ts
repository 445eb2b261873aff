// The user store: accounts in Redis (a hash per user, an email index, a creation-ordered index),
// their role, password hash, TOTP secret (sealed) and backup codes (hashed).
import { randomFillSync } from 'node:crypto';
import { Role, ROLES } from '@career-copilot/shared/api/auth';
import { createId } from '@career-copilot/shared/lib/ids';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import type { Clock } from '../infra/clock';
import type { RedisHandle } from '../infra/redis';
import { defineScript } from '../infra/redis-script';
import { sha256 } from '../infra/secret-keys';
import { emailKey, normalizeEmail, USERS_INDEX_KEY, userKeys } from './redis-keys';

export const UserStatus = { Pending: 'pending', Active: 'active' } as const;
export type UserStatus = (typeof UserStatus)[keyof typeof UserStatus];

export type UserRecord = {
  readonly id: string;
  /** As typed at registration (trimmed); lookups use the normalized form. */
  readonly email: string;
  readonly status: UserStatus;
  readonly role: Role;
  readonly passwordHash: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastLoginAt: string | undefined;
  /** The TOTP secret sealed with the server key; undefined when TOTP is off. */
  readonly totpSecret: string | undefined;
  /** Bumped on every privilege change; sessions from an older epoch get a new token. */
  readonly authEpoch: number;
  /** Disabled by an admin: cannot sign in, and no session of it is accepted. */
  readonly disabled: boolean;
};

const MAX_DEVICES = 50;

/** An unverified account disappears after a week, so nobody can squat an address. */
export const PENDING_TTL_SECONDS = 7 * 24 * 3600;

export type UserStore = ReturnType<typeof createUserStore>;

// KEYS[1] email index. ARGV: expected id, new id ('' deletes), ttl seconds. Compare and swap.
const SWAP_INDEX_LUA = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1])
else redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end
return 1
`;
// KEYS[1] profile. ARGV: step. Accepts a TOTP step only if it is later than the last one used.
const TOTP_STEP_LUA = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local last = tonumber(redis.call('HGET', KEYS[1], 'totpStep') or '-1')
if tonumber(ARGV[1]) <= last then return 0 end
redis.call('HSET', KEYS[1], 'totpStep', ARGV[1])
return 1
`;

export function parseUserFields(fields: Record<string, string>): UserRecord | undefined {
  const { id, email, status, role, passwordHash, createdAt, updatedAt } = fields;
  if (!id || !email || !passwordHash || !createdAt || !updatedAt) return undefined;
  if (status !== UserStatus.Pending && status !== UserStatus.Active) return undefined;
  return {
    id,
    email,
    status,
    role: ROLES.includes(role as Role) ? (role as Role) : Role.Free,
    passwordHash,
    createdAt,
    updatedAt,
    lastLoginAt: fields.lastLoginAt || undefined,
    totpSecret: fields.totpSecret || undefined,
    authEpoch: Number(fields.authEpoch ?? 0) || 0,
    disabled: fields.disabled === '1',
  };
}

export function createUserStore(deps: { redis: RedisHandle; clock: Clock }) {
  const r = deps.redis.client;
  const swapIndex = defineScript(r, 'ccSwapEmailIndex', 1, SWAP_INDEX_LUA);
  const acceptTotpStep = defineScript(r, 'ccTotpStep', 1, TOTP_STEP_LUA);
  const nowIso = () => deps.clock.now().toISOString();

  const findById = async (id: string): Promise<UserRecord | undefined> => {
    if (!/^[a-z0-9_]{1,40}$/.test(id)) return undefined;
    return parseUserFields(await r.hgetall(userKeys(id).profile));
  };

  const bump = async (id: string, fields: Record<string, string>, privilege: boolean) => {
    const key = userKeys(id).profile;
    const tx = r.multi().hset(key, { ...fields, updatedAt: nowIso() });
    if (privilege) tx.hincrby(key, 'authEpoch', 1);
    await tx.exec();
  };

  return {
    findById,

    findByEmail: async (email: string): Promise<UserRecord | undefined> => {
      const id = await r.get(emailKey(normalizeEmail(email)));
      return id ? findById(id) : undefined;
    },

    /** Creates a pending account; `email_taken` (with the holder) when the address has one. */
    create: async (input: {
      email: string;
      passwordHash: string;
    }): Promise<Result<UserRecord, { code: 'email_taken'; existing: UserRecord }>> => {
      const id = createId((bytes) => randomFillSync(bytes), 'u_');
      const at = nowIso();
      const user: UserRecord = {
        id,
        email: input.email.trim(),
        status: UserStatus.Pending,
        role: Role.Free,
        passwordHash: input.passwordHash,
        createdAt: at,
        updatedAt: at,
        lastLoginAt: undefined,
        totpSecret: undefined,
        authEpoch: 0,
        disabled: false,
      };
      // The profile first, then the index: an index entry without a profile is then always stale
      // (an expired pending account), never a registration still in flight.
      const key = userKeys(id).profile;
      await r
        .multi()
        .hset(key, {
          id,
          email: user.email,
          status: user.status,
          role: user.role,
          passwordHash: user.passwordHash,
          createdAt: at,
          updatedAt: at,
          authEpoch: '0',
        })
        .expire(key, PENDING_TTL_SECONDS)
        .exec();
      const index = emailKey(normalizeEmail(input.email));
      for (let attempt = 0; attempt < 3; attempt++) {
        if ((await r.set(index, id, 'EX', PENDING_TTL_SECONDS, 'NX')) === 'OK') {
          await r.zadd(USERS_INDEX_KEY, deps.clock.now().getTime(), id);
          return ok(user);
        }
        const holderId = await r.get(index);
        if (!holderId) continue;
        const holder = await findById(holderId);
        if (holder) {
          await r.del(key);
          return err({ code: 'email_taken', existing: holder });
        }
        if ((await swapIndex([index], [holderId, id, PENDING_TTL_SECONDS])) === 1) {
          await r.zadd(USERS_INDEX_KEY, deps.clock.now().getTime(), id);
          return ok(user);
        }
      }
      await r.del(key);
      throw new Error('the email index kept changing while registering');
    },

    /** Someone re-registered an unverified address: the new password replaces the unproven one. */
    replacePending: async (user: UserRecord, passwordHash: string) => {
      await bump(user.id, { passwordHash }, false);
      await r.expire(userKeys(user.id).profile, PENDING_TTL_SECONDS);
      await r.expire(emailKey(normalizeEmail(user.email)), PENDING_TTL_SECONDS);
    },

    activate: async (user: UserRecord) => {
      await bump(user.id, { status: UserStatus.Active }, false);
      await r.persist(userKeys(user.id).profile);
      await r.persist(emailKey(normalizeEmail(user.email)));
    },

    setPasswordHash: (id: string, passwordHash: string, options: { privilege: boolean }) =>
      bump(id, { passwordHash }, options.privilege),

    recordLogin: (id: string) => bump(id, { lastLoginAt: nowIso() }, false),

    /** Changes the role and bumps the epoch, so the user's sessions get new tokens. */
    setRole: (id: string, role: Role) => bump(id, { role }, true),

    /** Disables or re-enables the account (the epoch bump retires every token it had). */
    setDisabled: (id: string, disabled: boolean) =>
      bump(id, { disabled: disabled ? '1' : '0' }, true),

    setTotpSecret: async (id: string, sealed: string | undefined) => {
      const key = userKeys(id).profile;
      if (sealed) await bump(id, { totpSecret: sealed }, true);
      else {
        await r.hdel(key, 'totpSecret', 'totpStep');
        await bump(id, {}, true);
      }
    },

    /** A TOTP secret waiting for its first code, sealed, for `ttlSeconds`. */
    setPendingTotp: async (id: string, sealed: string, ttlSeconds: number) => {
      await r.set(userKeys(id).totpPending, sealed, 'EX', ttlSeconds);
    },
    getPendingTotp: async (id: string) => (await r.get(userKeys(id).totpPending)) ?? undefined,
    clearPendingTotp: async (id: string) => {
      await r.del(userKeys(id).totpPending);
    },

    /** Each TOTP step works once: false when this step (or a later one) was already used. */
    acceptTotpStep: async (id: string, step: number) =>
      (await acceptTotpStep([userKeys(id).profile], [step])) === 1,

    replaceBackupCodes: async (id: string, hashes: readonly string[]) => {
      const key = userKeys(id).backupCodes;
      const tx = r.multi().del(key);
      if (hashes.length > 0) tx.sadd(key, ...hashes);
      await tx.exec();
    },

    /** Removes a backup code; true only for the one request that removed it. */
    consumeBackupCode: async (id: string, hash: string) =>
      (await r.srem(userKeys(id).backupCodes, hash)) === 1,

    countBackupCodes: (id: string) => r.scard(userKeys(id).backupCodes),

    /** Remembers a browser's device id; true when it was not known yet (a new device). */
    rememberDevice: async (id: string, deviceId: string): Promise<boolean> => {
      const key = userKeys(id).devices;
      const added = await r.sadd(key, sha256(deviceId));
      // Bounded: forgetting an old device only means one extra "new sign-in" email.
      if ((await r.scard(key)) > MAX_DEVICES) await r.spop(key);
      return added === 1;
    },

    /** True when this browser has completed a sign-in to the account before. */
    isKnownDevice: async (id: string, deviceId: string): Promise<boolean> =>
      (await r.sismember(userKeys(id).devices, sha256(deviceId))) === 1,

    /** Lists accounts oldest first, `limit` at a time, for admin views. */
    list: async (options: { offset: number; limit: number }): Promise<UserRecord[]> => {
      const ids = await r.zrange(
        USERS_INDEX_KEY,
        options.offset,
        options.offset + options.limit - 1,
      );
      const users = await Promise.all(ids.map(findById));
      return users.filter((u): u is UserRecord => u !== undefined);
    },

    count: () => r.zcard(USERS_INDEX_KEY),

    /** Removes the profile, the email index entry and every per-user key the store owns. */
    deleteUser: async (user: UserRecord, extraKeys: readonly string[]) => {
      const keys = userKeys(user.id);
      await r.del(
        keys.profile,
        keys.backupCodes,
        keys.totpPending,
        keys.code('verify'),
        keys.code('reset'),
        keys.devices,
        ...extraKeys,
      );
      await swapIndex([emailKey(normalizeEmail(user.email))], [user.id, '', 0]);
      await r.zrem(USERS_INDEX_KEY, user.id);
    },
  };
}
