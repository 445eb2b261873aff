// Attack: hostile request bodies — oversized, malformed, the wrong type, and email headers smuggled
// into address fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthRoutes } from '@career-copilot/shared/api/auth';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import { startSmtpDouble, type SmtpDouble } from '../../../e2e/doubles/smtp';
import { STRONG_PASSWORD, uniqueEmail } from '../auth-flows';
import { buildTestApp, type TestApp } from '../harness';
import { TestBrowser } from '../test-browser';

let smtp: SmtpDouble;
let t: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  smtp = await startSmtpDouble();
  t = await buildTestApp({ smtp, config: { bodyLimitBytes: 16 * 1024 } });
  browser = new TestBrowser(t.app);
  await browser.open();
});
afterAll(async () => {
  await t.cleanup();
  await smtp.stop();
});

const errorOf = async (res: Response) => ApiErrorBodySchema.parse(await res.json()).error;
const raw = (path: string, body: string, type = 'application/json') =>
  browser.request(path, { method: 'POST', body, headers: { 'Content-Type': type } });

describe('hostile bodies', () => {
  it('refuses an oversized body with 413 before reading it into a handler', async () => {
    const huge = JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(20 * 1024) });
    const res = await raw(AuthRoutes.login, huge);
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
  });

  it('refuses a long password before hashing it (no hashing-cost attack)', async () => {
    const res = await browser.post(AuthRoutes.login, {
      email: 'a@b.co',
      password: 'x'.repeat(600),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/password: must be at most 128 characters/);
    expect(t.deps.auth.hasher.stats()).toEqual({ active: 0, queued: 0 });
  });

  it.each([
    ['{"email": "a@b.co", "password": ', 'invalid_json'],
    ['', 'invalid_json'],
    ['null', 'validation_failed'],
    ['[]', 'validation_failed'],
    ['"a string"', 'validation_failed'],
    ['{"email": 42, "password": true}', 'validation_failed'],
    ['{"__proto__": {"admin": true}, "email": "a@b.co"}', 'validation_failed'],
  ])('answers the malformed body %j with 400 %s', async (body, code) => {
    const res = await raw(AuthRoutes.login, body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await raw(
      AuthRoutes.login,
      'email=a@b.co&password=x',
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(415);
  });

  it.each([
    'victim@example.test\r\nBcc: attacker@evil.example',
    'victim@example.test\nSubject: hijacked',
    'victim@example.test%0d%0aBcc:attacker@evil.example',
    '"attacker@evil.example" <victim@example.test>',
    'victim@example.test, attacker@evil.example',
    `${'a'.repeat(250)}@example.test`,
  ])('refuses header injection and lists in the email field: %j', async (email) => {
    const after = smtp.mark();
    for (const path of [AuthRoutes.register, AuthRoutes.passwordForgot, AuthRoutes.login]) {
      const res = await browser.post(path, { email, password: STRONG_PASSWORD });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe('validation_failed');
    }
    await t.deps.auth.tasks.drain();
    expect(smtp.messages.slice(after)).toEqual([]);
  });

  it('sends mail to exactly the one address registered, with no injected headers', async () => {
    const email = uniqueEmail('plain');
    const after = smtp.mark();
    await browser.post(AuthRoutes.register, { email: `  ${email}  `, password: STRONG_PASSWORD });
    const mail = await smtp.waitFor(() => true, { after });
    expect(mail.to).toEqual([email]);
    expect(mail.raw).not.toMatch(/^Bcc:/im);
  });
});
