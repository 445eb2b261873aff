// Attack: read the logs and a dump of Redis after a busy account life, looking for passwords, codes,
// tokens and secrets. The security log must still tell the whole story.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthRoutes,
  BackupCodesResponseSchema,
  LoginResponseSchema,
  TotpSetupResponseSchema,
} from '@career-copilot/shared/api/auth';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { changeRole } from '../../src/services/account-security';
import { base32Decode, totpAt } from '../../src/services/totp';
import {
  LOGIN_SUBJECT,
  registerAndVerify,
  RESET_SUBJECT,
  startLogin,
  STRONG_PASSWORD,
  VERIFY_SUBJECT,
} from '../auth-flows';
import { buildTestApp, type TestApp } from '../harness';
import { TestBrowser } from '../test-browser';

let smtp: SmtpDouble;
let t: TestApp;
const secrets: string[] = [];
const codes: string[] = [];
let userId = '';

async function dumpRedis(): Promise<string[]> {
  const r = t.redis.client;
  const values: string[] = [];
  for (const full of await r.keys(`${t.redis.prefix}*`)) {
    const key = full.slice(t.redis.prefix.length);
    values.push(key);
    const type = await r.type(key);
    if (type === 'string') values.push((await r.get(key)) ?? '');
    if (type === 'hash') values.push(...Object.entries(await r.hgetall(key)).flat());
    if (type === 'list') values.push(...(await r.lrange(key, 0, -1)));
    if (type === 'set') values.push(...(await r.smembers(key)));
    if (type === 'zset') values.push(...(await r.zrange(key, 0, -1)));
    if (type === 'stream') {
      for (const [, fields] of await r.xrange(key, '-', '+')) values.push(...fields);
    }
  }
  return values;
}

beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({ smtp });
  const browser = new TestBrowser(t.app);
  const { email, session } = await registerAndVerify(browser, smtp);
  if (!session.authenticated) throw new Error('expected a session');
  userId = session.user.id;
  secrets.push(STRONG_PASSWORD, browser.sessionCookie!.split('.')[1]!);
  codes.push(await smtp.waitForCode(email, VERIFY_SUBJECT));

  // A wrong password, a wrong code, then a good sign-in on a second device.
  const phone = new TestBrowser(t.app, { ip: '198.51.100.90' });
  await phone.open();
  await phone.post(AuthRoutes.login, { email, password: 'not the password at all' });
  const after = smtp.mark();
  const step = LoginResponseSchema.parse(await startLogin(phone, email, STRONG_PASSWORD));
  if (step.step !== 'mfa') throw new Error('expected mfa');
  secrets.push(step.challengeId.split('.')[1]!);
  const loginCode = await smtp.waitForCode(email, LOGIN_SUBJECT, { after });
  codes.push(loginCode);
  await phone.post(AuthRoutes.loginMfa, {
    challengeId: step.challengeId,
    method: 'email',
    code: String((Number(loginCode) + 1) % 1e6).padStart(6, '0'),
  });
  await phone.post(AuthRoutes.loginMfa, {
    challengeId: step.challengeId,
    method: 'email',
    code: loginCode,
  });
  secrets.push(phone.sessionCookie!.split('.')[1]!);

  // Authenticator app and backup codes.
  const setup = TotpSetupResponseSchema.parse(
    await (await browser.post(AuthRoutes.totpSetup)).json(),
  );
  const totpSecret = base32Decode(setup.secret)!;
  secrets.push(setup.secret.replace(/ /g, ''), totpSecret.toString('base64url'));
  const enabled = await browser.post(AuthRoutes.totpEnable, {
    code: totpAt(totpSecret, Date.now()),
  });
  const backup = BackupCodesResponseSchema.parse(await enabled.json()).codes;
  secrets.push(...backup, ...backup.map((c) => c.replace('-', '')));

  // Reset the password from a third place, revoke, change role, log out.
  const stranger = new TestBrowser(t.app, { ip: '203.0.113.91' });
  await stranger.open();
  const resetAfter = smtp.mark();
  await stranger.post(AuthRoutes.passwordForgot, { email });
  const resetCode = await smtp.waitForCode(email, RESET_SUBJECT, { after: resetAfter });
  codes.push(resetCode);
  const newPassword = 'quiet river 9 bookshelf';
  secrets.push(newPassword);
  await stranger.post(AuthRoutes.passwordReset, { email, code: resetCode, newPassword });
  await changeRole(t.deps.auth, userId, 'tester', {
    actorId: 'u_admin0000000000',
    context: { ip: '10.0.0.2', userAgent: 'admin' },
  });
  await t.deps.auth.tasks.drain();
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

const containsCode = (text: string, code: string) =>
  new RegExp(`(^|[^0-9])${code}([^0-9]|$)`).test(text);

describe('no secrets at rest or in logs', () => {
  it('Redis holds no password, token, challenge secret, TOTP secret, backup code or code', async () => {
    const values = await dumpRedis();
    expect(values.length).toBeGreaterThan(20);
    for (const secret of secrets) {
      expect(
        values.filter((v) => v.includes(secret)),
        secret,
      ).toEqual([]);
    }
    for (const code of codes) {
      expect(
        values.filter((v) => containsCode(v, code)),
        code,
      ).toEqual([]);
    }
  });

  it('the server log and the security log hold none of them either', async () => {
    const logs = [
      ...t.logger.lines.map((l) => JSON.stringify(l)),
      ...(await t.deps.auth.securityLog.listRecent(1000)).map((e) => JSON.stringify(e)),
    ];
    for (const secret of secrets) expect(logs.filter((l) => l.includes(secret))).toEqual([]);
    for (const code of codes) expect(logs.filter((l) => containsCode(l, code))).toEqual([]);
  });

  it('the security log records every event with time, account, IP and user agent', async () => {
    const events = await t.deps.auth.securityLog.listForUser(userId, 200);
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'registered',
      'email_verified',
      'login_failed',
      'mfa_failed',
      'login_succeeded',
      'new_device',
      'totp_enabled',
      'password_reset_requested',
      'password_reset',
      'role_changed',
    ]) {
      expect(types, type).toContain(type);
    }
    for (const event of events) {
      expect(event.at).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(event.userId).toBe(userId);
      expect(event.ip).not.toBe('');
      expect(event.userAgent).not.toBe('');
    }
    expect(events.find((e) => e.type === 'login_failed')?.ip).toBe('198.51.100.90');
  });
});
