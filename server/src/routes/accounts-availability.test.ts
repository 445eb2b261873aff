import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthRoutes } from '@career-copilot/shared/api/auth';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import {
  buildTestApp,
  connectTestRedis,
  freePort,
  startRedisServer,
  stopProcess,
  waitFor,
  type TestApp,
} from '../../test/harness';
import { TestBrowser } from '../../test/test-browser';
import { createApp } from '../app';

describe('accounts while Redis is away', () => {
  let redisServer: ChildProcess;
  let port: number;
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
    await t.cleanup();
    await cleanupRedis().catch(() => {});
    await stopProcess(redisServer);
  });

  it('answers 503 service_unavailable at once, and the rest of the app keeps answering', async () => {
    const browser = new TestBrowser(t.app);
    expect((await browser.open()).status).toBe(200);
    await stopProcess(redisServer);
    await waitFor(() => !t.redis.isReady());

    const started = performance.now();
    const responses = await Promise.all([
      browser.request(AuthRoutes.session),
      browser.post(AuthRoutes.login, { email: 'a@example.test', password: 'whatever it is' }),
      browser.request('/api/users/me'),
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
    for (const res of responses) {
      expect(res.status).toBe(503);
      const body = ApiErrorBodySchema.parse(await res.json());
      expect(body.error.code).toBe('service_unavailable');
      expect(body.error.message).toMatch(/Everything on this device keeps working/);
    }
    expect((await t.app.request('/api/health')).status).toBe(503);
    // A CSRF token needs no Redis, so other state-changing requests are not held up.
    const csrf = await browser.request(AuthRoutes.csrf);
    expect(csrf.status).toBe(200);
    expect(await csrf.json()).toEqual({ csrfToken: expect.any(String) });
    expect((await t.app.request('/api/nope')).status).toBe(404);

    redisServer = await startRedisServer(port);
    await waitFor(async () => (await browser.request(AuthRoutes.session)).status === 200, 15_000);
  });

  it('answers 503 within seconds when Redis stops answering without closing the connection', async () => {
    const browser = new TestBrowser(t.app);
    expect((await browser.open()).status).toBe(200);
    redisServer.kill('SIGSTOP');
    try {
      const started = performance.now();
      const res = await browser.post(AuthRoutes.login, {
        email: 'paused@example.test',
        password: 'a long enough password',
      });
      expect(performance.now() - started).toBeLessThan(5000);
      expect(res.status).toBe(503);
      expect(ApiErrorBodySchema.parse(await res.json()).error.code).toBe('service_unavailable');
    } finally {
      redisServer.kill('SIGCONT');
    }
    await waitFor(async () => (await browser.request(AuthRoutes.session)).status === 200, 15_000);
  });
});

describe('accounts without a mail server', () => {
  it('are off, with a message that says why, and health says so', async () => {
    const t = await buildTestApp();
    try {
      const off = createApp({ ...t.deps, features: { ...t.deps.features, accounts: false } });
      const res = await off.request(AuthRoutes.session);
      expect(res.status).toBe(503);
      expect(ApiErrorBodySchema.parse(await res.json()).error.message).toMatch(/no mail server/);
      expect(await (await off.request('/api/health')).json()).toMatchObject({
        features: { accounts: false },
      });
    } finally {
      await t.cleanup();
    }
  });
});
