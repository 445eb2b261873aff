// The Account area's state: whether the server (and so accounts) can be reached, who is signed in,
// and the sign-up and sign-in steps in progress.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { AuthUser, MfaMethod, SessionResponse } from '@career-copilot/shared/api/auth';
import type { HealthResponse } from '@career-copilot/shared/api/health';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import { fetchHealth, setCsrfToken } from '../../api/client';
import { accountApi } from './account-api';
import { failureMessage } from './account-messages';

export type ServerStatus =
  | { readonly kind: 'checking' }
  | { readonly kind: 'unreachable'; readonly message: string }
  | { readonly kind: 'reachable'; readonly health: HealthResponse };

export type SessionState =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'signed-in'; readonly user: AuthUser }
  /** The server or its database cannot answer: we do not know, and say so. */
  | { readonly kind: 'unavailable'; readonly message: string };

export type MfaChallenge = {
  readonly challengeId: string;
  readonly email: string;
  readonly methods: readonly MfaMethod[];
  readonly sentTo: string | undefined;
  readonly expiresAt: string;
};

type AccountState = {
  readonly server: ServerStatus;
  readonly session: SessionState;
  /** The address a verification code was sent to. */
  readonly pendingEmail: string | undefined;
  readonly mfa: MfaChallenge | undefined;
};

export const accountStore = createStore<AccountState>()(() => ({
  server: { kind: 'checking' },
  session: { kind: 'unknown' },
  pendingEmail: undefined,
  mfa: undefined,
}));
export const useAccount = <T>(select: (s: AccountState) => T) => useStore(accountStore, select);

/** A user-facing message on failure. */
export type Outcome<T = void> = Result<T, string>;

function applySession(session: SessionResponse): void {
  setCsrfToken(session.csrfToken);
  accountStore.setState({
    session: session.authenticated
      ? { kind: 'signed-in', user: session.user }
      : { kind: 'signed-out' },
  });
}

export async function checkServer(): Promise<void> {
  accountStore.setState({ server: { kind: 'checking' } });
  const result = await fetchHealth();
  accountStore.setState({
    server: result.ok
      ? { kind: 'reachable', health: result.value }
      : { kind: 'unreachable', message: result.error.message },
  });
}

/** The server's state, then (when accounts work) who is signed in. */
export async function refreshAccount(): Promise<void> {
  await checkServer();
  const { server } = accountStore.getState();
  if (server.kind === 'reachable' && server.health.features.accounts) await loadSession();
}

export async function loadSession(): Promise<void> {
  const result = await accountApi.session();
  if (result.ok) return applySession(result.value);
  accountStore.setState({
    session:
      result.error.code === 'unauthenticated'
        ? { kind: 'signed-out' }
        : { kind: 'unavailable', message: failureMessage(result.error) },
  });
}

/** Replaces the signed-in user (after a change on the security page). */
export function setSignedInUser(user: AuthUser): void {
  accountStore.setState({ session: { kind: 'signed-in', user } });
}

export function signedOutLocally(): void {
  accountStore.setState({ session: { kind: 'signed-out' }, mfa: undefined });
}

export async function register(email: string, password: string): Promise<Outcome> {
  const result = await accountApi.register(email, password);
  if (!result.ok) return err(failureMessage(result.error));
  accountStore.setState({ pendingEmail: email.trim() });
  return ok(undefined);
}

export async function verifyEmail(email: string, code: string): Promise<Outcome> {
  const result = await accountApi.verifyEmail(email, code);
  if (!result.ok) return err(failureMessage(result.error));
  applySession(result.value);
  accountStore.setState({ pendingEmail: undefined });
  return ok(undefined);
}

export async function resendVerification(email: string): Promise<Outcome> {
  const result = await accountApi.resendVerification(email);
  return result.ok ? ok(undefined) : err(failureMessage(result.error));
}

/** The password step; `mfa` or `verify_email` says what comes next. */
export async function signIn(
  email: string,
  password: string,
): Promise<Outcome<'mfa' | 'verify_email'>> {
  const result = await accountApi.login(email, password);
  if (!result.ok) return err(failureMessage(result.error));
  const step = result.value;
  if (step.step === 'verify_email') {
    accountStore.setState({ pendingEmail: email.trim(), mfa: undefined });
    return ok('verify_email');
  }
  accountStore.setState({
    mfa: {
      challengeId: step.challengeId,
      email: email.trim(),
      methods: step.methods,
      sentTo: step.sentTo,
      expiresAt: step.expiresAt,
    },
  });
  return ok('mfa');
}

export async function submitMfa(method: MfaMethod, code: string): Promise<Outcome> {
  const mfa = accountStore.getState().mfa;
  if (!mfa) return err('This sign-in has expired. Please sign in again.');
  const result = await accountApi.loginMfa(mfa.challengeId, method, code);
  if (!result.ok) {
    if (result.error.code === 'code_expired' && /sign in again/i.test(result.error.message)) {
      accountStore.setState({ mfa: undefined });
    }
    return err(failureMessage(result.error));
  }
  applySession(result.value);
  accountStore.setState({ mfa: undefined });
  return ok(undefined);
}

export async function resendLoginCode(): Promise<Outcome<string>> {
  const mfa = accountStore.getState().mfa;
  if (!mfa) return err('This sign-in has expired. Please sign in again.');
  const result = await accountApi.resendLoginCode(mfa.challengeId);
  if (!result.ok) return err(failureMessage(result.error));
  accountStore.setState({ mfa: { ...mfa, expiresAt: result.value.expiresAt } });
  return ok(result.value.sentTo);
}

export function cancelSignIn(): void {
  accountStore.setState({ mfa: undefined });
}

export async function signOut(): Promise<Outcome> {
  const result = await accountApi.logout();
  if (!result.ok) return err(failureMessage(result.error));
  applySession(result.value);
  return ok(undefined);
}

export async function forgotPassword(email: string): Promise<Outcome> {
  const result = await accountApi.forgotPassword(email);
  return result.ok ? ok(undefined) : err(failureMessage(result.error));
}

export async function resetPassword(
  email: string,
  code: string,
  newPassword: string,
): Promise<Outcome> {
  const result = await accountApi.resetPassword(email, code, newPassword);
  if (!result.ok) return err(failureMessage(result.error));
  signedOutLocally();
  return ok(undefined);
}
