import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthRoutes,
  BackupCodesResponseSchema,
  LoginResponseSchema,
  SecurityEventsResponseSchema,
  SessionListResponseSchema,
  SessionResponseSchema,
  TotpSetupResponseSchema,
} from '@career-copilot/shared/api/auth';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import { MeResponseSchema, UsersRoutes } from '@career-copilot/shared/api/users';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import {
  registerAndVerify,
  RESET_SUBJECT,
  signIn,
  startLogin,
  STRONG_PASSWORD,
} from '../../test/auth-flows';
import { buildTestApp, type TestApp } from '../../test/harness';
import { TestBrowser } from '../../test/test-browser';
import { changeRole } from '../services/account-security';
import { base32Decode, totpAt } from '../services/totp';

let smtp: SmtpDouble;
let t: TestApp;
let now = Date.now();
const clock = { now: () => new Date(now) };
const generous = { limit: 1000, windowSeconds: 60 };

beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({
    smtp,
    clock,
    limits: { loginPerIp: generous, codePerIp: generous, registerPerIp: generous },
  });
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

const json = async (res: Response) => (await res.json()) as unknown;
const errorOf = async (res: Response) => ApiErrorBodySchema.parse(await res.json()).error;

async function enrolTotp(browser: TestBrowser) {
  const setup = TotpSetupResponseSchema.parse(await json(await browser.post(AuthRoutes.totpSetup)));
  const secret = base32Decode(setup.secret)!;
  const enabled = await browser.post(AuthRoutes.totpEnable, { code: totpAt(secret, now) });
  expect(enabled.status).toBe(200);
  return { secret, setup, codes: BackupCodesResponseSchema.parse(await enabled.json()).codes };
}

describe('authenticator app (TOTP)', () => {
  it('enrols with a QR code, then asks for the app code (not email) at sign-in', async () => {
    const browser = new TestBrowser(t.app);
    const { email } = await registerAndVerify(browser, smtp);
    const before = browser.sessionCookie;
    const { secret, setup, codes } = await enrolTotp(browser);
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Career%20Copilot%3A/);
    expect(Buffer.from(setup.qrDataUrl.split(',')[1]!, 'base64').toString()).toMatch(/^<svg/);
    expect(codes).toHaveLength(10);
    // Turning on MFA is a privilege change: this device got a new session token.
    expect(browser.sessionCookie).not.toBe(before);
    const me = MeResponseSchema.parse(await json(await browser.request(UsersRoutes.me)));
    expect(me.mfa).toEqual({ totp: true, backupCodesLeft: 10 });

    now += 30_000;
    const other = new TestBrowser(t.app, { ip: '198.51.100.40' });
    const after = smtp.mark();
    const step = LoginResponseSchema.parse(await startLogin(other, email, STRONG_PASSWORD));
    if (step.step !== 'mfa') throw new Error('expected mfa');
    expect(step.methods).toEqual(['totp', 'backup']);
    expect(step.sentTo).toBeUndefined();
    const code = totpAt(secret, now);
    const ok = await other.post(AuthRoutes.loginMfa, {
      challengeId: step.challengeId,
      method: 'totp',
      code,
    });
    expect(ok.status).toBe(200);
    // No emailed sign-in code went out: the app is the second factor now.
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages.slice(after).some((m) => /sign-in code/.test(m.subject))).toBe(false);

    // The same 30-second code cannot be used twice, even on a fresh sign-in.
    const third = new TestBrowser(t.app, { ip: '198.51.100.41' });
    const again = LoginResponseSchema.parse(await startLogin(third, email, STRONG_PASSWORD));
    if (again.step !== 'mfa') throw new Error('expected mfa');
    const replay = await third.post(AuthRoutes.loginMfa, {
      challengeId: again.challengeId,
      method: 'totp',
      code,
    });
    expect((await errorOf(replay)).code).toBe('invalid_code');

    // A backup code works once.
    const backup = await third.post(AuthRoutes.loginMfa, {
      challengeId: again.challengeId,
      method: 'backup',
      code: codes[0]!.toUpperCase(),
    });
    expect(backup.status).toBe(200);
    const fourth = new TestBrowser(t.app, { ip: '198.51.100.42' });
    const last = LoginResponseSchema.parse(await startLogin(fourth, email, STRONG_PASSWORD));
    if (last.step !== 'mfa') throw new Error('expected mfa');
    const reused = await fourth.post(AuthRoutes.loginMfa, {
      challengeId: last.challengeId,
      method: 'backup',
      code: codes[0],
    });
    expect((await errorOf(reused)).code).toBe('invalid_code');
    const left = MeResponseSchema.parse(await json(await third.request(UsersRoutes.me)));
    expect(left.mfa.backupCodesLeft).toBe(9);
  });

  it('stores the TOTP secret sealed, and turns off only with the password', async () => {
    const browser = new TestBrowser(t.app);
    await registerAndVerify(browser, smtp);
    const { secret } = await enrolTotp(browser);
    const me = MeResponseSchema.parse(await json(await browser.request(UsersRoutes.me)));
    const stored = await t.redis.client.hget(`{user:${me.id}}:profile`, 'totpSecret');
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(Buffer.from(secret).toString('base64url'));

    const wrong = await browser.post(AuthRoutes.totpDisable, { password: 'not my password' });
    expect((await errorOf(wrong)).code).toBe('wrong_password');
    const off = await browser.post(AuthRoutes.totpDisable, { password: STRONG_PASSWORD });
    expect(SessionResponseSchema.parse(await off.json())).toMatchObject({
      user: { mfa: { totp: false } },
    });
  });

  it('regenerates backup codes, invalidating the old set', async () => {
    const browser = new TestBrowser(t.app);
    const { email } = await registerAndVerify(browser, smtp);
    const first = BackupCodesResponseSchema.parse(
      await json(await browser.post(AuthRoutes.backupCodes, { password: STRONG_PASSWORD })),
    ).codes;
    const second = BackupCodesResponseSchema.parse(
      await json(await browser.post(AuthRoutes.backupCodes, { password: STRONG_PASSWORD })),
    ).codes;
    expect(new Set([...first, ...second]).size).toBe(20);
    const step = LoginResponseSchema.parse(
      await startLogin(new TestBrowser(t.app), email, STRONG_PASSWORD),
    );
    if (step.step !== 'mfa') throw new Error('expected mfa');
    expect(step.methods).toEqual(['email', 'backup']);
  });
});

describe('password change and reset', () => {
  it('changing the password signs out every other device and rotates this one', async () => {
    const laptop = new TestBrowser(t.app);
    const { email } = await registerAndVerify(laptop, smtp);
    const phone = new TestBrowser(t.app, { ip: '198.51.100.50' });
    await signIn(phone, smtp, email);
    const before = laptop.sessionCookie;
    const weak = await laptop.post(AuthRoutes.passwordChange, {
      currentPassword: STRONG_PASSWORD,
      newPassword: 'password123',
    });
    expect(await errorOf(weak)).toMatchObject({ code: 'weak_password' });
    const changed = await laptop.post(AuthRoutes.passwordChange, {
      currentPassword: STRONG_PASSWORD,
      newPassword: 'a new and longer passphrase',
    });
    expect(changed.status).toBe(200);
    expect(laptop.sessionCookie).not.toBe(before);
    expect((await laptop.request(UsersRoutes.me)).status).toBe(200);
    expect((await phone.request(UsersRoutes.me)).status).toBe(401);
    await smtp.waitFor((m) => m.subject === 'Security alert: Your password was changed');
  });

  it('resets with the emailed code, once, ending every session', async () => {
    const browser = new TestBrowser(t.app);
    const { email } = await registerAndVerify(browser, smtp);
    const stranger = new TestBrowser(t.app, { ip: '203.0.113.60' });
    await stranger.open();
    const after = smtp.mark();
    const asked = await stranger.post(AuthRoutes.passwordForgot, { email });
    expect(asked.status).toBe(202);
    const mail = await smtp.waitFor((m) => RESET_SUBJECT.test(m.subject), { after });
    const code = /^\s+(\d{6})\s*$/m.exec(mail.text)?.[1] ?? '';
    const link = /https?:\/\/\S+\/account\/reset#\S+/.exec(mail.text)?.[0] ?? '';
    expect(new URLSearchParams(new URL(link).hash.slice(1)).get('code')).toBe(code);

    const newPassword = 'violet harbour 42 compass';
    const reset = await stranger.post(AuthRoutes.passwordReset, { email, code, newPassword });
    expect(reset.status).toBe(200);
    expect((await browser.request(UsersRoutes.me)).status).toBe(401);
    const reused = await stranger.post(AuthRoutes.passwordReset, {
      email,
      code,
      newPassword: 'yet another long passphrase',
    });
    expect((await errorOf(reused)).code).toBe('code_expired');
    await signIn(new TestBrowser(t.app), smtp, email, newPassword);
  });
});

describe('sessions, roles and deletion', () => {
  it('revokes one device or all others', async () => {
    const a = new TestBrowser(t.app, { ip: '198.51.100.70' });
    const { email } = await registerAndVerify(a, smtp);
    const b = new TestBrowser(t.app, { ip: '198.51.100.71' });
    const c = new TestBrowser(t.app, { ip: '198.51.100.72' });
    await signIn(b, smtp, email);
    await signIn(c, smtp, email);
    const list = SessionListResponseSchema.parse(await json(await a.request(AuthRoutes.sessions)));
    const bId = list.sessions.find((s) => s.ip === '198.51.100.71')!.id;
    const revoked = await a.request(AuthRoutes.sessionById(bId), { method: 'DELETE' });
    expect(await revoked.json()).toEqual({ revoked: 1 });
    expect((await b.request(UsersRoutes.me)).status).toBe(401);
    expect((await c.request(UsersRoutes.me)).status).toBe(200);
    const others = await a.post(AuthRoutes.sessionsRevokeOthers);
    expect(await others.json()).toEqual({ revoked: 1 });
    expect((await c.request(UsersRoutes.me)).status).toBe(401);
    expect((await a.request(UsersRoutes.me)).status).toBe(200);
    const events = SecurityEventsResponseSchema.parse(
      await json(await a.request(AuthRoutes.securityEvents)),
    ).events.map((e) => e.type);
    expect(events).toEqual(expect.arrayContaining(['session_revoked', 'sessions_revoked']));
  });

  it('a role change gives each session a new token on its next request, and is logged', async () => {
    const browser = new TestBrowser(t.app);
    const { session } = await registerAndVerify(browser, smtp);
    if (!session.authenticated) throw new Error('expected a session');
    const before = browser.sessionCookie!;
    const result = await changeRole(t.deps.auth, session.user.id, 'premium', {
      actorId: 'u_admin',
      context: { ip: '10.0.0.1', userAgent: 'admin console' },
    });
    expect(result).toEqual({ ok: true, value: { previous: 'free' } });
    const me = MeResponseSchema.parse(await json(await browser.request(UsersRoutes.me)));
    expect(me.role).toBe('premium');
    expect(browser.sessionCookie).not.toBe(before);
    // The pre-change token still works for a few seconds (requests in flight), then never again.
    now += 31_000;
    const old = await t.app.request(UsersRoutes.me, {
      headers: { Cookie: `__Host-cc_session=${before}` },
    });
    expect(old.status).toBe(401);
    const log = await t.deps.auth.securityLog.listRecent(20);
    expect(
      log.find((e) => e.type === 'role_changed' && e.userId === session.user.id),
    ).toMatchObject({ detail: 'free->premium', actorId: 'u_admin' });
  });

  it('deleting the account removes every key the server held for it', async () => {
    const browser = new TestBrowser(t.app);
    const { email, session } = await registerAndVerify(browser, smtp);
    if (!session.authenticated) throw new Error('expected a session');
    await enrolTotp(browser);
    // What the admin, token, notification and report features keep for an account goes too.
    await t.deps.auth.users.setRole(session.user.id, 'premium');
    await browser.request(UsersRoutes.me);
    expect((await browser.post('/api/tokens', { name: 'x', scopes: ['match'] })).status).toBe(201);
    const dueDay = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await browser.post('/api/reminders', { jobTitle: 'Role', due: dueDay })).status).toBe(
      201,
    );
    await browser.request('/api/notifications/preferences', {
      method: 'PUT',
      json: { kind: 'quota', enabled: false },
    });
    await new Promise((r) => setTimeout(r, 100));
    const keysBefore = await t.redis.client.keys(`${t.redis.prefix}*${session.user.id}*`);
    expect(keysBefore.length).toBeGreaterThan(3);
    const refused = await browser.request(UsersRoutes.me, {
      method: 'DELETE',
      json: { password: 'wrong password here' },
    });
    expect((await errorOf(refused)).code).toBe('wrong_password');
    const deleted = await browser.request(UsersRoutes.me, {
      method: 'DELETE',
      json: { password: STRONG_PASSWORD },
    });
    expect(await deleted.json()).toEqual({ status: 'deleted' });
    // Counters kept in memory (the delete request's own among them) are written before we look.
    await t.deps.traffic.flush();
    const left = await t.redis.client.keys(`${t.redis.prefix}*${session.user.id}*`);
    expect(left).toEqual([]);
    const due = await t.redis.client.zrange('reminders:due', 0, -1);
    expect(due.filter((m) => m.startsWith(session.user.id))).toEqual([]);
    expect(await t.redis.client.zscore('users:index', session.user.id)).toBeNull();
    expect((await browser.request(UsersRoutes.me)).status).toBe(401);
    const recent = await t.deps.auth.securityLog.listRecent(1000);
    expect(recent.filter((e) => e.userId === session.user.id)).toEqual([]);
    // The address is free again.
    await registerAndVerify(new TestBrowser(t.app), smtp, email);
  });
});
