// Attack: guess passwords and one-time codes, reuse codes, use them late.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthRoutes, LoginResponseSchema } from '@career-copilot/shared/api/auth';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { DEFAULT_AUTH_LIMITS } from '../../src/services/auth-limits';
import {
  LOGIN_SUBJECT,
  registerAndVerify,
  RESET_SUBJECT,
  startLogin,
  STRONG_PASSWORD,
  uniqueEmail,
  VERIFY_SUBJECT,
} from '../auth-flows';
import { buildTestApp, type TestApp } from '../harness';
import { TestBrowser } from '../test-browser';

let smtp: SmtpDouble;
let t: TestApp;
let now = Date.now();
const clock = { now: () => new Date(now) };

beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({ smtp, clock });
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

const errorOf = async (res: Response) => ApiErrorBodySchema.parse(await res.json()).error;
let ipCounter = 10;
/** Each test attacks from its own address, so per-IP budgets do not leak between tests. */
const attacker = () => new TestBrowser(t.app, { ip: `203.0.113.${ipCounter++}` });

async function mfaChallenge(browser: TestBrowser, email: string) {
  const after = smtp.mark();
  const step = LoginResponseSchema.parse(await startLogin(browser, email, STRONG_PASSWORD));
  if (step.step !== 'mfa') throw new Error('expected mfa');
  const code = await smtp.waitForCode(email, LOGIN_SUBJECT, { after });
  return { challengeId: step.challengeId, code };
}

const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('password guessing', () => {
  it('stops at the per-account limit, with Retry-After, whether or not the account exists', async () => {
    const { email } = await registerAndVerify(new TestBrowser(t.app), smtp);
    const limit = DEFAULT_AUTH_LIMITS.loginPerAccount.limit;
    for (const target of [email, uniqueEmail('ghost')]) {
      const browser = attacker();
      await browser.open();
      const statuses: number[] = [];
      for (let i = 0; i < limit + 3; i++) {
        const res = await browser.post(AuthRoutes.login, {
          email: target,
          password: `guess number ${i}`,
        });
        statuses.push(res.status);
        if (res.status === 429) {
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(60);
          const error = await errorOf(res);
          expect(error.code).toBe('rate_limited');
          expect(error.retryAfter).toBe(Number(res.headers.get('retry-after')));
        } else {
          await res.arrayBuffer();
        }
      }
      expect(statuses).toEqual([...Array(limit).fill(401), 429, 429, 429]);
    }
    // Even the right password waits: the budget is spent before the password is checked.
    const owner = attacker();
    await owner.open();
    const blocked = await owner.post(AuthRoutes.login, { email, password: STRONG_PASSWORD });
    expect(blocked.status).toBe(429);
    const events = await t.deps.auth.securityLog.listRecent(200);
    expect(events.some((e) => e.type === 'rate_limited' && e.detail === 'login')).toBe(true);
  });

  it('a guessing attack does not lock the owner out of a device they signed in on before', async () => {
    const owner = attacker();
    const { email } = await registerAndVerify(owner, smtp);
    await owner.post(AuthRoutes.logout);
    const guesser = attacker();
    await guesser.open();
    for (let i = 0; i < DEFAULT_AUTH_LIMITS.loginPerAccount.limit + 1; i++) {
      await (await guesser.post(AuthRoutes.login, { email, password: `guess ${i}` })).arrayBuffer();
    }
    const locked = await guesser.post(AuthRoutes.login, { email, password: STRONG_PASSWORD });
    expect(locked.status).toBe(429);
    // The owner's browser carries the device cookie from its earlier sign-in: its own budget.
    const back = await owner.post(AuthRoutes.login, { email, password: STRONG_PASSWORD });
    expect(back.status).toBe(200);
    // A made-up device cookie is not a known device.
    const forger = attacker();
    await forger.open();
    forger.cookies.set('__Host-cc_device', 'A'.repeat(22));
    const forged = await forger.post(AuthRoutes.login, { email, password: STRONG_PASSWORD });
    expect(forged.status).toBe(429);
  });

  it('stops one address spraying many accounts at the per-IP limit', async () => {
    const browser = attacker();
    await browser.open();
    const limit = DEFAULT_AUTH_LIMITS.loginPerIp.limit;
    let passed = 0;
    for (let i = 0; i < limit + 5; i++) {
      const res = await browser.post(AuthRoutes.login, {
        email: uniqueEmail('spray'),
        password: 'summer holiday 2026',
      });
      if (res.status !== 429) passed++;
      await res.arrayBuffer();
    }
    expect(passed).toBe(limit);
  });
});

describe('one-time code guessing', () => {
  it('allows 5 wrong codes per challenge, then refuses even the right one', async () => {
    const { email } = await registerAndVerify(new TestBrowser(t.app), smtp);
    const browser = attacker();
    const { challengeId, code } = await mfaChallenge(browser, email);
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await browser.post(AuthRoutes.loginMfa, {
        challengeId,
        method: 'email',
        code: wrongCode(code),
      });
      answers.push((await errorOf(res)).message);
    }
    expect(answers[0]).toMatch(/4 tries left/);
    expect(answers[4]).toMatch(/last try/);
    const right = await browser.post(AuthRoutes.loginMfa, { challengeId, method: 'email', code });
    expect(right.status).toBe(410);
    expect((await errorOf(right)).code).toBe('code_expired');
    expect(browser.sessionCookie).toBeUndefined();

    // A new code (resend) gives fresh tries, and works.
    const after = smtp.mark();
    const resent = await browser.post(AuthRoutes.loginMfaResend, { challengeId });
    expect(resent.status).toBe(200);
    const fresh = await smtp.waitForCode(email, LOGIN_SUBJECT, { after });
    const ok = await browser.post(AuthRoutes.loginMfa, {
      challengeId,
      method: 'email',
      code: fresh,
    });
    expect(ok.status).toBe(200);
  });

  it('counts parallel guesses atomically: 50 at once still get only 5 tries', async () => {
    const { email } = await registerAndVerify(new TestBrowser(t.app), smtp);
    const browser = new TestBrowser(t.app, { ip: '203.0.113.250' });
    const { challengeId, code } = await mfaChallenge(browser, email);
    const guesses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        browser.post(AuthRoutes.loginMfa, {
          challengeId,
          method: 'email',
          code: String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'),
        }),
      ),
    );
    expect(guesses.every((r) => r.status >= 400)).toBe(true);
    const codes = await Promise.all(guesses.map(async (r) => (await errorOf(r)).code));
    // Exactly 5 were compared; the rest found the challenge spent or the account budget gone.
    expect(codes.filter((c) => c === 'invalid_code')).toHaveLength(5);
    expect(codes.filter((c) => c !== 'invalid_code').sort()).toEqual(
      expect.arrayContaining(['code_expired', 'rate_limited']),
    );
    expect(new Set(codes)).toEqual(new Set(['invalid_code', 'code_expired', 'rate_limited']));
  });

  it('the email verification code also stops at 5 wrong tries', async () => {
    const email = uniqueEmail('verify');
    const browser = attacker();
    await browser.open();
    const after = smtp.mark();
    await browser.post(AuthRoutes.register, { email, password: STRONG_PASSWORD });
    const code = await smtp.waitForCode(email, VERIFY_SUBJECT, { after });
    for (let i = 0; i < 5; i++) {
      const res = await browser.post(AuthRoutes.verifyEmail, { email, code: wrongCode(code) });
      expect((await errorOf(res)).code).toBe('invalid_code');
    }
    const right = await browser.post(AuthRoutes.verifyEmail, { email, code });
    expect((await errorOf(right)).code).toBe('code_expired');
  });
});

describe('code reuse and expiry', () => {
  it('a sign-in code works once', async () => {
    const { email } = await registerAndVerify(new TestBrowser(t.app), smtp);
    const browser = attacker();
    const { challengeId, code } = await mfaChallenge(browser, email);
    const first = await browser.post(AuthRoutes.loginMfa, { challengeId, method: 'email', code });
    expect(first.status).toBe(200);
    const thief = attacker();
    await thief.open();
    const second = await thief.post(AuthRoutes.loginMfa, { challengeId, method: 'email', code });
    expect((await errorOf(second)).code).toBe('code_expired');
    expect(thief.sessionCookie).toBeUndefined();
  });

  it('a verification code works once', async () => {
    const browser = attacker();
    const { email } = await registerAndVerify(browser, smtp);
    const code = await smtp.waitForCode(email, VERIFY_SUBJECT);
    const other = attacker();
    await other.open();
    const reused = await other.post(AuthRoutes.verifyEmail, { email, code });
    expect((await errorOf(reused)).code).toBe('invalid_code');
    expect(other.sessionCookie).toBeUndefined();
  });

  it('codes expire after 10 minutes: sign-in, reset', async () => {
    const { email } = await registerAndVerify(new TestBrowser(t.app), smtp);
    const browser = attacker();
    const { challengeId, code } = await mfaChallenge(browser, email);
    await browser.open();
    const after = smtp.mark();
    await browser.post(AuthRoutes.passwordForgot, { email });
    const resetCode = await smtp.waitForCode(email, RESET_SUBJECT, { after });

    now += 10 * 60 * 1000 + 1000;
    const late = await browser.post(AuthRoutes.loginMfa, { challengeId, method: 'email', code });
    expect((await errorOf(late)).code).toBe('code_expired');
    const lateReset = await browser.post(AuthRoutes.passwordReset, {
      email,
      code: resetCode,
      newPassword: 'a brand new passphrase',
    });
    expect((await errorOf(lateReset)).code).toBe('code_expired');
  });
});
