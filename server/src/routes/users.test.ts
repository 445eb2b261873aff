import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import { MeResponseSchema, UsersRoutes } from '@career-copilot/shared/api/users';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { registerAndVerify } from '../../test/auth-flows';
import { buildTestApp, type TestApp } from '../../test/harness';
import { TestBrowser } from '../../test/test-browser';

let smtp: SmtpDouble;
let t: TestApp;
beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({ smtp, limits: { apiPerUser: { limit: 3, windowSeconds: 60 } } });
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

describe('GET /api/users/me', () => {
  it('answers 401 without a session', async () => {
    const res = await t.app.request(UsersRoutes.me);
    expect(res.status).toBe(401);
    expect(ApiErrorBodySchema.parse(await res.json()).error.code).toBe('unauthenticated');
  });

  it("charges each user's API budget with the session check, with Retry-After when spent", async () => {
    const alice = new TestBrowser(t.app);
    const { email } = await registerAndVerify(alice, smtp);
    for (let i = 0; i < 3; i++) {
      const res = await alice.request(UsersRoutes.me);
      expect(MeResponseSchema.parse(await res.json()).email).toBe(email);
    }
    const refused = await alice.request(UsersRoutes.me);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(ApiErrorBodySchema.parse(await refused.json()).error.code).toBe('rate_limited');
    // Another user's budget is their own.
    const bob = new TestBrowser(t.app);
    await registerAndVerify(bob, smtp);
    expect((await bob.request(UsersRoutes.me)).status).toBe(200);
  });
});
