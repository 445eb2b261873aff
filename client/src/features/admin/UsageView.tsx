// The user's own report: requests, server AI requests and tokens by day, over a chosen range.
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { useAccount } from '../account/account-store';
import { useServerData } from '../account/use-server-data';
import { AccountsGate, useAccountBootstrap } from '../account/components/AccountsGate';
import { adminApi } from './admin-api';
import { BarChart } from './components/BarChart';
import { DateRangePicker } from './components/DateRangePicker';
import { lastDays, type DayRange } from './date-range';

export function UsageView() {
  useAccountBootstrap();
  const session = useAccount((s) => s.session);
  const signedIn = session.kind === 'signed-in';
  const [range, setRange] = useState<DayRange>(() => lastDays(30));
  const { data: report, error } = useServerData(signedIn ? range : undefined, () =>
    adminApi.myUsage(range.from, range.to),
  );

  return (
    <>
      <PageHeader
        title="Your usage"
        description={
          <>
            What your account used on our server, by day (UTC). Work on this device with your own
            model is not counted. <Link to="/account">Back to Account</Link>
          </>
        }
      />
      <AccountsGate>
        {session.kind === 'signed-out' ? (
          <div className="notice" role="status">
            <Link to="/account/sign-in">Sign in</Link> to see your usage.
          </div>
        ) : null}
        {signedIn ? (
          <section className="card" aria-labelledby="usage-heading">
            <div className="card-title">
              <h2 id="usage-heading">By day</h2>
              <DateRangePicker value={range} onApply={setRange} />
            </div>
            {error ? (
              <p className="error" role="alert">
                {error}
              </p>
            ) : null}
            {report ? (
              <>
                <BarChart
                  title="Server AI tokens per day"
                  bars={report.days.map((d) => ({
                    label: d.day,
                    value: d.aiInputTokens + d.aiOutputTokens,
                  }))}
                />
                <table className="table" data-testid="usage-days">
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      <th scope="col">Requests</th>
                      <th scope="col">With API tokens</th>
                      <th scope="col">Server AI requests</th>
                      <th scope="col">Input tokens</th>
                      <th scope="col">Output tokens</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...report.days].reverse().map((d) => (
                      <tr key={d.day}>
                        <td>{d.day}</td>
                        <td>{d.requests}</td>
                        <td>{d.apiTokenRequests}</td>
                        <td>{d.aiRequests}</td>
                        <td>{d.aiInputTokens.toLocaleString()}</td>
                        <td>{d.aiOutputTokens.toLocaleString()}</td>
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
