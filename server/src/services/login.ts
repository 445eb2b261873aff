// Sign-in: the password first (the same work and answer for unknown addresses), then a second factor
// on a challenge that allows 5 tries: an emailed code, a TOTP code, or a backup code.
import { MfaMethod, SecurityEventType, type LoginResponse } from '@career-copilot/shared/api/auth';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { ok, type Result } from '@career-copilot/shared/lib/result';
import { randomToken, sha256, unseal } from '../infra/secret-keys';
import { checkAuthLimits, emailSubject, ipSubject } from './auth-limits';
import type { AuthServices } from './auth-services';
import { hashBackupCode } from './backup-codes';
import { generateCode, MAX_CODE_ATTEMPTS } from './challenges';
import { fail, type Failure } from './failure';
import { BUSY_MESSAGE, sendVerificationCode } from './registration';
import { normalizeEmail, userKeys } from './redis-keys';
import type { ClientContext } from './session-service';
import { matchTotp } from './totp';
import { UserStatus, type UserRecord } from './user-store';

const WRONG_CREDENTIALS = 'The email or password is not right.';
/** Open sign-in challenges kept per account; older ones are dropped. */
const MAX_OPEN_CHALLENGES = 5;
const EXPIRED_SIGN_IN = 'This sign-in has expired. Please sign in again.';

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

function parseChallengeId(challengeId: string) {
  const [userId = '', secret = ''] = challengeId.split('.');
  return { userId, key: userKeys(userId).challenge(sha256(secret)) };
}

/**
 * The password step. `deviceId` is the browser's device cookie: a device that has completed a
 * sign-in to this account before gets a per-account budget of its own (OWASP's device cookies), so
 * someone guessing the password from elsewhere cannot lock the owner out of their own devices.
 */
export async function login(
  s: AuthServices,
  input: { email: string; password: string; deviceId?: string | undefined },
  context: ClientContext,
): Promise<Result<LoginResponse, Failure>> {
  const email = normalizeEmail(input.email);
  const user = await s.users.findByEmail(email);
  // The same Redis work with or without an account, so this step's timing tells nothing either.
  const knownDevice =
    input.deviceId !== undefined &&
    (await s.users.isKnownDevice(user?.id ?? 'u_nobody', input.deviceId)) &&
    user !== undefined;
  const accountBudget = knownDevice
    ? `${emailSubject(email)}:device:${sha256(input.deviceId!).slice(0, 16)}`
    : emailSubject(email);
  const limited = await checkAuthLimits(s, [
    ['loginPerIp', ipSubject(context.ip)],
    ['loginPerAccount', accountBudget],
  ]);
  if (!limited.ok) {
    if (limited.error.limit === 'loginPerAccount' && user) {
      // From the background: the answer must not take longer for a real account.
      s.tasks.run('log-lockout', () =>
        s.securityLog.record({
          type: SecurityEventType.RateLimited,
          userId: user.id,
          detail: 'login',
          ...context,
        }),
      );
    }
    return limited;
  }
  // An unknown address costs the same argon2 work as a known one, so timing tells nothing.
  const verified = await s.hasher.verify(user?.passwordHash, input.password);
  if (!verified.ok) return fail(ErrorCode.ServerBusy, BUSY_MESSAGE, 2);
  if (!user || !verified.value) {
    await s.securityLog.record({
      type: SecurityEventType.LoginFailed,
      userId: user?.id,
      detail: 'password',
      ...context,
    });
    return fail(ErrorCode.InvalidCredentials, WRONG_CREDENTIALS);
  }
  if (s.hasher.needsRehash(user.passwordHash)) {
    s.tasks.run('rehash', async () => {
      const hashed = await s.hasher.hash(input.password);
      if (hashed.ok) await s.users.setPasswordHash(user.id, hashed.value, { privilege: false });
    });
  }
  if (user.disabled) {
    // Only after the right password: a guesser learns nothing about the account.
    return fail(
      ErrorCode.Forbidden,
      'This account is disabled. If you think this is a mistake, reply to any email from us.',
    );
  }
  if (user.status === UserStatus.Pending) {
    const send = await checkAuthLimits(s, [['codeSendPerAccount', emailSubject(email)]], {
      global: false,
    });
    if (send.ok) await sendVerificationCode(s, user);
    return ok({ step: 'verify_email' });
  }

  const methods: MfaMethod[] = [user.totpSecret ? MfaMethod.Totp : MfaMethod.Email];
  if ((await s.users.countBackupCodes(user.id)) > 0) methods.push(MfaMethod.Backup);
  const secret = randomToken(32);
  const challengeId = `${user.id}.${secret}`;
  const { key } = parseChallengeId(challengeId);
  const code = methods.includes(MfaMethod.Email) ? generateCode() : undefined;
  const expiresAt = await s.challenges.open(key, {
    ...(code ? { code } : {}),
    fields: { uid: user.id, methods: methods.join(',') },
    index: userKeys(user.id).challenges,
    maxIndexed: MAX_OPEN_CHALLENGES,
  });
  if (code) s.mail.loginCode(user.email, code, context);
  return ok({
    step: 'mfa',
    challengeId,
    methods,
    ...(code ? { sentTo: maskEmail(user.email) } : {}),
    expiresAt: expiresAt.toISOString(),
  });
}

export type MfaInput =
  | { challengeId: string; method: 'email'; code: string }
  | { challengeId: string; method: 'totp'; code: string }
  | { challengeId: string; method: 'backup'; code: string };

/** Checks the second factor; on success the caller starts a session for the returned user. */
export async function completeMfa(
  s: AuthServices,
  input: MfaInput,
  context: ClientContext,
): Promise<Result<UserRecord, Failure>> {
  const { userId, key } = parseChallengeId(input.challengeId);
  const limited = await checkAuthLimits(s, [
    ['codePerIp', ipSubject(context.ip)],
    ['codePerAccount', userId],
  ]);
  if (!limited.ok) return limited;
  const attempt = await s.challenges.attempt(key);
  if (attempt.status === 'missing' || attempt.status === 'expired') {
    return fail(ErrorCode.CodeExpired, EXPIRED_SIGN_IN);
  }
  if (attempt.status === 'exhausted') {
    return fail(
      ErrorCode.CodeExpired,
      `That was ${MAX_CODE_ATTEMPTS} wrong codes, so this code no longer works. Ask for a new code, or sign in again.`,
    );
  }
  const methods = (attempt.fields.methods ?? '').split(',');
  if (attempt.fields.uid !== userId || !methods.includes(input.method)) {
    return fail(ErrorCode.BadRequest, 'That way of confirming is not available for this sign-in.');
  }
  const user = await s.users.findById(userId);
  if (!user || user.status !== UserStatus.Active || user.disabled) {
    return fail(ErrorCode.CodeExpired, EXPIRED_SIGN_IN);
  }
  const passed = await checkSecondFactor(s, user, input, key, attempt.fields);
  if (!passed) {
    await s.securityLog.record({
      type: SecurityEventType.MfaFailed,
      userId,
      detail: input.method,
      ...context,
    });
    const left = attempt.attemptsLeft;
    return fail(
      ErrorCode.InvalidCode,
      left > 0
        ? `That code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left.`
        : 'That code is not right, and that was the last try. Ask for a new code, or sign in again.',
    );
  }
  if (!(await s.challenges.complete(key, userKeys(userId).challenges))) {
    return fail(ErrorCode.CodeExpired, 'This sign-in was already used. Please sign in again.');
  }
  await s.users.recordLogin(userId);
  if (input.method === MfaMethod.Backup) {
    await s.securityLog.record({ type: SecurityEventType.BackupCodeUsed, userId, ...context });
  }
  await s.securityLog.record({
    type: SecurityEventType.LoginSucceeded,
    userId,
    detail: input.method,
    ...context,
  });
  return ok(user);
}

async function checkSecondFactor(
  s: AuthServices,
  user: UserRecord,
  input: MfaInput,
  key: string,
  fields: Readonly<Record<string, string>>,
): Promise<boolean> {
  switch (input.method) {
    case 'email':
      return s.challenges.codeMatches(key, fields, input.code);
    case 'totp': {
      const secret = user.totpSecret
        ? unseal(s.keys.secretBox, user.totpSecret, user.id)
        : undefined;
      if (!secret) return false;
      const step = matchTotp(secret, input.code, s.clock.now().getTime());
      // Each 30-second code works once, even within its window.
      return step !== undefined && (await s.users.acceptTotpStep(user.id, step));
    }
    case 'backup':
      return s.users.consumeBackupCode(user.id, hashBackupCode(s.keys, user.id, input.code));
  }
}

/** Emails a new code for an open sign-in challenge, with fresh tries. */
export async function resendLoginCode(
  s: AuthServices,
  input: { challengeId: string },
  context: ClientContext,
): Promise<Result<{ expiresAt: string; sentTo: string }, Failure>> {
  const { userId, key } = parseChallengeId(input.challengeId);
  const limited = await checkAuthLimits(s, [
    ['codePerIp', ipSubject(context.ip)],
    ['codeSendPerAccount', userId],
  ]);
  if (!limited.ok) return limited;
  const fields = await s.challenges.peek(key);
  if (!fields || fields.uid !== userId) return fail(ErrorCode.CodeExpired, EXPIRED_SIGN_IN);
  if (!(fields.methods ?? '').split(',').includes(MfaMethod.Email)) {
    return fail(
      ErrorCode.BadRequest,
      'This sign-in uses your authenticator app, not an emailed code.',
    );
  }
  const user = await s.users.findById(userId);
  const code = generateCode();
  const expiresAt = user ? await s.challenges.renew(key, code) : undefined;
  if (!user || !expiresAt) return fail(ErrorCode.CodeExpired, EXPIRED_SIGN_IN);
  s.mail.loginCode(user.email, code, context);
  return ok({ expiresAt: expiresAt.toISOString(), sentTo: maskEmail(user.email) });
}
