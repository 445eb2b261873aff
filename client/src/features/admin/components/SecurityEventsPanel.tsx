// Admin: the security log across every account, filtered by event type, account and IP.
import { useCallback, useEffect, useState } from 'react';
import type { AdminSecurityEvent } from '@career-copilot/shared/api/admin';
import { SecurityEventType } from '@career-copilot/shared/api/auth';
import { describeUserAgent } from '@career-copilot/shared/auth/user-agent';
import { formatDateTime } from '../../../lib/format';
import { Button } from '../../../ui/Button';
import { failureMessage } from '../../account/account-messages';
import { SECURITY_EVENT_LABELS } from '../../account/components/SecurityEventsCard';
import { adminApi } from '../admin-api';

type Filters = { type: SecurityEventType | ''; account: string; ip: string };
const NO_FILTERS: Filters = { type: '', account: '', ip: '' };
type EventsResult = Awaited<ReturnType<typeof adminApi.securityEvents>>;

const fetchEvents = (f: Filters) =>
  adminApi.securityEvents({
    type: f.type || undefined,
    account: f.account || undefined,
    ip: f.ip || undefined,
  });

export function SecurityEventsPanel() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [events, setEvents] = useState<AdminSecurityEvent[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  const apply = useCallback((result: EventsResult) => {
    if (!result.ok) return setError(failureMessage(result.error));
    setError(undefined);
    setEvents(result.value.events);
  }, []);
  const load = (f: Filters) => void fetchEvents(f).then(apply);

  useEffect(() => {
    void fetchEvents(NO_FILTERS).then(apply);
  }, [apply]);

  return (
    <section className="card" aria-labelledby="admin-events-heading">
      <h2 id="admin-events-heading">Security events</h2>
      <form
        className="report-filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          load(filters);
        }}
      >
        <label>
          Type{' '}
          <select
            value={filters.type}
            onChange={(e) =>
              setFilters({ ...filters, type: e.target.value as SecurityEventType | '' })
            }
          >
            <option value="">Any</option>
            {Object.values(SecurityEventType).map((t) => (
              <option key={t} value={t}>
                {SECURITY_EVENT_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Account{' '}
          <input
            type="search"
            value={filters.account}
            placeholder="email or id"
            onChange={(e) => setFilters({ ...filters, account: e.target.value })}
          />
        </label>
        <label>
          IP{' '}
          <input
            type="search"
            value={filters.ip}
            placeholder="203.0.113."
            onChange={(e) => setFilters({ ...filters, ip: e.target.value })}
          />
        </label>
        <Button type="submit" size="sm" variant="primary">
          Filter
        </Button>
      </form>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {events && events.length === 0 ? <p className="muted">No events match.</p> : null}
      {events && events.length > 0 ? (
        <table className="table" data-testid="admin-security-events">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Account</th>
              <th scope="col">When</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event, i) => (
              <tr key={`${event.at}-${i}`}>
                <td>
                  {SECURITY_EVENT_LABELS[event.type]}
                  {event.detail ? <span className="muted"> ({event.detail})</span> : null}
                  {event.actorId ? <span className="muted"> by {event.actorId}</span> : null}
                </td>
                <td>{event.email ?? event.userId ?? '—'}</td>
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
