import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { connectTestRedis, TEST_REDIS_URL } from '../../test/harness';
import type { RedisHandle } from '../infra/redis';
import { createRateLimiter, type RateLimiter } from './rate-limiter';

let redis: Awaited<ReturnType<typeof connectTestRedis>>;
let other: RedisHandle;
let otherCleanup: () => Promise<void>;
let now = Date.UTC(2026, 10, 24, 12, 0, 0);
const clock = { now: () => new Date(now) };
let limiter: RateLimiter;

beforeAll(async () => {
  redis = await connectTestRedis();
  // A second connection on the same prefix stands in for a second server process.
  const second = await connectTestRedis(redis.handle.prefix);
  other = second.handle;
  otherCleanup = second.cleanup;
  limiter = createRateLimiter({ redis: redis.handle, clock });
});
afterAll(async () => {
  await otherCleanup();
  await redis.cleanup();
});

const windowStart = (seconds: number) => Math.floor(now / (seconds * 1000)) * seconds * 1000;

describe('rate limiter', () => {
  it('fixed window: lets the limit through, refuses the rest with the time to the window edge', async () => {
    now = windowStart(60) + 15_000;
    const rule = { limit: 3, windowSeconds: 60, algorithm: 'fixed' } as const;
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.consume('fixed', rule));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
    expect(decisions[3]?.retryAfterSeconds).toBe(45);
    now += 45_000;
    expect((await limiter.consume('fixed', rule)).allowed).toBe(true);
  });

  it('sliding window: a burst at the edge of a window still counts in the next one', async () => {
    now = windowStart(60) + 59_000;
    const rule = { limit: 10, windowSeconds: 60 };
    for (let i = 0; i < 10; i++) expect((await limiter.consume('slide', rule)).allowed).toBe(true);
    now += 2_000; // a new fixed window, but 58 s of the last one still overlap
    const refused = await limiter.consume('slide', rule);
    expect(refused.allowed).toBe(false);
    // Waiting the Retry-After it gave is enough for one more.
    now += refused.retryAfterSeconds * 1000;
    expect((await limiter.consume('slide', rule)).allowed).toBe(true);
    expect((await limiter.consume('slide', rule)).allowed).toBe(false);
    now += 30_000; // half the old window has slid out: about 5 more fit
    let passed = 0;
    for (let i = 0; i < 10; i++) if ((await limiter.consume('slide', rule)).allowed) passed++;
    expect(passed).toBeGreaterThanOrEqual(3);
    expect(passed).toBeLessThanOrEqual(5);
  });

  it('charges a cost above 1, and peek takes nothing', async () => {
    now = windowStart(3600) + 1000;
    const rule = { limit: 100, windowSeconds: 3600 };
    expect(await limiter.peek('tokens', rule, 40)).toMatchObject({ allowed: true, remaining: 60 });
    expect(await limiter.consume('tokens', rule, 40)).toMatchObject({
      allowed: true,
      remaining: 60,
    });
    expect(await limiter.consume('tokens', rule, 40)).toMatchObject({
      allowed: true,
      remaining: 20,
    });
    const refused = await limiter.consume('tokens', rule, 40);
    expect(refused).toMatchObject({ allowed: false, remaining: 20 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(3000);
    // A smaller request still fits: a refused request took nothing.
    expect(await limiter.consume('tokens', rule, 20)).toMatchObject({
      allowed: true,
      remaining: 0,
    });
    // A cost larger than the whole budget can never pass.
    expect((await limiter.consume('huge', rule, 101)).allowed).toBe(false);
  });

  it('never passes more than the limit under 300 concurrent requests on two connections', async () => {
    const rule = { limit: 25, windowSeconds: 60 };
    const otherLimiter = createRateLimiter({ redis: other, clock });
    const attempts = Array.from({ length: 300 }, (_, i) =>
      (i % 2 ? otherLimiter : limiter).consume('race', rule),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r.allowed)).toHaveLength(25);
    expect(results.filter((r) => !r.allowed).every((r) => r.retryAfterSeconds >= 1)).toBe(true);
  });

  it('keeps budgets apart, writes under the key prefix, and forgets on reset', async () => {
    const rule = { limit: 1, windowSeconds: 60 };
    expect((await limiter.consume('a', rule)).allowed).toBe(true);
    expect((await limiter.consume('b', rule)).allowed).toBe(true);
    expect((await limiter.consume('a', rule)).allowed).toBe(false);
    const raw = new Redis(TEST_REDIS_URL);
    expect(await raw.exists(`${redis.handle.prefix}{rl:a}`)).toBe(1);
    raw.disconnect();
    await limiter.reset('a');
    expect((await limiter.consume('a', rule)).allowed).toBe(true);
  });
});
