// The security page's state: devices, recent security events, authenticator setup in progress and
// backup codes just created (shown once, kept only in memory).
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { SecurityEvent, SessionInfo } from '@career-copilot/shared/api/auth';
import { err, ok } from '@career-copilot/shared/lib/result';
import { accountApi } from './account-api';
import { failureMessage } from './account-messages';
import { setSignedInUser, signedOutLocally, type Outcome } from './account-store';

export type TotpSetup = { readonly secret: string; readonly qrDataUrl: string };

type SecurityState = {
  readonly sessions: readonly SessionInfo[] | undefined;
  readonly events: readonly SecurityEvent[] | undefined;
  readonly loadError: string | undefined;
  readonly totpSetup: TotpSetup | undefined;
  readonly backupCodes: readonly string[] | undefined;
};

const initial: SecurityState = {
  sessions: undefined,
  events: undefined,
  loadError: undefined,
  totpSetup: undefined,
  backupCodes: undefined,
};

export const securityStore = createStore<SecurityState>()(() => initial);
export const useSecurity = <T>(select: (s: SecurityState) => T) => useStore(securityStore, select);

export function resetSecurity(): void {
  securityStore.setState(initial);
}

export async function loadSecurity(): Promise<void> {
  const [sessions, events] = await Promise.all([
    accountApi.sessions(),
    accountApi.securityEvents(),
  ]);
  if (!sessions.ok) {
    if (sessions.error.code === 'unauthenticated') signedOutLocally();
    return void securityStore.setState({ loadError: failureMessage(sessions.error) });
  }
  securityStore.setState({
    sessions: sessions.value.sessions,
    events: events.ok ? events.value.events : [],
    loadError: undefined,
  });
}

export async function revokeSession(id: string, current: boolean): Promise<Outcome> {
  const result = await accountApi.revokeSession(id);
  if (!result.ok) return err(failureMessage(result.error));
  if (current) {
    signedOutLocally();
    return ok(undefined);
  }
  await loadSecurity();
  return ok(undefined);
}

export async function revokeOtherSessions(): Promise<Outcome<number>> {
  const result = await accountApi.revokeOtherSessions();
  if (!result.ok) return err(failureMessage(result.error));
  await loadSecurity();
  return ok(result.value.revoked);
}

export async function startTotpSetup(): Promise<Outcome> {
  const result = await accountApi.startTotp();
  if (!result.ok) return err(failureMessage(result.error));
  securityStore.setState({
    totpSetup: { secret: result.value.secret, qrDataUrl: result.value.qrDataUrl },
  });
  return ok(undefined);
}

export function cancelTotpSetup(): void {
  securityStore.setState({ totpSetup: undefined });
}

async function refreshUser(): Promise<void> {
  const session = await accountApi.session();
  if (session.ok && session.value.authenticated) setSignedInUser(session.value.user);
}

export async function enableTotp(code: string): Promise<Outcome> {
  const result = await accountApi.enableTotp(code);
  if (!result.ok) return err(failureMessage(result.error));
  securityStore.setState({ totpSetup: undefined, backupCodes: result.value.codes });
  await refreshUser();
  await loadSecurity();
  return ok(undefined);
}

export async function disableTotp(password: string): Promise<Outcome> {
  const result = await accountApi.disableTotp(password);
  if (!result.ok) return err(failureMessage(result.error));
  if (result.value.authenticated) setSignedInUser(result.value.user);
  await loadSecurity();
  return ok(undefined);
}

export async function regenerateBackupCodes(password: string): Promise<Outcome> {
  const result = await accountApi.regenerateBackupCodes(password);
  if (!result.ok) return err(failureMessage(result.error));
  securityStore.setState({ backupCodes: result.value.codes });
  await refreshUser();
  await loadSecurity();
  return ok(undefined);
}

export function hideBackupCodes(): void {
  securityStore.setState({ backupCodes: undefined });
}

export async function changePassword(current: string, next: string): Promise<Outcome> {
  const result = await accountApi.changePassword(current, next);
  if (!result.ok) return err(failureMessage(result.error));
  if (result.value.authenticated) setSignedInUser(result.value.user);
  await loadSecurity();
  return ok(undefined);
}

export async function deleteAccount(password: string): Promise<Outcome> {
  const result = await accountApi.deleteAccount(password);
  if (!result.ok) return err(failureMessage(result.error));
  resetSecurity();
  signedOutLocally();
  return ok(undefined);
}
