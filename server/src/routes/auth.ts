// /api/auth/*: the session, registration, email verification, sign-in with MFA, sign-out and reset.
import { Hono, type Context } from 'hono';
import {
  AuthRoutes,
  ForgotPasswordRequestSchema,
  LoginRequestSchema,
  MfaRequestSchema,
  MfaResendRequestSchema,
  RegisterRequestSchema,
  ResendRequestSchema,
  ResetPasswordRequestSchema,
  SecurityEventType,
  VerifyEmailRequestSchema,
  type AcceptedResponse,
  type LoginResponse,
  type SessionResponse,
} from '@career-copilot/shared/api/auth';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import {
  clearSessionCookies,
  ensureCsrfToken,
  ensureDeviceId,
  readDeviceId,
} from '../http/auth-cookies';
import { orThrow } from '../http/failure';
import { readJson } from '../http/validate';
import { clientContext, loadSession, startSession, type SessionDeps } from '../middleware/session';
import { SecurityAlert } from '../services/auth-mail';
import type { AuthServices } from '../services/auth-services';
import { completeMfa, login, resendLoginCode } from '../services/login';
import { requestPasswordReset, resetPassword } from '../services/password-reset';
import { register, resendVerification, verifyEmail } from '../services/registration';
import type { UserRecord } from '../services/user-store';
import { toAuthUser } from './auth-view';

const ACCEPTED: AcceptedResponse = { status: 'accepted' };

export function sessionDeps(deps: AppDeps): SessionDeps {
  return { auth: deps.auth, sessionMaxAgeSeconds: deps.config.sessionAbsoluteSeconds };
}

/** Signs `user` in on this browser; alerts by email when the browser is new to the account. */
async function signIn(
  c: Context<AppEnv>,
  deps: SessionDeps,
  user: UserRecord,
  options: { alertNewDevice: boolean },
): Promise<SessionResponse> {
  const s: AuthServices = deps.auth;
  const csrfToken = await startSession(c, deps, user);
  const isNew = await s.users.rememberDevice(user.id, ensureDeviceId(c));
  if (isNew && options.alertNewDevice) {
    const context = clientContext(c);
    await s.securityLog.record({ type: SecurityEventType.NewDevice, userId: user.id, ...context });
    s.mail.securityAlert(user.email, SecurityAlert.NewDevice, context);
  }
  return { authenticated: true, user: await toAuthUser(s, user), csrfToken };
}

export function authRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const s = deps.auth;
  const session = sessionDeps(deps);
  const maxAge = deps.config.sessionAbsoluteSeconds;

  app.get(AuthRoutes.session, loadSession(session), async (c) => {
    const csrfToken = ensureCsrfToken(c, s.keys.csrf, maxAge);
    const auth = c.get('auth');
    const body: SessionResponse = auth
      ? {
          authenticated: true,
          user: await toAuthUser(s, auth.user, auth.backupCodesLeft),
          csrfToken,
        }
      : { authenticated: false, csrfToken };
    return c.json(body);
  });

  app.post(AuthRoutes.register, async (c) => {
    const input = await readJson(c, RegisterRequestSchema);
    orThrow(await register(s, input, clientContext(c)));
    return c.json(ACCEPTED, 202);
  });

  app.post(AuthRoutes.verifyEmail, async (c) => {
    const input = await readJson(c, VerifyEmailRequestSchema);
    const user = orThrow(await verifyEmail(s, input, clientContext(c)));
    return c.json(await signIn(c, session, user, { alertNewDevice: false }));
  });

  app.post(AuthRoutes.resendVerification, async (c) => {
    const input = await readJson(c, ResendRequestSchema);
    orThrow(await resendVerification(s, input, clientContext(c)));
    return c.json(ACCEPTED, 202);
  });

  app.post(AuthRoutes.login, async (c) => {
    const input = await readJson(c, LoginRequestSchema);
    const body: LoginResponse = orThrow(
      await login(s, { ...input, deviceId: readDeviceId(c) }, clientContext(c)),
    );
    return c.json(body);
  });

  app.post(AuthRoutes.loginMfa, async (c) => {
    const input = await readJson(c, MfaRequestSchema);
    const user = orThrow(await completeMfa(s, input, clientContext(c)));
    return c.json(await signIn(c, session, user, { alertNewDevice: true }));
  });

  app.post(AuthRoutes.loginMfaResend, async (c) => {
    const input = await readJson(c, MfaResendRequestSchema);
    return c.json(orThrow(await resendLoginCode(s, input, clientContext(c))));
  });

  app.post(AuthRoutes.logout, loadSession(session), async (c) => {
    const auth = c.get('auth');
    if (auth) {
      await s.sessions.end(auth.user.id, auth.session.tokenHash);
      await s.securityLog.record({
        type: SecurityEventType.Logout,
        userId: auth.user.id,
        ...clientContext(c),
      });
    }
    const body: SessionResponse = {
      authenticated: false,
      csrfToken: clearSessionCookies(c, s.keys.csrf, maxAge),
    };
    return c.json(body);
  });

  app.post(AuthRoutes.passwordForgot, async (c) => {
    const input = await readJson(c, ForgotPasswordRequestSchema);
    orThrow(await requestPasswordReset(s, input, clientContext(c)));
    return c.json(ACCEPTED, 202);
  });

  app.post(AuthRoutes.passwordReset, async (c) => {
    const input = await readJson(c, ResetPasswordRequestSchema);
    orThrow(await resetPassword(s, input, clientContext(c)));
    clearSessionCookies(c, s.keys.csrf, maxAge);
    return c.json({ status: 'password_reset' as const });
  });

  return app;
}
