// Registration and email verification. The answer never depends on whether the address already has
// an account: the password is always hashed, and a mail always goes out (a code, or "you already
// have an account"), from the background.
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { SecurityEventType } from '@career-copilot/shared/api/auth';
import { PASSWORD_PROBLEM_MESSAGES } from '@career-copilot/shared/auth/password-policy';
import { ok, type Result } from '@career-copilot/shared/lib/result';
import { checkAuthLimits, emailSubject, ipSubject } from './auth-limits';
import type { AuthServices } from './auth-services';
import { generateCode } from './challenges';
import { fail, type Failure } from './failure';
import { findPasswordProblem } from './password-rules';
import { normalizeEmail, userKeys } from './redis-keys';
import type { ClientContext } from './session-service';
import { UserStatus, type UserRecord } from './user-store';

export const BUSY_MESSAGE =
  'The server is busy checking other passwords. Please try again in a few seconds.';
const WRONG_CODE = 'That code is not right. Check the newest email from us, or ask for a new code.';
const STALE_CODE =
  'This code has expired or was tried too many times. Ask for a new code and use the newest email.';

export async function sendVerificationCode(s: AuthServices, user: UserRecord): Promise<void> {
  const code = generateCode();
  await s.challenges.open(userKeys(user.id).code('verify'), { code });
  s.mail.verification(user.email, code);
}

export async function register(
  s: AuthServices,
  input: { email: string; password: string },
  context: ClientContext,
): Promise<Result<void, Failure>> {
  const email = normalizeEmail(input.email);
  const limited = await checkAuthLimits(s, [
    ['registerPerIp', ipSubject(context.ip)],
    ['registerPerEmail', emailSubject(email)],
  ]);
  if (!limited.ok) return limited;
  const problem = findPasswordProblem(input.password, email, s.commonPasswords);
  if (problem) return fail(ErrorCode.WeakPassword, PASSWORD_PROBLEM_MESSAGES[problem]);
  const hashed = await s.hasher.hash(input.password);
  if (!hashed.ok) return fail(ErrorCode.ServerBusy, BUSY_MESSAGE, 2);

  const created = await s.users.create({ email: input.email, passwordHash: hashed.value });
  if (created.ok) {
    await sendVerificationCode(s, created.value);
    await s.securityLog.record({
      type: SecurityEventType.Registered,
      userId: created.value.id,
      ...context,
    });
    return ok(undefined);
  }
  const existing = created.error.existing;
  if (existing.status === UserStatus.Pending) {
    // Nobody has proven this address yet, so the newest registration wins.
    await s.users.replacePending(existing, hashed.value);
    await sendVerificationCode(s, existing);
  } else {
    s.mail.accountExists(existing.email);
  }
  return ok(undefined);
}

/** Checks the emailed code; on success the account is active and the caller starts a session. */
export async function verifyEmail(
  s: AuthServices,
  input: { email: string; code: string },
  context: ClientContext,
): Promise<Result<UserRecord, Failure>> {
  const email = normalizeEmail(input.email);
  const limited = await checkAuthLimits(s, [
    ['codePerIp', ipSubject(context.ip)],
    ['codePerAccount', emailSubject(email)],
  ]);
  if (!limited.ok) return limited;
  const user = await s.users.findByEmail(email);
  if (!user || user.status !== UserStatus.Pending) return fail(ErrorCode.InvalidCode, WRONG_CODE);
  const key = userKeys(user.id).code('verify');
  const attempt = await s.challenges.attempt(key);
  if (attempt.status !== 'open') return fail(ErrorCode.CodeExpired, STALE_CODE);
  if (!s.challenges.codeMatches(key, attempt.fields, input.code)) {
    return fail(ErrorCode.InvalidCode, WRONG_CODE);
  }
  if (!(await s.challenges.complete(key))) return fail(ErrorCode.CodeExpired, STALE_CODE);
  await s.users.activate(user);
  await s.securityLog.record({
    type: SecurityEventType.EmailVerified,
    userId: user.id,
    ...context,
  });
  return ok({ ...user, status: UserStatus.Active });
}

/** A new verification code, if the address has an unverified account; the same answer otherwise. */
export async function resendVerification(
  s: AuthServices,
  input: { email: string },
  context: ClientContext,
): Promise<Result<void, Failure>> {
  const email = normalizeEmail(input.email);
  const limited = await checkAuthLimits(s, [
    ['codePerIp', ipSubject(context.ip)],
    ['codeSendPerAccount', emailSubject(email)],
  ]);
  if (!limited.ok) return limited;
  s.tasks.run('resend-verification', async () => {
    const user = await s.users.findByEmail(email);
    if (user?.status === UserStatus.Pending) await sendVerificationCode(s, user);
  });
  return ok(undefined);
}
