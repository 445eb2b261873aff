// The security log: every auth event with time, account, IP and user agent, kept in Redis with a
// bounded length (per user, and one global stream for admins). It never holds a secret: entries are
// built from typed fields only, and `detail` is a short, non-secret word (a method, a role).
import { REPORT_RETENTION_DAYS } from '@career-copilot/shared/api/admin';
import type { SecurityEvent, SecurityEventType } from '@career-copilot/shared/api/auth';
import type { Clock } from '../infra/clock';
import type { Logger } from '../infra/logger';
import type { RedisHandle } from '../infra/redis';
import { SECURITY_STREAM_KEY, userKeys } from './redis-keys';
import { trafficKeys } from './traffic';

export type SecurityLogInput = {
  readonly type: SecurityEventType;
  /** Undefined for attempts on addresses with no account. */
  readonly userId: string | undefined;
  readonly ip: string;
  readonly userAgent: string;
  readonly detail?: string;
  /** Who acted, when it was not the user (an admin changing a role). */
  readonly actorId?: string;
};

export type SecurityLogEntry = SecurityEvent & {
  readonly userId?: string;
  readonly actorId?: string;
};

export type SecurityLog = {
  readonly record: (event: SecurityLogInput) => Promise<void>;
  /** Newest first. */
  readonly listForUser: (userId: string, limit?: number) => Promise<SecurityLogEntry[]>;
  /** Newest first, across every account (admin reports). */
  readonly listRecent: (limit?: number) => Promise<SecurityLogEntry[]>;
  readonly deleteForUser: (userId: string) => Promise<void>;
};

const clip = (value: string, max: number) => value.replace(/[\r\n\t]/g, ' ').slice(0, max);

export function createSecurityLog(deps: {
  redis: RedisHandle;
  clock: Clock;
  logger: Logger;
  perUserMax?: number;
  globalMax?: number;
}): SecurityLog {
  const r = deps.redis.client;
  const perUserMax = deps.perUserMax ?? 200;
  const globalMax = deps.globalMax ?? 10_000;

  return {
    record: async (event) => {
      const entry: SecurityLogEntry = {
        type: event.type,
        at: deps.clock.now().toISOString(),
        ip: clip(event.ip, 64),
        userAgent: clip(event.userAgent, 256),
        ...(event.detail ? { detail: clip(event.detail, 64) } : {}),
        ...(event.userId ? { userId: event.userId } : {}),
        ...(event.actorId ? { actorId: event.actorId } : {}),
      };
      const json = JSON.stringify(entry);
      const pipeline = r.pipeline();
      if (event.userId) {
        const key = userKeys(event.userId).events;
        pipeline.lpush(key, json).ltrim(key, 0, perUserMax - 1);
      }
      pipeline.xadd(SECURITY_STREAM_KEY, 'MAXLEN', '~', globalMax, '*', 'e', json);
      // Daily counts by type feed the traffic report (signups, logins); they expire with it.
      const daily = trafficKeys(entry.at.slice(0, 10)).events;
      pipeline.hincrby(daily, entry.type, 1).expire(daily, (REPORT_RETENTION_DAYS + 2) * 86_400);
      const results = (await pipeline.exec()) ?? [];
      const failed = results.find(([error]) => error);
      if (failed?.[0]) throw failed[0];
      deps.logger.info('security event', {
        type: entry.type,
        userId: entry.userId,
        ip: entry.ip,
        detail: entry.detail,
      });
    },
    listForUser: async (userId, limit = 50) => {
      const raw = await r.lrange(userKeys(userId).events, 0, Math.min(limit, perUserMax) - 1);
      return raw.map((line) => JSON.parse(line) as SecurityLogEntry);
    },
    listRecent: async (limit = 100) => {
      const raw = await r.xrevrange(SECURITY_STREAM_KEY, '+', '-', 'COUNT', limit);
      return raw.map(([, fields]) => JSON.parse(fields[1] ?? '{}') as SecurityLogEntry);
    },
    deleteForUser: async (userId) => {
      await r.del(userKeys(userId).events);
      // The global stream is bounded, so a full pass is cheap; deleting an account is rare.
      const needle = `"userId":${JSON.stringify(userId)}`;
      let start = '-';
      for (;;) {
        const batch = await r.xrange(SECURITY_STREAM_KEY, start, '+', 'COUNT', 1000);
        const mine = batch.filter(([, fields]) => fields[1]?.includes(needle)).map(([id]) => id);
        if (mine.length > 0) await r.xdel(SECURITY_STREAM_KEY, ...mine);
        if (batch.length < 1000) break;
        start = `(${batch[batch.length - 1]![0]}`;
      }
    },
  };
}
