import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { createMemoryLogger } from '../infra/logger';
import { connectRedis } from '../infra/redis';
import { countTraffic } from '../middleware/count-traffic';
import { connectTestRedis, waitFor } from '../../test/harness';
import {
  bucketIndex,
  createTrafficRecorder,
  LATENCY_BUCKETS_MS,
  p95FromBuckets,
  trafficKeys,
  type AiUsageEvent,
} from './traffic';

let redis: Awaited<ReturnType<typeof connectTestRedis>>;
beforeAll(async () => {
  redis = await connectTestRedis();
});
afterAll(async () => {
  await redis.cleanup();
});

const at = new Date('2026-03-04T10:00:00Z');
const clock = { now: () => at };

describe('traffic recorder', () => {
  it('records server AI usage by plan from the inference event, for the admin and the user', async () => {
    const recorder = createTrafficRecorder({
      redis: redis.handle,
      clock,
      logger: createMemoryLogger(),
    });
    const event = (plan: string, userId: string, input: number): AiUsageEvent => ({
      userId,
      plan,
      requests: 1,
      inputTokens: input,
      outputTokens: 40,
      at,
    });
    recorder.recordAiUsage(event('premium', 'u_a', 100));
    recorder.recordAiUsage(event('premium', 'u_b', 50));
    recorder.recordAiUsage(event('tester', 'u_a', 10));
    // Hostile numbers never go negative or fractional.
    recorder.recordAiUsage({ ...event('premium', 'u_a', -5), outputTokens: Number.NaN });
    await waitFor(async () => {
      const report = await recorder.report('2026-03-04', '2026-03-04');
      return report.ai.find((x) => x.plan === 'premium')?.requests === 3;
    });
    const report = await recorder.report('2026-03-03', '2026-03-04');
    expect(report.ai).toEqual([
      { day: '2026-03-04', plan: 'premium', requests: 3, inputTokens: 150, outputTokens: 80 },
      { day: '2026-03-04', plan: 'tester', requests: 1, inputTokens: 10, outputTokens: 40 },
    ]);
    expect(report.days.map((d) => d.day)).toEqual(['2026-03-03', '2026-03-04']);
    const mine = await recorder.userReport('u_a', '2026-03-04', '2026-03-04');
    expect(mine.days[0]).toMatchObject({ aiRequests: 3, aiInputTokens: 110, aiOutputTokens: 80 });
  });

  it('keeps a bounded histogram per route and day, with keys that expire', async () => {
    const recorder = createTrafficRecorder({
      redis: redis.handle,
      clock: { now: () => new Date('2026-03-05T10:00:00Z') },
      logger: createMemoryLogger(),
    });
    for (let i = 0; i < 100; i++) {
      recorder.recordRequest({
        method: 'GET',
        route: '/api/x',
        status: i < 3 ? 500 : 200,
        durationMs: i < 90 ? 8 : 300,
        userId: `u_${i % 7}`,
      });
    }
    const k = trafficKeys('2026-03-05');
    await waitFor(
      async () => Number(await redis.handle.client.hget(k.requests, 'GET /api/x')) === 100,
    );
    const report = await recorder.report('2026-03-05', '2026-03-05');
    expect(report.routes).toEqual([
      { day: '2026-03-05', route: 'GET /api/x', requests: 100, errors: 3, p95Ms: 400 },
    ]);
    expect(report.days[0]).toMatchObject({ requests: 100, errors: 3, activeUsers: 7 });
    // Two buckets used, not one field per request; every key has a time to live.
    expect(await redis.handle.client.hlen(k.latency)).toBe(2);
    for (const key of [k.requests, k.errors, k.latency, k.active]) {
      const ttl = await redis.handle.client.ttl(key);
      expect(ttl, key).toBeGreaterThan(80 * 86_400);
    }
  });

  it('keeps requests in memory and writes them in one go, so a request never waits for Redis', async () => {
    const recorder = createTrafficRecorder({
      redis: redis.handle,
      clock: { now: () => new Date('2026-03-06T10:00:00Z') },
      logger: createMemoryLogger(),
      flushIntervalMs: 60_000,
    });
    for (let i = 0; i < 250; i++) {
      recorder.recordRequest({
        method: 'POST',
        route: '/api/y',
        status: 201,
        durationMs: 3,
        userId: 'u_batch',
      });
    }
    const k = trafficKeys('2026-03-06');
    // Nothing written yet: the interval has not passed and 250 requests are only 4 counters.
    expect(await redis.handle.client.hget(k.requests, 'POST /api/y')).toBeNull();
    // A report writes what is pending first, so an admin always sees every answered request.
    const report = await recorder.report('2026-03-06', '2026-03-06');
    expect(report.routes).toEqual([
      { day: '2026-03-06', route: 'POST /api/y', requests: 250, errors: 0, p95Ms: 5 },
    ]);
    expect(report.days[0]).toMatchObject({ requests: 250, activeUsers: 1 });
    const mine = await recorder.userReport('u_batch', '2026-03-06', '2026-03-06');
    expect(mine.days[0]).toMatchObject({ requests: 250 });
  });

  it('computes p95 as the edge of the bucket that holds the 95th percentile', () => {
    expect(p95FromBuckets(new Map())).toBe(0);
    expect(
      p95FromBuckets(
        new Map([
          [bucketIndex(3), 95],
          [bucketIndex(900), 5],
        ]),
      ),
    ).toBe(5);
    expect(
      p95FromBuckets(
        new Map([
          [bucketIndex(3), 94],
          [bucketIndex(900), 6],
        ]),
      ),
    ).toBe(1000);
    expect(bucketIndex(1e9)).toBe(LATENCY_BUCKETS_MS.length);
    expect(p95FromBuckets(new Map([[bucketIndex(1e9), 1]]))).toBeNull();
  });

  it('never fails or delays a request when Redis is unreachable', async () => {
    const logger = createMemoryLogger();
    const dead = connectRedis({ url: 'redis://127.0.0.1:1', prefix: 'x:', logger });
    const recorder = createTrafficRecorder({ redis: dead, clock, logger });
    const app = new Hono<AppEnv>();
    app.use('*', countTraffic(recorder));
    app.get('/ok', (c) => c.text('fine'));
    const started = performance.now();
    const res = await app.request('/ok');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('fine');
    expect(performance.now() - started).toBeLessThan(200);
    await waitFor(() => logger.lines.some((l) => l.msg === 'traffic counters not written'));
    await dead.close();
  });
});
