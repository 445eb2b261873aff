import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthResponseSchema } from '@career-copilot/shared/api/health';
import {
  buildTestApp,
  connectTestRedis,
  freePort,
  startRedisServer,
  stopProcess,
  waitFor,
  type TestApp,
} from '../../test/harness';

describe('GET /api/health', () => {
  it('reports ok with Redis up, and says which features are on', async () => {
    const t = await buildTestApp();
    try {
      const res = await t.app.request('/api/health');
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = HealthResponseSchema.parse(await res.json());
      expect(body).toMatchObject({
        status: 'ok',
        services: { redis: 'up' },
        features: { accounts: true, billing: false, serverInference: false },
      });
    } finally {
      await t.cleanup();
    }
  });

  describe('when Redis goes away and comes back', () => {
    let port: number;
    let redisServer: ChildProcess;
    let t: TestApp;
    let cleanupRedis: () => Promise<void>;

    beforeAll(async () => {
      port = await freePort();
      redisServer = await startRedisServer(port);
      const url = `redis://127.0.0.1:${port}`;
      const redis = await connectTestRedis(undefined, url);
      cleanupRedis = redis.cleanup;
      t = await buildTestApp({ config: { redisUrl: url }, redis: redis.handle });
    });
    afterAll(async () => {
      await cleanupRedis().catch(() => {});
      await stopProcess(redisServer);
    });

    const status = async () => (await t.app.request('/api/health')).status;

    it('goes 200 → 503 → 200 without a restart', async () => {
      expect(await status()).toBe(200);

      await stopProcess(redisServer);
      await waitFor(async () => (await status()) === 503);
      const down = HealthResponseSchema.parse(await (await t.app.request('/api/health')).json());
      expect(down).toMatchObject({
        status: 'degraded',
        services: { redis: 'down' },
        features: { accounts: false },
      });

      redisServer = await startRedisServer(port);
      await waitFor(async () => (await status()) === 200, 15_000);
    });
  });
});
