// Devices signed in to the account: where and when each was last used; sign any of them out.
import { describeUserAgent } from '@career-copilot/shared/auth/user-agent';
import { Button } from '../../../ui/Button';
import { showError, showToast } from '../../../ui/toast-store';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { revokeOtherSessions, revokeSession, useSecurity } from '../security-store';

export function SessionsCard() {
  const sessions = useSecurity((s) => s.sessions);

  async function onRevoke(id: string, current: boolean) {
    const outcome = await revokeSession(id, current);
    if (!outcome.ok) return void showError(outcome.error);
    showToast({ message: current ? 'Signed out on this device.' : 'That device is signed out.' });
  }

  async function onRevokeOthers() {
    const outcome = await revokeOtherSessions();
    if (!outcome.ok) return void showError(outcome.error);
    showToast({
      message:
        outcome.value === 0
          ? 'No other devices were signed in.'
          : `Signed out ${outcome.value} other device${outcome.value === 1 ? '' : 's'}.`,
    });
  }

  return (
    <section className="card" aria-labelledby="devices-heading">
      <div className="card-title">
        <h2 id="devices-heading">Devices</h2>
        <Button
          size="sm"
          onClick={() => void onRevokeOthers()}
          disabled={!sessions || sessions.length < 2}
        >
          Sign out all other devices
        </Button>
      </div>
      {!sessions ? <p className="muted">Loading…</p> : null}
      <ul className="list" data-testid="device-list">
        {sessions?.map((session) => (
          <li key={session.id} className="list-item">
            <div className="list-item-main">
              <div className="list-item-title">
                {describeUserAgent(session.userAgent)}{' '}
                {session.current ? <span className="badge badge-success">This device</span> : null}
              </div>
              <div className="muted">
                {session.ip || 'unknown address'} · last used{' '}
                <time dateTime={session.lastUsedAt} title={formatDateTime(session.lastUsedAt)}>
                  {formatRelative(session.lastUsedAt)}
                </time>{' '}
                · signed in {formatDateTime(session.createdAt)}
              </div>
            </div>
            <Button size="sm" onClick={() => void onRevoke(session.id, session.current)}>
              {session.current ? 'Sign out here' : 'Sign out'}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
