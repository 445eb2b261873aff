// What a signed-in user changes about their own security: password, authenticator app (TOTP), backup
// codes, role (by an admin or billing), and deleting the account with everything the server keeps.
import QRCode from 'qrcode';
import { SecurityEventType, type Role } from '@career-copilot/shared/api/auth';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { PASSWORD_PROBLEM_MESSAGES } from '@career-copilot/shared/auth/password-policy';
import { ok, type Result } from '@career-copilot/shared/lib/result';
import { seal, unseal } from '../infra/secret-keys';
import { checkAuthLimits, PER_USER_BUDGETS, SESSION_BUDGETS } from './auth-limits';
import { SecurityAlert } from './auth-mail';
import type { AuthServices } from './auth-services';
import { generateBackupCodes, hashBackupCode } from './backup-codes';
import { CODE_TTL_SECONDS } from './challenges';
import { fail, type Failure } from './failure';
import { findPasswordProblem } from './password-rules';
import { aiUsageDays } from './ai-quota';
import { userKeys } from './redis-keys';
import { BUSY_MESSAGE } from './registration';
import type { ClientContext, Session } from './session-service';
import { base32Encode, generateTotpSecret, matchTotp, otpauthUrl } from './totp';
import type { UserRecord } from './user-store';

/** A change to the account's security: in the security log, and an alert to the owner's inbox. */
export async function recordSecurityChange(
  s: AuthServices,
  user: UserRecord,
  type: SecurityEventType,
  alert: SecurityAlert,
  context: ClientContext,
): Promise<void> {
  await s.securityLog.record({ type, userId: user.id, ...context });
  s.mail.securityAlert(user.email, alert, context);
}

/** Sensitive changes ask for the password again (rate limited per account). */
export async function reauthenticate(
  s: AuthServices,
  user: UserRecord,
  password: string,
  context: ClientContext,
): Promise<Result<void, Failure>> {
  const limited = await checkAuthLimits(s, [['reauthPerUser', user.id]], { global: false });
  if (!limited.ok) return limited;
  const verified = await s.hasher.verify(user.passwordHash, password);
  if (!verified.ok) return fail(ErrorCode.ServerBusy, BUSY_MESSAGE, 2);
  if (!verified.value) {
    await s.securityLog.record({
      type: SecurityEventType.LoginFailed,
      userId: user.id,
      detail: 'reauthentication',
      ...context,
    });
    return fail(ErrorCode.WrongPassword, 'That is not your current password.');
  }
  return ok(undefined);
}

/** Changes the password and ends every other session; the caller rotates the current one. */
export async function changePassword(
  s: AuthServices,
  user: UserRecord,
  session: Session,
  input: { currentPassword: string; newPassword: string },
  context: ClientContext,
): Promise<Result<void, Failure>> {
  const reauth = await reauthenticate(s, user, input.currentPassword, context);
  if (!reauth.ok) return reauth;
  const problem = findPasswordProblem(input.newPassword, user.email, s.commonPasswords);
  if (problem) return fail(ErrorCode.WeakPassword, PASSWORD_PROBLEM_MESSAGES[problem]);
  const hashed = await s.hasher.hash(input.newPassword);
  if (!hashed.ok) return fail(ErrorCode.ServerBusy, BUSY_MESSAGE, 2);
  await s.users.setPasswordHash(user.id, hashed.value, { privilege: true });
  await s.sessions.revokeAll(user.id, session.tokenHash);
  await s.challenges.removeIndexed(userKeys(user.id).challenges);
  await recordSecurityChange(
    s,
    user,
    SecurityEventType.PasswordChanged,
    SecurityAlert.PasswordChanged,
    context,
  );
  return ok(undefined);
}

export async function startTotpSetup(
  s: AuthServices,
  user: UserRecord,
): Promise<Result<{ secret: string; otpauthUrl: string; qrDataUrl: string }, Failure>> {
  if (user.totpSecret) {
    return fail(
      ErrorCode.Conflict,
      'The authenticator app is already on. Turn it off first to move it.',
    );
  }
  const secret = generateTotpSecret();
  // Pending until the user proves their app has it; sealed like the real one.
  await s.users.setPendingTotp(
    user.id,
    seal(s.keys.secretBox, secret, `${user.id}:pending`),
    CODE_TTL_SECONDS,
  );
  const url = otpauthUrl({ secret, account: user.email, issuer: s.issuer });
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return ok({
    secret: base32Encode(secret)
      .replace(/(.{4})/g, '$1 ')
      .trim(),
    otpauthUrl: url,
    qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  });
}

/** Turns TOTP on once the app shows a right code; returns a fresh set of backup codes. */
export async function enableTotp(
  s: AuthServices,
  user: UserRecord,
  code: string,
  context: ClientContext,
): Promise<Result<{ codes: string[] }, Failure>> {
  const limited = await checkAuthLimits(s, [['codePerAccount', user.id]], { global: false });
  if (!limited.ok) return limited;
  if (user.totpSecret) return fail(ErrorCode.Conflict, 'The authenticator app is already on.');
  const sealed = await s.users.getPendingTotp(user.id);
  const secret = sealed ? unseal(s.keys.secretBox, sealed, `${user.id}:pending`) : undefined;
  if (!secret) {
    return fail(ErrorCode.CodeExpired, 'The setup took longer than 10 minutes. Start it again.');
  }
  const step = matchTotp(secret, code, s.clock.now().getTime());
  if (step === undefined) {
    return fail(
      ErrorCode.InvalidCode,
      'That code is not right. Check that the app shows "Career Copilot" and that your device clock is correct.',
    );
  }
  await s.users.setTotpSecret(user.id, seal(s.keys.secretBox, secret, user.id));
  await s.users.acceptTotpStep(user.id, step);
  await s.users.clearPendingTotp(user.id);
  const codes = await replaceBackupCodes(s, user);
  await recordSecurityChange(
    s,
    user,
    SecurityEventType.TotpEnabled,
    SecurityAlert.TotpEnabled,
    context,
  );
  return ok({ codes });
}

export async function disableTotp(
  s: AuthServices,
  user: UserRecord,
  password: string,
  context: ClientContext,
): Promise<Result<void, Failure>> {
  const reauth = await reauthenticate(s, user, password, context);
  if (!reauth.ok) return reauth;
  if (!user.totpSecret) return fail(ErrorCode.Conflict, 'The authenticator app is already off.');
  await s.users.setTotpSecret(user.id, undefined);
  await recordSecurityChange(
    s,
    user,
    SecurityEventType.TotpDisabled,
    SecurityAlert.TotpDisabled,
    context,
  );
  return ok(undefined);
}

async function replaceBackupCodes(s: AuthServices, user: UserRecord): Promise<string[]> {
  const codes = generateBackupCodes();
  await s.users.replaceBackupCodes(
    user.id,
    codes.map((code) => hashBackupCode(s.keys, user.id, code)),
  );
  return codes;
}

export async function regenerateBackupCodes(
  s: AuthServices,
  user: UserRecord,
  password: string,
  context: ClientContext,
): Promise<Result<{ codes: string[] }, Failure>> {
  const reauth = await reauthenticate(s, user, password, context);
  if (!reauth.ok) return reauth;
  const codes = await replaceBackupCodes(s, user);
  await recordSecurityChange(
    s,
    user,
    SecurityEventType.BackupCodesGenerated,
    SecurityAlert.BackupCodesGenerated,
    context,
  );
  return ok({ codes });
}

/**
 * Sets a user's role (admin area, billing webhooks). The epoch bump makes each of the user's
 * sessions take a new token on its next request; the change is in the security log with its actor.
 */
export async function changeRole(
  s: AuthServices,
  userId: string,
  role: Role,
  by: { actorId: string | undefined; context: ClientContext },
): Promise<Result<{ previous: Role }, Failure>> {
  const user = await s.users.findById(userId);
  if (!user) return fail(ErrorCode.NotFound, 'There is no such account.');
  if (user.role !== role) await s.users.setRole(user.id, role);
  await s.securityLog.record({
    type: SecurityEventType.RoleChanged,
    userId: user.id,
    detail: `${user.role}->${role}`,
    ...by.context,
    ...(by.actorId ? { actorId: by.actorId } : {}),
  });
  return ok({ previous: user.role });
}

/** Deletes the account and every key the server holds for it, after the password is confirmed. */
export async function deleteAccount(
  s: AuthServices,
  user: UserRecord,
  password: string,
  context: ClientContext,
): Promise<Result<void, Failure>> {
  const reauth = await reauthenticate(s, user, password, context);
  if (!reauth.ok) return reauth;
  await s.sessions.revokeAll(user.id);
  await s.challenges.removeIndexed(userKeys(user.id).challenges);
  await s.securityLog.deleteForUser(user.id);
  await s.users.deleteUser(user, [
    s.sessions.indexKey(user.id),
    userKeys(user.id).apiTokens,
    userKeys(user.id).reminders,
    userKeys(user.id).unsubscribed,
    ...SESSION_BUDGETS.map((name) => userKeys(user.id).budget(name)),
    userKeys(user.id).aiMinute,
    userKeys(user.id).billing,
    ...aiUsageDays(s.clock.now()).map((day) => userKeys(user.id).aiDay(day)),
  ]);
  await Promise.all(PER_USER_BUDGETS.map((name) => s.limiter.reset(`${name}:${user.id}`)));
  // Kept without IP or device: only that an account id existed and was deleted, for audits.
  await s.securityLog.record({
    type: SecurityEventType.AccountDeleted,
    userId: undefined,
    ip: '',
    userAgent: '',
    detail: user.id,
  });
  s.mail.securityAlert(user.email, SecurityAlert.AccountDeleted, context);
  return ok(undefined);
}
