import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTH_COOKIES,
  AuthRoutes,
  SessionListResponseSchema,
  SessionResponseSchema,
} from '@career-copilot/shared/api/auth';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import { MeResponseSchema, UsersRoutes } from '@career-copilot/shared/api/users';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import {
  LOGIN_SUBJECT,
  registerAndVerify,
  signIn,
  startLogin,
  STRONG_PASSWORD,
  uniqueEmail,
  VERIFY_SUBJECT,
} from '../../test/auth-flows';
import { buildTestApp, type TestApp } from '../../test/harness';
import { TestBrowser } from '../../test/test-browser';

let smtp: SmtpDouble;
let t: TestApp;
beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({ smtp });
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

const errorCode = async (res: Response) => ApiErrorBodySchema.parse(await res.json()).error.code;

describe('register, verify, sign in', () => {
  it('creates a pending account, verifies it with the emailed code and signs in', async () => {
    const browser = new TestBrowser(t.app);
    const opened = SessionResponseSchema.parse(await (await browser.open()).json());
    expect(opened.authenticated).toBe(false);
    expect(browser.cookies.get(AUTH_COOKIES.csrf)).toBe(opened.csrfToken);

    const email = uniqueEmail('Jane.Doe');
    const after = smtp.mark();
    const res = await browser.post(AuthRoutes.register, { email, password: STRONG_PASSWORD });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ status: 'accepted' });
    const mail = await smtp.waitFor((m) => VERIFY_SUBJECT.test(m.subject), { after });
    expect(mail.to).toEqual([email.toLowerCase()]);
    expect(mail.html).toContain('Confirm your email address');
    expect(mail.text).toMatch(/expires in 10 minutes/);

    // Pending: the password alone does not sign in, it sends a fresh code instead.
    await smtp.waitFor((m) => m.to.includes(email.toLowerCase()), { after });
    const resent = smtp.mark();
    const pending = await startLogin(new TestBrowser(t.app), email, STRONG_PASSWORD);
    expect(pending).toEqual({ step: 'verify_email' });
    const code = await smtp.waitForCode(email, VERIFY_SUBJECT, { after: resent });
    // The first code was replaced by the new one.
    const first = await smtp.waitForCode(email, VERIFY_SUBJECT, { after });
    if (first !== code) {
      const stale = await browser.post(AuthRoutes.verifyEmail, { email, code: first });
      expect(await errorCode(stale)).toBe('invalid_code');
    }

    const verified = await browser.post(AuthRoutes.verifyEmail, { email, code });
    expect(verified.status).toBe(200);
    const session = SessionResponseSchema.parse(await verified.json());
    expect(session).toMatchObject({ authenticated: true, user: { role: 'free' } });
    expect(browser.sessionCookie).toMatch(/^u_[a-z0-9]{16}\.[A-Za-z0-9_-]{43}$/);

    const me = await browser.request(UsersRoutes.me);
    expect(MeResponseSchema.parse(await me.json())).toMatchObject({
      email,
      mfa: { totp: false, backupCodesLeft: 0 },
    });
  });

  it('sets the session cookie __Host-, HttpOnly, Secure, SameSite=Lax, with no caching', async () => {
    const browser = new TestBrowser(t.app);
    await browser.open();
    const { email } = await registerAndVerify(browser, smtp);
    const fresh = new TestBrowser(t.app);
    await fresh.open();
    const after = smtp.mark();
    const step = await startLogin(fresh, email, STRONG_PASSWORD);
    if (step.step !== 'mfa') throw new Error('expected mfa');
    expect(step.methods).toEqual(['email']);
    expect(step.sentTo).toMatch(/^u•••@example\.test$/);
    const code = await smtp.waitForCode(email, LOGIN_SUBJECT, { after });
    const res = await fresh.post(AuthRoutes.loginMfa, {
      challengeId: step.challengeId,
      method: 'email',
      code,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith(`${AUTH_COOKIES.session}=`)) ?? '';
    expect(session).toMatch(/; Path=\//);
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toMatch(/; Max-Age=43200/);
    expect(session).not.toMatch(/Domain=/i);
    const csrf = cookies.find((c) => c.startsWith(`${AUTH_COOKIES.csrf}=`)) ?? '';
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(csrf).toMatch(/; Secure/);
  });

  it('lists devices, and logging out kills the session on the server', async () => {
    const laptop = new TestBrowser(t.app, { ip: '198.51.100.20' });
    const { email } = await registerAndVerify(laptop, smtp);
    const phone = new TestBrowser(t.app, {
      ip: '198.51.100.21',
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    });
    await signIn(phone, smtp, email);
    const list = SessionListResponseSchema.parse(
      await (await laptop.request(AuthRoutes.sessions)).json(),
    );
    expect(list.sessions).toHaveLength(2);
    expect(list.sessions.find((s) => s.current)?.ip).toBe('198.51.100.20');
    expect(list.sessions.find((s) => !s.current)).toMatchObject({
      ip: '198.51.100.21',
      userAgent: expect.stringContaining('iPhone'),
    });

    const stolen = phone.sessionCookie!;
    const out = await phone.post(AuthRoutes.logout);
    expect(out.status).toBe(200);
    expect(phone.sessionCookie).toBeUndefined();
    // The old cookie, replayed, is dead: logout ended it on the server, not just in the browser.
    const replay = await t.app.request(UsersRoutes.me, {
      headers: { Cookie: `${AUTH_COOKIES.session}=${stolen}` },
    });
    expect(replay.status).toBe(401);
    expect(await errorCode(replay)).toBe('unauthenticated');
  });
});
