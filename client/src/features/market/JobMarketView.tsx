// Premium: the most requested skills for a role over time, from postings users chose to share.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { Button } from '../../ui/Button';
import { failureMessage } from '../account/account-messages';
import { useAccount } from '../account/account-store';
import { AccountsGate, useAccountBootstrap } from '../account/components/AccountsGate';
import { useServerData } from '../account/use-server-data';
import { BarChart } from '../admin/components/BarChart';
import { marketApi } from './market-api';

function monthsAgo(n: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
}

export function JobMarketView() {
  useAccountBootstrap();
  const session = useAccount((s) => s.session);
  const signedIn = session.kind === 'signed-in';
  const [roles, setRoles] = useState<Array<{ role: string; postings: number }> | undefined>();
  const [query, setQuery] = useState({ role: '', from: monthsAgo(11), to: monthsAgo(0) });
  const [rolesError, setRolesError] = useState<string | undefined>();
  const [draft, setDraft] = useState(query);

  useEffect(() => {
    if (!signedIn) return;
    void marketApi.roles().then((result) => {
      if (!result.ok) return setRolesError(failureMessage(result.error));
      setRoles(result.value.roles);
      const first = result.value.roles[0]?.role;
      if (first) {
        setQuery((q) => (q.role ? q : { ...q, role: first }));
        setDraft((q) => (q.role ? q : { ...q, role: first }));
      }
    });
  }, [signedIn]);

  const skills = useServerData(query.role ? query : undefined, () =>
    marketApi.skills(query.role, query.from, query.to),
  );
  const report = skills.data;
  const error = skills.error ?? rolesError;

  return (
    <>
      <PageHeader
        title="Job market"
        description={
          <>
            The skills employers ask for most, by role, from postings users chose to share
            anonymously. <Link to="/jobs">Back to Jobs</Link>
          </>
        }
      />
      <AccountsGate>
        {session.kind === 'signed-out' ? (
          <div className="notice" role="status">
            <Link to="/account/sign-in">Sign in</Link> with a Premium account to see the report.
          </div>
        ) : null}
        {error ? (
          <p className="notice notice-danger" role="alert">
            {error}
          </p>
        ) : null}
        {roles && roles.length === 0 ? (
          <p className="muted">No postings have been shared yet.</p>
        ) : null}
        {roles && roles.length > 0 ? (
          <section className="card" aria-labelledby="market-heading">
            <form
              className="report-filters"
              onSubmit={(e) => {
                e.preventDefault();
                setQuery(draft);
              }}
            >
              <label>
                Role{' '}
                <select
                  value={draft.role}
                  onChange={(e) => setDraft({ ...draft, role: e.target.value })}
                >
                  {roles.map((r) => (
                    <option key={r.role} value={r.role}>
                      {r.role} ({r.postings})
                    </option>
                  ))}
                </select>
              </label>
              <label>
                From{' '}
                <input
                  type="month"
                  value={draft.from}
                  onChange={(e) => setDraft({ ...draft, from: e.target.value })}
                />
              </label>
              <label>
                To{' '}
                <input
                  type="month"
                  value={draft.to}
                  onChange={(e) => setDraft({ ...draft, to: e.target.value })}
                />
              </label>
              <Button type="submit" size="sm" variant="primary">
                Show
              </Button>
            </form>
            <h2 id="market-heading">
              {report ? `${report.role}: ${report.postings} postings` : 'Loading…'}
            </h2>
            {report && report.top.length > 0 ? (
              <>
                <BarChart
                  title="Share of postings asking for each skill"
                  bars={report.top.map((s) => ({ label: s.label, value: s.share * 100 }))}
                  format={(v) => `${Math.round(v)}%`}
                  tickLabel={(label) => (label.length > 12 ? `${label.slice(0, 11)}…` : label)}
                />
                <table className="table" data-testid="market-months">
                  <thead>
                    <tr>
                      <th scope="col">Month</th>
                      <th scope="col">Postings</th>
                      <th scope="col">Most requested skills</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.months
                      .filter((m) => m.postings > 0)
                      .reverse()
                      .map((m) => (
                        <tr key={m.month}>
                          <td>{m.month}</td>
                          <td>{m.postings}</td>
                          <td>
                            {m.top
                              .slice(0, 8)
                              .map((s) => `${s.label} ${Math.round(s.share * 100)}%`)
                              .join(', ')}
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </>
            ) : null}
          </section>
        ) : null}
      </AccountsGate>
    </>
  );
}
