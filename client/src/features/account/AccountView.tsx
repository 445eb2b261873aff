// The Account area: an optional account on our server; what it adds, whether it is available, and
// for a signed-in user, who they are and where their security settings live.
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { showError, showToast } from '../../ui/toast-store';
import { refreshAccount, signOut, useAccount } from './account-store';
import { useAccountBootstrap } from './components/AccountsGate';
import { PlanCard } from './components/PlanCard';
import { UsageCard } from './components/UsageCard';
import { loadPlan, resetPlan } from './plan-store';
import { NotificationsCard } from './components/NotificationsCard';

export function AccountView() {
  const server = useAccount((s) => s.server);
  const session = useAccount((s) => s.session);
  const navigate = useNavigate();
  useAccountBootstrap();
  const accounts = server.kind === 'reachable' && server.health.features.accounts;
  const signedIn = accounts && session.kind === 'signed-in';
  const [params, setParams] = useSearchParams();
  const returned = params.get('billing');

  useEffect(() => {
    if (!signedIn) return void resetPlan();
    void loadPlan();
  }, [signedIn]);

  // Back from Stripe: the webhook may land a moment after the redirect, so look again shortly.
  useEffect(() => {
    if (!signedIn || !returned) return;
    showToast({
      message:
        returned === 'success'
          ? 'Thank you! Your plan is being activated.'
          : 'Checkout was cancelled; nothing was charged.',
    });
    setParams({}, { replace: true });
    // Not cancelled when the query goes away: this second look is the point.
    setTimeout(() => void loadPlan(), 1500);
  }, [signedIn, returned, setParams]);

  async function onSignOut() {
    const outcome = await signOut();
    if (!outcome.ok) return void showError(outcome.error);
    showToast({ message: 'Signed out. Your data on this device is untouched.' });
    void navigate('/account');
  }

  return (
    <>
      <PageHeader
        title="Account"
        description="An account is optional. Without one, everything works on this device with your own model."
      />
      <section className="card" aria-labelledby="server-heading">
        <div className="card-title">
          <h2 id="server-heading">Server</h2>
          <Button size="sm" onClick={() => void refreshAccount()}>
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
              <span className="badge badge-warning">Accounts are off</span>{' '}
              {server.health.services.redis === 'down'
                ? 'The server is running but its database is unavailable, so sign-in is paused.'
                : 'This server has no mail server configured, so it cannot send sign-in codes.'}{' '}
              Your local data is unaffected.
            </p>
          ) : null}
        </div>
      </section>

      {accounts ? (
        <section className="card" aria-labelledby="you-heading" data-testid="account-summary">
          <h2 id="you-heading">Your account</h2>
          {session.kind === 'unknown' ? <p className="muted">Loading…</p> : null}
          {session.kind === 'unavailable' ? <p role="status">{session.message}</p> : null}
          {session.kind === 'signed-out' ? (
            <>
              <p>
                With an account you can use premium server models. Your resumes, jobs and
                applications stay on this device either way.
              </p>
              <div className="actions">
                <Link className="btn btn-primary" to="/account/sign-in">
                  Sign in
                </Link>
                <Link className="btn" to="/account/register">
                  Create an account
                </Link>
              </div>
            </>
          ) : null}
          {session.kind === 'signed-in' ? (
            <>
              <p>
                Signed in as <strong data-testid="signed-in-email">{session.user.email}</strong>{' '}
                <span className="badge">{session.user.role}</span>
              </p>
              <p className="muted">
                Two-step sign-in:{' '}
                {session.user.mfa.totp ? 'authenticator app' : 'a code sent by email'}
                {session.user.mfa.backupCodesLeft > 0
                  ? `, ${session.user.mfa.backupCodesLeft} backup codes left`
                  : ''}
                .
              </p>
              <div className="actions">
                <Link className="btn btn-primary" to="/account/security">
                  Security and devices
                </Link>
                <Link className="btn" to="/account/usage">
                  Your usage
                </Link>
                <Link className="btn" to="/account/api-tokens">
                  API tokens
                </Link>
                {session.user.role === 'admin' ? (
                  <Link className="btn" to="/admin">
                    Admin area
                  </Link>
                ) : null}
                <Button onClick={() => void onSignOut()}>Sign out</Button>
              </div>
            </>
          ) : null}
        </section>
      ) : null}
      {signedIn ? (
        <>
          <PlanCard />
          <UsageCard />
          <NotificationsCard />
        </>
      ) : null}
    </>
  );
}
