// The security page: devices, two-step sign-in, backup codes, password, activity, deleting the account.
import { useEffect } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { useAccount } from './account-store';
import { AccountsGate, useAccountBootstrap } from './components/AccountsGate';
import { BackupCodesCard } from './components/BackupCodesCard';
import { ChangePasswordCard } from './components/ChangePasswordCard';
import { DeleteAccountCard } from './components/DeleteAccountCard';
import { SecurityEventsCard } from './components/SecurityEventsCard';
import { SessionsCard } from './components/SessionsCard';
import { TotpCard } from './components/TotpCard';
import { FormError } from './components/FormError';
import { loadSecurity, useSecurity } from './security-store';

export function SecurityView() {
  useAccountBootstrap();
  const session = useAccount((s) => s.session);
  const loadError = useSecurity((s) => s.loadError);
  const signedIn = session.kind === 'signed-in';

  useEffect(() => {
    if (signedIn) void loadSecurity();
  }, [signedIn]);

  return (
    <>
      <PageHeader
        title="Security"
        description={
          <>
            Devices, two-step sign-in and your password. <Link to="/account">Back to Account</Link>
          </>
        }
      />
      <AccountsGate>
        {session.kind === 'unknown' ? <p className="muted">Loading…</p> : null}
        {session.kind === 'unavailable' ? <FormError message={session.message} /> : null}
        {session.kind === 'signed-out' ? (
          <div className="notice" role="status">
            You are signed out. <Link to="/account/sign-in">Sign in</Link> to manage your account.
          </div>
        ) : null}
        {session.kind === 'signed-in' ? (
          <>
            <FormError message={loadError} />
            <SessionsCard />
            <TotpCard user={session.user} />
            <BackupCodesCard user={session.user} />
            <ChangePasswordCard user={session.user} />
            <SecurityEventsCard />
            <DeleteAccountCard />
          </>
        ) : null}
      </AccountsGate>
    </>
  );
}
