// The Admin area (admins only; the server refuses everyone else): users, traffic, security events
// and mail templates, one tab each.
import { useState } from 'react';
import { Link } from 'react-router';
import { Role } from '@career-copilot/shared/api/auth';
import { PageHeader } from '../../ui/PageHeader';
import { useAccount } from '../account/account-store';
import { AccountsGate, useAccountBootstrap } from '../account/components/AccountsGate';
import { MailTemplatesPanel } from './components/MailTemplatesPanel';
import { SecurityEventsPanel } from './components/SecurityEventsPanel';
import { TrafficPanel } from './components/TrafficPanel';
import { UsersPanel } from './components/UsersPanel';

const TABS = [
  { id: 'users', label: 'Users' },
  { id: 'traffic', label: 'Traffic' },
  { id: 'security', label: 'Security events' },
  { id: 'mail', label: 'Mail templates' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function AdminView() {
  useAccountBootstrap();
  const session = useAccount((s) => s.session);
  const [tab, setTab] = useState<TabId>('users');
  const isAdmin = session.kind === 'signed-in' && session.user.role === Role.Admin;

  return (
    <>
      <PageHeader title="Admin" description="Accounts, traffic and security on this server." />
      <AccountsGate>
        {session.kind === 'unknown' ? <p className="muted">Loading…</p> : null}
        {session.kind !== 'unknown' && !isAdmin ? (
          <div className="notice" role="status">
            The Admin area is for administrators. <Link to="/account">Back to Account</Link>
          </div>
        ) : null}
        {isAdmin ? (
          <>
            <div className="tabs" role="tablist" aria-label="Admin sections">
              {TABS.map((t) => (
                <button
                  key={t.id}
                  type="button"
                  role="tab"
                  aria-selected={tab === t.id}
                  className={tab === t.id ? 'tab active' : 'tab'}
                  onClick={() => setTab(t.id)}
                >
                  {t.label}
                </button>
              ))}
            </div>
            <div role="tabpanel">
              {tab === 'users' ? <UsersPanel selfId={session.user.id} /> : null}
              {tab === 'traffic' ? <TrafficPanel /> : null}
              {tab === 'security' ? <SecurityEventsPanel /> : null}
              {tab === 'mail' ? <MailTemplatesPanel /> : null}
            </div>
          </>
        ) : null}
      </AccountsGate>
    </>
  );
}
