// Recent security activity on the account: sign-ins, failures, changes, with where they came from.
import type { SecurityEventType } from '@career-copilot/shared/api/auth';
import { describeUserAgent } from '@career-copilot/shared/auth/user-agent';
import { formatDateTime } from '../../../lib/format';
import { useSecurity } from '../security-store';

export const SECURITY_EVENT_LABELS: Record<SecurityEventType, string> = {
  registered: 'Account created',
  email_verified: 'Email address confirmed',
  login_succeeded: 'Signed in',
  login_failed: 'Wrong password',
  mfa_failed: 'Wrong sign-in code',
  rate_limited: 'Too many attempts: paused',
  new_device: 'Sign-in from a new device',
  logout: 'Signed out',
  session_revoked: 'A device was signed out',
  sessions_revoked: 'Other devices were signed out',
  password_changed: 'Password changed',
  password_reset_requested: 'Password reset requested',
  password_reset: 'Password reset',
  totp_enabled: 'Authenticator app turned on',
  totp_disabled: 'Authenticator app turned off',
  backup_codes_generated: 'New backup codes created',
  backup_code_used: 'Backup code used',
  role_changed: 'Plan or role changed',
  account_deleted: 'Account deleted',
  account_disabled: 'Account disabled by an administrator',
  account_enabled: 'Account re-enabled by an administrator',
  api_token_created: 'API token created',
  api_token_revoked: 'API token revoked',
};

export function SecurityEventsCard() {
  const events = useSecurity((s) => s.events);
  return (
    <section className="card" aria-labelledby="events-heading">
      <h2 id="events-heading">Recent security activity</h2>
      {!events ? <p className="muted">Loading…</p> : null}
      {events && events.length === 0 ? <p className="muted">Nothing yet.</p> : null}
      {events && events.length > 0 ? (
        <table className="table" data-testid="security-events">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">When</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {events.slice(0, 30).map((event, i) => (
              <tr key={`${event.at}-${i}`}>
                <td>
                  {SECURITY_EVENT_LABELS[event.type]}
                  {event.detail && event.type !== 'sessions_revoked' ? (
                    <span className="muted"> ({event.detail})</span>
                  ) : null}
                </td>
                <td>{formatDateTime(event.at)}</td>
                <td>
                  {event.ip || '—'}{' '}
                  <span className="muted">{describeUserAgent(event.userAgent)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
