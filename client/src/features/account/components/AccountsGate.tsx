// Account pages need the server and its database; this says plainly when they are not there.
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { refreshAccount, useAccount } from '../account-store';

/** Checks the server, then the session, once when an account page opens. */
export function useAccountBootstrap(): void {
  useEffect(() => {
    void refreshAccount();
  }, []);
}

export function AccountsGate({ children }: { readonly children: ReactNode }) {
  const server = useAccount((s) => s.server);
  if (server.kind === 'checking') return <p className="muted">Checking the server…</p>;
  if (server.kind === 'unreachable' || !server.health.features.accounts) {
    return (
      <div className="notice" role="status" data-testid="accounts-unavailable">
        <p>
          {server.kind === 'unreachable'
            ? server.message
            : 'Accounts are unavailable on this server right now.'}
        </p>
        <p style={{ margin: 0 }}>
          You do not need an account: everything on this device keeps working.{' '}
          <Link to="/account">Back to Account</Link>
        </p>
      </div>
    );
  }
  return <>{children}</>;
}
