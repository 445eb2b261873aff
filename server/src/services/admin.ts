// What admins do to accounts: find them, change roles, disable and re-enable (ending every session),
// resend a verification code; and the security log filtered by type, account and IP.
import {
  AccountStatus,
  type AdminSecurityEvent,
  type AdminUser,
  type AdminUsersResponse,
} from '@career-copilot/shared/api/admin';
import {
  SecurityEventType,
  type SecurityEventType as EventType,
} from '@career-copilot/shared/api/auth';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { ok, type Result } from '@career-copilot/shared/lib/result';
import type { AuthServices } from './auth-services';
import { checkAuthLimits, emailSubject } from './auth-limits';
import { fail, type Failure } from './failure';
import { normalizeEmail } from './redis-keys';
import { sendVerificationCode } from './registration';
import type { ClientContext } from './session-service';
import { UserStatus, type UserRecord } from './user-store';

export function accountStatus(user: UserRecord): AccountStatus {
  if (user.disabled) return AccountStatus.Disabled;
  return user.status === UserStatus.Pending ? AccountStatus.Pending : AccountStatus.Active;
}

export function toAdminUser(user: UserRecord): AdminUser {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    status: accountStatus(user),
    createdAt: user.createdAt,
    ...(user.lastLoginAt ? { lastLoginAt: user.lastLoginAt } : {}),
  };
}

/** Reads the account index in pages until `limit` accounts match (or the index ends). */
export async function searchUsers(
  s: AuthServices,
  query: {
    q?: string | undefined;
    role?: string | undefined;
    status?: string | undefined;
    offset: number;
    limit: number;
  },
): Promise<AdminUsersResponse> {
  const total = await s.users.count();
  const needle = query.q ? normalizeEmail(query.q) : '';
  const matches = (u: UserRecord) =>
    (!needle || normalizeEmail(u.email).includes(needle) || u.id === query.q) &&
    (!query.role || u.role === query.role) &&
    (!query.status || accountStatus(u) === query.status);
  const found: AdminUser[] = [];
  const batch = 200;
  let offset = query.offset;
  while (offset < total && found.length < query.limit) {
    const page = await s.users.list({ offset, limit: batch });
    let consumed = 0;
    for (const user of page) {
      consumed += 1;
      if (matches(user)) found.push(toAdminUser(user));
      if (found.length === query.limit) break;
    }
    // list() skips index entries whose profile expired, so a full page advances by the batch.
    offset += found.length === query.limit ? consumed : batch;
  }
  return { users: found, total, ...(offset < total ? { nextOffset: offset } : {}) };
}

type ByAdmin = { readonly actorId: string; readonly context: ClientContext };

export async function setAccountDisabled(
  s: AuthServices,
  userId: string,
  disabled: boolean,
  by: ByAdmin,
): Promise<Result<UserRecord, Failure>> {
  const user = await s.users.findById(userId);
  if (!user) return fail(ErrorCode.NotFound, 'There is no such account.');
  if (disabled && user.id === by.actorId) {
    return fail(ErrorCode.Conflict, 'You cannot disable your own account.');
  }
  await s.users.setDisabled(user.id, disabled);
  // Disabling ends every session at once, not only on the next request.
  const ended = disabled ? await s.sessions.revokeAll(user.id) : 0;
  await s.securityLog.record({
    type: disabled ? SecurityEventType.AccountDisabled : SecurityEventType.AccountEnabled,
    userId: user.id,
    actorId: by.actorId,
    ...(disabled ? { detail: `${ended} sessions ended` } : {}),
    ...by.context,
  });
  return ok({ ...user, disabled });
}

export async function adminResendVerification(
  s: AuthServices,
  userId: string,
): Promise<Result<void, Failure>> {
  const user = await s.users.findById(userId);
  if (!user) return fail(ErrorCode.NotFound, 'There is no such account.');
  if (user.status !== UserStatus.Pending) {
    return fail(ErrorCode.Conflict, 'This address is already verified.');
  }
  const limited = await checkAuthLimits(
    s,
    [['codeSendPerAccount', emailSubject(normalizeEmail(user.email))]],
    { global: false },
  );
  if (!limited.ok) return limited;
  await sendVerificationCode(s, user);
  return ok(undefined);
}

/** The newest matching events among the last `scan` entries of the global log. */
export async function searchSecurityEvents(
  s: AuthServices,
  filter: {
    type?: EventType | undefined;
    account?: string | undefined;
    ip?: string | undefined;
    limit: number;
  },
  scan = 10_000,
): Promise<AdminSecurityEvent[]> {
  let accountId: string | undefined;
  if (filter.account) {
    const byEmail = filter.account.includes('@')
      ? await s.users.findByEmail(filter.account)
      : await s.users.findById(filter.account);
    // An unknown account matches only events recorded under that literal id (deleted accounts).
    accountId = byEmail?.id ?? filter.account;
  }
  const entries = await s.securityLog.listRecent(scan);
  const picked = entries
    .filter(
      (e) =>
        (!filter.type || e.type === filter.type) &&
        (!accountId || e.userId === accountId || e.detail === accountId) &&
        (!filter.ip || e.ip.startsWith(filter.ip)),
    )
    .slice(0, filter.limit);
  const emails = new Map<string, string | undefined>();
  for (const id of new Set(picked.map((e) => e.userId).filter((x): x is string => !!x))) {
    emails.set(id, (await s.users.findById(id))?.email);
  }
  return picked.map((e) => {
    const email = e.userId ? emails.get(e.userId) : undefined;
    return {
      type: e.type,
      at: e.at,
      ip: e.ip,
      userAgent: e.userAgent,
      ...(e.detail ? { detail: e.detail } : {}),
      ...(e.userId ? { userId: e.userId } : {}),
      ...(email ? { email } : {}),
      ...(e.actorId ? { actorId: e.actorId } : {}),
    };
  });
}
