// Attack: plant a session id before sign-in, replay a stolen cookie, outlive a session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTH_COOKIES,
  AuthRoutes,
  SessionListResponseSchema,
} from '@career-copilot/shared/api/auth';
import { UsersRoutes } from '@career-copilot/shared/api/users';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { registerAndVerify, signIn } from '../auth-flows';
import { buildTestApp, type TestApp } from '../harness';
import { TestBrowser } from '../test-browser';

let smtp: SmtpDouble;
let t: TestApp;
let now = Date.now();
const clock = { now: () => new Date(now) };

beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({
    smtp,
    clock,
    config: { sessionIdleSeconds: 30 * 60, sessionAbsoluteSeconds: 12 * 3600 },
  });
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

const meWith = (cookie: string) =>
  t.app.request(UsersRoutes.me, { headers: { Cookie: `${AUTH_COOKIES.session}=${cookie}` } });

describe('session fixation', () => {
  it('a session id planted before sign-in never becomes authenticated', async () => {
    const { email } = await registerAndVerify(new TestBrowser(t.app), smtp);
    const victim = new TestBrowser(t.app);
    // The attacker plants well-formed ids: a made-up one, and one naming the victim's account.
    const me = await (await new TestBrowser(t.app).request(AuthRoutes.session)).json();
    expect(me).toMatchObject({ authenticated: false });
    const planted = [
      `u_aaaaaaaaaaaaaaaa.${'A'.repeat(43)}`,
      `${(await t.deps.auth.users.findByEmail(email))!.id}.${'B'.repeat(43)}`,
    ];
    for (const fixed of planted) {
      victim.cookies.set(AUTH_COOKIES.session, fixed);
      await victim.open();
      await signIn(victim, smtp, email);
      expect(victim.sessionCookie).not.toBe(fixed);
      expect((await meWith(fixed)).status).toBe(401);
      expect((await meWith(victim.sessionCookie!)).status).toBe(200);
    }
  });

  it('session tokens are 256-bit random, and only their hashes are stored', async () => {
    const browser = new TestBrowser(t.app);
    const { session } = await registerAndVerify(browser, smtp);
    if (!session.authenticated) throw new Error('expected a session');
    const [, secret = ''] = browser.sessionCookie!.split('.');
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    const keys = await t.redis.client.keys(`${t.redis.prefix}*`);
    expect(keys.some((k) => k.includes(secret))).toBe(false);
    for (const key of keys.filter((k) => k.includes(':s:'))) {
      const stored = await t.redis.client.hgetall(key.slice(t.redis.prefix.length));
      expect(JSON.stringify(stored)).not.toContain(secret);
    }
  });
});

describe('stolen cookie', () => {
  it('stops working for the thief as soon as the owner signs out everywhere else', async () => {
    const owner = new TestBrowser(t.app, { ip: '198.51.100.80' });
    const { email } = await registerAndVerify(owner, smtp);
    const laptop = new TestBrowser(t.app, { ip: '198.51.100.81' });
    await signIn(laptop, smtp, email);
    const stolen = laptop.sessionCookie!;
    const thief = new TestBrowser(t.app, { ip: '192.0.2.66', userAgent: 'curl/8.5.0' });
    thief.cookies.set(AUTH_COOKIES.session, stolen);
    expect((await thief.request(UsersRoutes.me)).status).toBe(200);

    // The owner sees the thief's use in the device list: last IP and user agent.
    const list = SessionListResponseSchema.parse(
      await (await owner.request(AuthRoutes.sessions)).json(),
    );
    expect(list.sessions.find((s) => s.ip === '192.0.2.66')?.userAgent).toBe('curl/8.5.0');
    await owner.post(AuthRoutes.sessionsRevokeOthers);
    expect((await thief.request(UsersRoutes.me)).status).toBe(401);
    expect((await meWith(stolen)).status).toBe(401);
  });
});

describe('expiry', () => {
  it('ends a session after 30 idle minutes, and any session after 12 hours', async () => {
    const browser = new TestBrowser(t.app);
    await registerAndVerify(browser, smtp);
    now += 29 * 60 * 1000;
    expect((await browser.request(UsersRoutes.me)).status).toBe(200);
    now += 31 * 60 * 1000;
    expect((await browser.request(UsersRoutes.me)).status).toBe(401);

    const busy = new TestBrowser(t.app);
    await registerAndVerify(busy, smtp);
    for (let hour = 0; hour < 11; hour++) {
      now += 25 * 60 * 1000;
      expect((await busy.request(UsersRoutes.me)).status).toBe(200);
    }
    now += 25 * 60 * 1000 * 2;
    expect((await busy.request(UsersRoutes.me)).status).toBe(401);
  });
});
