// The Hono environment shared by every route and middleware: per-request variables.
import type { Session } from './services/session-service';
import type { UserRecord } from './services/user-store';

/** The signed-in user of a request, set by loadSession / requireUser. */
export type AuthState = {
  readonly user: UserRecord;
  readonly session: Session;
  /** Backup codes the user has left (read in the same round trip as the session). */
  readonly backupCodesLeft: number;
  /** The cookie value this request came with (or the rotated one it now has). */
  readonly token: string;
  /**
   * Set when the request authenticated with a personal API token (Authorization: Bearer) instead
   * of a session cookie: which token, and the scopes it grants. `session` is then a stand-in.
   */
  readonly apiToken?: { readonly id: string; readonly scopes: readonly string[] };
};

export type AppEnv = {
  Variables: {
    requestId: string;
    clientIp: string;
    auth?: AuthState;
  };
};
