// Password reset by an emailed single-use code (also sent as a link) that expires in 10 minutes.
// Asking answers at once whatever the address; the lookup and the mail happen afterwards.
import { SecurityEventType } from '@career-copilot/shared/api/auth';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { PASSWORD_PROBLEM_MESSAGES } from '@career-copilot/shared/auth/password-policy';
import { ok, type Result } from '@career-copilot/shared/lib/result';
import { checkAuthLimits, emailSubject, ipSubject } from './auth-limits';
import { recordSecurityChange } from './account-security';
import { SecurityAlert } from './auth-mail';
import type { AuthServices } from './auth-services';
import { generateCode } from './challenges';
import { fail, type Failure } from './failure';
import { findPasswordProblem } from './password-rules';
import { normalizeEmail, userKeys } from './redis-keys';
import { BUSY_MESSAGE } from './registration';
import type { ClientContext } from './session-service';
import { UserStatus } from './user-store';

const WRONG_CODE = 'That reset code is not right. Check the newest email from us.';
const STALE_CODE =
  'This reset code has expired, was used, or was tried too many times. Ask for a new one.';

export async function requestPasswordReset(
  s: AuthServices,
  input: { email: string },
  context: ClientContext,
): Promise<Result<void, Failure>> {
  const email = normalizeEmail(input.email);
  const limited = await checkAuthLimits(s, [
    ['resetPerIp', ipSubject(context.ip)],
    ['resetPerEmail', emailSubject(email)],
  ]);
  if (!limited.ok) return limited;
  s.tasks.run('password-reset-request', async () => {
    const user = await s.users.findByEmail(email);
    if (user?.status !== UserStatus.Active) return;
    const code = generateCode();
    await s.challenges.open(userKeys(user.id).code('reset'), { code });
    s.mail.passwordReset(user.email, code, context);
    await s.securityLog.record({
      type: SecurityEventType.PasswordResetRequested,
      userId: user.id,
      ...context,
    });
  });
  return ok(undefined);
}

/** Sets the new password and ends every session of the account; it does not sign anyone in. */
export async function resetPassword(
  s: AuthServices,
  input: { email: string; code: string; newPassword: string },
  context: ClientContext,
): Promise<Result<void, Failure>> {
  const email = normalizeEmail(input.email);
  const limited = await checkAuthLimits(s, [
    ['codePerIp', ipSubject(context.ip)],
    ['codePerAccount', emailSubject(email)],
  ]);
  if (!limited.ok) return limited;
  const problem = findPasswordProblem(input.newPassword, email, s.commonPasswords);
  if (problem) return fail(ErrorCode.WeakPassword, PASSWORD_PROBLEM_MESSAGES[problem]);
  const user = await s.users.findByEmail(email);
  if (!user || user.status !== UserStatus.Active) return fail(ErrorCode.InvalidCode, WRONG_CODE);
  const key = userKeys(user.id).code('reset');
  const attempt = await s.challenges.attempt(key);
  if (attempt.status !== 'open') return fail(ErrorCode.CodeExpired, STALE_CODE);
  if (!s.challenges.codeMatches(key, attempt.fields, input.code)) {
    return fail(ErrorCode.InvalidCode, WRONG_CODE);
  }
  // Hash before using up the code: if the server is too busy, the code still works on a retry.
  const hashed = await s.hasher.hash(input.newPassword);
  if (!hashed.ok) return fail(ErrorCode.ServerBusy, BUSY_MESSAGE, 2);
  if (!(await s.challenges.complete(key))) return fail(ErrorCode.CodeExpired, STALE_CODE);
  await s.users.setPasswordHash(user.id, hashed.value, { privilege: true });
  await s.sessions.revokeAll(user.id);
  // Half-finished sign-ins began with the old password; they end too.
  await s.challenges.removeIndexed(userKeys(user.id).challenges);
  await recordSecurityChange(
    s,
    user,
    SecurityEventType.PasswordReset,
    SecurityAlert.PasswordReset,
    context,
  );
  return ok(undefined);
}
