// /api/auth/* for a signed-in user: devices (sessions), authenticator app, backup codes, password
// change and the security log.
import { Hono, type Context } from 'hono';
import {
  AuthRoutes,
  ChangePasswordRequestSchema,
  ReauthRequestSchema,
  SecurityEventType,
  TotpEnableRequestSchema,
  type SessionResponse,
} from '@career-copilot/shared/api/auth';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import type { AppDeps } from '../app';
import type { AppEnv, AuthState } from '../app-env';
import { clearSessionCookies } from '../http/auth-cookies';
import { ApiError } from '../http/errors';
import { orThrow } from '../http/failure';
import { readJson } from '../http/validate';
import { clientContext, requireUser, rotateSession, type SessionDeps } from '../middleware/session';
import {
  changePassword,
  disableTotp,
  enableTotp,
  regenerateBackupCodes,
  startTotpSetup,
} from '../services/account-security';
import { sessionDeps } from './auth';
import { toAuthUser, toSecurityEvent, toSessionInfo } from './auth-view';

function signedIn(c: Context<AppEnv>): AuthState {
  const auth = c.get('auth');
  if (!auth) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
  return auth;
}

/** After a privilege change: a new token for this device, and the user as they are now. */
async function rotated(c: Context<AppEnv>, deps: SessionDeps): Promise<SessionResponse> {
  const auth = signedIn(c);
  const user = (await deps.auth.users.findById(auth.user.id)) ?? auth.user;
  const csrfToken = await rotateSession(c, deps, auth, user);
  return { authenticated: true, user: await toAuthUser(deps.auth, user), csrfToken };
}

export function securityRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const s = deps.auth;
  const session = sessionDeps(deps);
  const guard = requireUser(session);

  app.get(AuthRoutes.sessions, guard, async (c) => {
    const { user, session: current } = signedIn(c);
    const sessions = await s.sessions.list(user.id);
    return c.json({ sessions: sessions.map((x) => toSessionInfo(x, current.tokenHash)) });
  });

  app.delete(`${AuthRoutes.sessions}/:id`, guard, async (c) => {
    const { user, session: current } = signedIn(c);
    const id = c.req.param('id');
    const revoked = await s.sessions.revoke(user.id, id);
    if (!revoked) throw new ApiError(ErrorCode.NotFound, 'That session has already ended.');
    await s.securityLog.record({
      type: SecurityEventType.SessionRevoked,
      userId: user.id,
      ...clientContext(c),
    });
    if (current.id === id) clearSessionCookies(c, s.keys.csrf, deps.config.sessionAbsoluteSeconds);
    return c.json({ revoked: 1 });
  });

  app.post(AuthRoutes.sessionsRevokeOthers, guard, async (c) => {
    const { user, session: current } = signedIn(c);
    const revoked = await s.sessions.revokeAll(user.id, current.tokenHash);
    await s.securityLog.record({
      type: SecurityEventType.SessionsRevoked,
      userId: user.id,
      detail: String(revoked),
      ...clientContext(c),
    });
    return c.json({ revoked });
  });

  app.post(AuthRoutes.totpSetup, guard, async (c) => {
    return c.json(orThrow(await startTotpSetup(s, signedIn(c).user)));
  });

  app.post(AuthRoutes.totpEnable, guard, async (c) => {
    const { code } = await readJson(c, TotpEnableRequestSchema);
    const result = orThrow(await enableTotp(s, signedIn(c).user, code, clientContext(c)));
    await rotated(c, session);
    return c.json(result);
  });

  app.post(AuthRoutes.totpDisable, guard, async (c) => {
    const { password } = await readJson(c, ReauthRequestSchema);
    orThrow(await disableTotp(s, signedIn(c).user, password, clientContext(c)));
    return c.json(await rotated(c, session));
  });

  app.post(AuthRoutes.backupCodes, guard, async (c) => {
    const { password } = await readJson(c, ReauthRequestSchema);
    return c.json(
      orThrow(await regenerateBackupCodes(s, signedIn(c).user, password, clientContext(c))),
    );
  });

  app.post(AuthRoutes.passwordChange, guard, async (c) => {
    const input = await readJson(c, ChangePasswordRequestSchema);
    const { user, session: current } = signedIn(c);
    orThrow(await changePassword(s, user, current, input, clientContext(c)));
    return c.json(await rotated(c, session));
  });

  app.get(AuthRoutes.securityEvents, guard, async (c) => {
    const events = await s.securityLog.listForUser(signedIn(c).user.id, 100);
    return c.json({ events: events.map(toSecurityEvent) });
  });

  return app;
}
