// Traffic counters in Redis: requests, errors and a latency histogram per route per day, signups and
// logins, active users, server AI usage by plan, and each user's own usage by day. Daily keys expire,
// so memory is bounded by (routes × buckets × retained days). A request only adds to counters in
// memory; they go to Redis in one pipeline a second (or sooner when many are waiting), so the request
// path pays a few map updates, not a Redis round trip, and a Redis failure is logged, never passed on.
import {
  eachDay,
  REPORT_RETENTION_DAYS,
  type TrafficReport,
  type UsageReport,
} from '@career-copilot/shared/api/admin';
import type { ChainableCommander } from 'ioredis';
import type { Clock } from '../infra/clock';
import type { Logger } from '../infra/logger';
import type { RedisHandle } from '../infra/redis';
import { userKeys } from './redis-keys';

/** Upper edges (ms) of the latency buckets; a request slower than the last lands in an open bucket. */
export const LATENCY_BUCKETS_MS = [
  5, 10, 25, 50, 75, 100, 150, 250, 400, 600, 1000, 1500, 2500, 4000, 6000, 10_000, 20_000, 60_000,
] as const;

const TTL_SECONDS = (REPORT_RETENTION_DAYS + 2) * 86_400;

/** The event issue 9's inference route reports after each server AI request (see createApp). */
export type AiUsageEvent = {
  readonly userId: string;
  readonly plan: string;
  readonly requests: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly at: Date;
};

export type RequestSample = {
  readonly method: string;
  /** The route pattern that answered (never the raw path, so the set of fields stays small). */
  readonly route: string;
  readonly status: number;
  readonly durationMs: number;
  readonly userId?: string;
  /** True when the request came with a personal API token. */
  readonly viaApiToken?: boolean;
};

/** All of one day's counters share a hash tag, so they sit on one Cluster slot. */
export function trafficKeys(day: string) {
  const tag = `{traffic:${day}}`;
  return {
    requests: `${tag}:requests`,
    errors: `${tag}:errors`,
    clientErrors: `${tag}:client-errors`,
    latency: `${tag}:latency`,
    events: `${tag}:events`,
    active: `${tag}:active`,
    ai: `${tag}:ai`,
  } as const;
}

export function usageKey(userId: string, day: string): string {
  return `${userKeys(userId).usage}:${day}`;
}

export function bucketIndex(durationMs: number): number {
  const i = LATENCY_BUCKETS_MS.findIndex((edge) => durationMs <= edge);
  return i === -1 ? LATENCY_BUCKETS_MS.length : i;
}

/**
 * The 95th percentile from bucket counts: the upper edge of the bucket holding it, or null when it
 * is in the open bucket past the last edge.
 */
export function p95FromBuckets(counts: ReadonlyMap<number, number>): number | null {
  let total = 0;
  for (const n of counts.values()) total += n;
  if (total === 0) return 0;
  const target = Math.ceil(total * 0.95);
  let seen = 0;
  for (let i = 0; i <= LATENCY_BUCKETS_MS.length; i++) {
    seen += counts.get(i) ?? 0;
    if (seen >= target) return LATENCY_BUCKETS_MS[i] ?? null;
  }
  return null;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const num = (value: string | undefined) => Number(value ?? 0) || 0;
const nonNegativeInt = (value: number) =>
  Number.isFinite(value) && value > 0 ? Math.round(value) : 0;

/** Pipelines answer per command: the first failure becomes a rejection. */
async function exec(pipeline: ChainableCommander): Promise<void> {
  const results = (await pipeline.exec()) ?? [];
  const failed = results.find(([error]) => error);
  if (failed?.[0]) throw failed[0];
}

/** How long counters wait in memory before they are written. */
const FLUSH_INTERVAL_MS = 1_000;
/** Distinct counters held before a write is started at once, whatever the interval. */
const MAX_PENDING = 5_000;

/** Counters not yet written: increments per hash field, and members for HyperLogLogs. */
function createPending() {
  return {
    counts: new Map<string, Map<string, number>>(),
    members: new Map<string, Set<string>>(),
    size: 0,
  };
}

export type TrafficRecorder = ReturnType<typeof createTrafficRecorder>;

export function createTrafficRecorder(deps: {
  redis: RedisHandle;
  clock: Clock;
  logger: Logger;
  flushIntervalMs?: number;
}) {
  const r = deps.redis.client;
  const interval = deps.flushIntervalMs ?? FLUSH_INTERVAL_MS;
  let lastWarning = 0;
  const swallow = (what: string) => (error: unknown) => {
    // One line a minute at most: a Redis outage must not flood the log from every request.
    const now = Date.now();
    if (now - lastWarning < 60_000) return;
    lastWarning = now;
    deps.logger.warn('traffic counters not written', {
      what,
      error: error instanceof Error ? error.message : String(error),
    });
  };

  let pending = createPending();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  /** Writes what is pending in one pipeline; counters that fail to write are dropped, not kept. */
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = createPending();
    if (batch.size > 0) {
      writing = writing.then(async () => {
        try {
          const p = r.pipeline();
          for (const [key, fields] of batch.counts) {
            for (const [field, n] of fields) p.hincrby(key, field, n);
            p.expire(key, TTL_SECONDS);
          }
          for (const [key, members] of batch.members) {
            p.pfadd(key, ...members).expire(key, TTL_SECONDS);
          }
          await exec(p);
        } catch (error) {
          swallow('flush')(error);
        }
      });
    }
    return writing;
  };

  const scheduled = () => {
    if (pending.size >= MAX_PENDING) void flush();
    else if (!timer) {
      timer = setTimeout(() => void flush(), interval);
      // A pending write never keeps the process alive; shutdown flushes explicitly.
      timer.unref?.();
    }
  };
  const add = (key: string, field: string, n: number) => {
    if (n === 0) return;
    let fields = pending.counts.get(key);
    if (!fields) pending.counts.set(key, (fields = new Map()));
    const before = fields.get(field);
    if (before === undefined) pending.size++;
    fields.set(field, (before ?? 0) + n);
  };
  const addMember = (key: string, member: string) => {
    let members = pending.members.get(key);
    if (!members) pending.members.set(key, (members = new Set()));
    if (!members.has(member)) {
      members.add(member);
      pending.size++;
    }
  };

  return {
    /** Counts one answered request, in memory; it reaches Redis with the next write. */
    recordRequest: (sample: RequestSample): void => {
      const day = dayOf(deps.clock.now());
      const k = trafficKeys(day);
      const route = `${sample.method} ${sample.route}`.slice(0, 160);
      add(k.requests, route, 1);
      add(k.latency, `${route}\t${bucketIndex(sample.durationMs)}`, 1);
      if (sample.status >= 500) add(k.errors, route, 1);
      else if (sample.status >= 400) add(k.clientErrors, route, 1);
      if (sample.userId) {
        addMember(k.active, sample.userId);
        const u = usageKey(sample.userId, day);
        add(u, 'requests', 1);
        if (sample.viaApiToken) add(u, 'apiTokenRequests', 1);
      }
      scheduled();
    },

    /** Counts server AI usage by plan (and for the user's own report), from issue 9's event. */
    recordAiUsage: (event: AiUsageEvent): void => {
      const day = dayOf(event.at);
      const k = trafficKeys(day);
      const plan = event.plan.replace(/[^a-z0-9_-]/gi, '').slice(0, 24) || 'unknown';
      const requests = nonNegativeInt(event.requests);
      const input = nonNegativeInt(event.inputTokens);
      const output = nonNegativeInt(event.outputTokens);
      add(k.ai, `${plan}\trequests`, requests);
      add(k.ai, `${plan}\tinputTokens`, input);
      add(k.ai, `${plan}\toutputTokens`, output);
      const u = usageKey(event.userId, day);
      add(u, 'aiRequests', requests);
      add(u, 'aiInputTokens', input);
      add(u, 'aiOutputTokens', output);
      scheduled();
    },

    /** Writes the pending counters now (reports and shutdown call it); resolves when written. */
    flush,

    /** Admin report over [from, to] (inclusive UTC days). */
    report: async (from: string, to: string): Promise<TrafficReport> => {
      await flush();
      const days = eachDay(from, to);
      const perDay = await Promise.all(
        days.map(async (day) => {
          const k = trafficKeys(day);
          const [requests, errors, clientErrors, latency, events, active, ai] = await Promise.all([
            r.hgetall(k.requests),
            r.hgetall(k.errors),
            r.hgetall(k.clientErrors),
            r.hgetall(k.latency),
            r.hgetall(k.events),
            r.pfcount(k.active),
            r.hgetall(k.ai),
          ]);
          return { day, requests, errors, clientErrors, latency, events, active, ai };
        }),
      );
      const report: TrafficReport = { from, to, days: [], routes: [], ai: [] };
      for (const d of perDay) {
        const sum = (h: Record<string, string>) =>
          Object.values(h).reduce((total, v) => total + num(v), 0);
        report.days.push({
          day: d.day,
          requests: sum(d.requests),
          errors: sum(d.errors),
          clientErrors: sum(d.clientErrors),
          signups: num(d.events.email_verified),
          logins: num(d.events.login_succeeded),
          activeUsers: d.active,
        });
        const buckets = new Map<string, Map<number, number>>();
        for (const [field, count] of Object.entries(d.latency)) {
          const tab = field.lastIndexOf('\t');
          const route = field.slice(0, tab);
          const byBucket = buckets.get(route) ?? new Map<number, number>();
          byBucket.set(Number(field.slice(tab + 1)), num(count));
          buckets.set(route, byBucket);
        }
        for (const [route, count] of Object.entries(d.requests)) {
          report.routes.push({
            day: d.day,
            route,
            requests: num(count),
            errors: num(d.errors[route]),
            p95Ms: p95FromBuckets(buckets.get(route) ?? new Map()),
          });
        }
        const plans = new Set(Object.keys(d.ai).map((f) => f.split('\t')[0] ?? ''));
        for (const plan of [...plans].sort()) {
          report.ai.push({
            day: d.day,
            plan,
            requests: num(d.ai[`${plan}\trequests`]),
            inputTokens: num(d.ai[`${plan}\tinputTokens`]),
            outputTokens: num(d.ai[`${plan}\toutputTokens`]),
          });
        }
      }
      report.routes.sort((a, b) => a.day.localeCompare(b.day) || b.requests - a.requests);
      return report;
    },

    /** One user's own usage over [from, to]. */
    userReport: async (userId: string, from: string, to: string): Promise<UsageReport> => {
      await flush();
      const days = eachDay(from, to);
      const rows = await Promise.all(days.map((day) => r.hgetall(usageKey(userId, day))));
      return {
        from,
        to,
        days: days.map((day, i) => {
          const h = rows[i] ?? {};
          return {
            day,
            requests: num(h.requests),
            aiRequests: num(h.aiRequests),
            aiInputTokens: num(h.aiInputTokens),
            aiOutputTokens: num(h.aiOutputTokens),
            apiTokenRequests: num(h.apiTokenRequests),
          };
        }),
      };
    },

    /** The user's usage keys that may still exist (removed with the account). */
    userKeys: (userId: string): string[] => {
      const today = deps.clock.now().getTime();
      return Array.from({ length: REPORT_RETENTION_DAYS + 2 }, (_, i) =>
        usageKey(userId, dayOf(new Date(today - i * 86_400_000))),
      );
    },
  };
}
