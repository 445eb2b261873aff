// How account records look in API responses (never with hashes, secrets or internal fields).
import type { AuthUser, SecurityEvent, SessionInfo } from '@career-copilot/shared/api/auth';
import type { AuthServices } from '../services/auth-services';
import type { SecurityLogEntry } from '../services/security-log';
import type { Session } from '../services/session-service';
import type { UserRecord } from '../services/user-store';

/** `backupCodesLeft` when already known (the session check reads it), else it is looked up. */
export async function toAuthUser(
  s: AuthServices,
  user: UserRecord,
  backupCodesLeft?: number,
): Promise<AuthUser> {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    createdAt: user.createdAt,
    mfa: {
      totp: user.totpSecret !== undefined,
      backupCodesLeft: backupCodesLeft ?? (await s.users.countBackupCodes(user.id)),
    },
  };
}

export function toSessionInfo(session: Session, currentTokenHash: string): SessionInfo {
  return {
    id: session.id,
    current: session.tokenHash === currentTokenHash,
    createdAt: new Date(session.createdAt).toISOString(),
    lastUsedAt: new Date(session.lastUsedAt).toISOString(),
    expiresAt: new Date(session.absoluteExpiresAt).toISOString(),
    ip: session.ip,
    userAgent: session.userAgent,
  };
}

export function toSecurityEvent(entry: SecurityLogEntry): SecurityEvent {
  return {
    type: entry.type,
    at: entry.at,
    ip: entry.ip,
    userAgent: entry.userAgent,
    ...(entry.detail ? { detail: entry.detail } : {}),
  };
}
