// The account flows as a user goes through them, for tests: register and verify, sign in with the
// emailed code. Codes are read from the mail the SMTP double received.
import {
  AuthRoutes,
  LoginResponseSchema,
  SessionResponseSchema,
  type LoginResponse,
  type SessionResponse,
} from '@career-copilot/shared/api/auth';
import type { SmtpDouble } from '../../e2e/doubles/smtp';
import type { TestBrowser } from './test-browser';

export const STRONG_PASSWORD = 'plum kettle orbit 7 lantern';
export const VERIFY_SUBJECT = /verification code/;
export const LOGIN_SUBJECT = /sign-in code/;
export const RESET_SUBJECT = /Reset your/;

let counter = 0;
/** A fresh address per call, so tests never share an account or a rate-limit budget. */
export function uniqueEmail(tag = 'user'): string {
  counter += 1;
  return `${tag}.${Date.now().toString(36)}.${counter}@example.test`;
}

async function expectOk(response: Response, what: string): Promise<unknown> {
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`${what} failed: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

export async function registerAndVerify(
  browser: TestBrowser,
  smtp: SmtpDouble,
  email = uniqueEmail(),
  password = STRONG_PASSWORD,
): Promise<{ email: string; password: string; session: SessionResponse }> {
  if (!browser.cookies.size) await browser.open();
  const after = smtp.mark();
  await expectOk(await browser.post(AuthRoutes.register, { email, password }), 'register');
  const code = await smtp.waitForCode(email, VERIFY_SUBJECT, { after });
  const session = SessionResponseSchema.parse(
    await expectOk(await browser.post(AuthRoutes.verifyEmail, { email, code }), 'verify'),
  );
  return { email, password, session };
}

export async function startLogin(
  browser: TestBrowser,
  email: string,
  password: string,
): Promise<LoginResponse> {
  if (!browser.cookies.size) await browser.open();
  return LoginResponseSchema.parse(
    await expectOk(await browser.post(AuthRoutes.login, { email, password }), 'login'),
  );
}

/** Password, then the emailed code: a full sign-in. */
export async function signIn(
  browser: TestBrowser,
  smtp: SmtpDouble,
  email: string,
  password = STRONG_PASSWORD,
): Promise<SessionResponse> {
  const after = smtp.mark();
  const step = await startLogin(browser, email, password);
  if (step.step !== 'mfa') throw new Error(`expected an MFA step, got ${step.step}`);
  const code = await smtp.waitForCode(email, LOGIN_SUBJECT, { after });
  return SessionResponseSchema.parse(
    await expectOk(
      await browser.post(AuthRoutes.loginMfa, {
        challengeId: step.challengeId,
        method: 'email',
        code,
      }),
      'mfa',
    ),
  );
}
