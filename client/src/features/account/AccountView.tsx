// The Account area: an optional account on our server; what it adds and whether it is available.
import { useEffect } from 'react';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { checkServer, useAccount } from './account-store';

export function AccountView() {
  const server = useAccount((s) => s.server);
  useEffect(() => {
    void checkServer();
  }, []);

  return (
    <>
      <PageHeader
        title="Account"
        description="An account is optional. Without one, everything works on this device with your own model."
      />
      <section className="card" aria-labelledby="server-heading">
        <div className="card-title">
          <h2 id="server-heading">Server</h2>
          <Button size="sm" onClick={() => void checkServer()}>
            Check again
          </Button>
        </div>
        <div role="status" data-testid="server-status">
          {server.kind === 'checking' ? <p className="muted">Checking…</p> : null}
          {server.kind === 'unreachable' ? <p>{server.message}</p> : null}
          {server.kind === 'reachable' && server.health.features.accounts ? (
            <p>
              <span className="badge badge-success">Accounts available</span> Sign in to use premium
              server models and sync your subscription across devices.
            </p>
          ) : null}
          {server.kind === 'reachable' && !server.health.features.accounts ? (
            <p>
              <span className="badge badge-warning">Accounts are off</span> The server is running
              but its database is unavailable, so sign-in is paused. Your local data is unaffected.
            </p>
          ) : null}
        </div>
      </section>
    </>
  );
}
