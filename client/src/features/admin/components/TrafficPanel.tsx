// Admin: traffic over a chosen range: requests, errors, signups, logins, active users per day;
// requests, error rate and p95 latency per route; server AI requests and tokens by plan.
import { useMemo, useState } from 'react';
import { useServerData } from '../../account/use-server-data';
import { adminApi } from '../admin-api';
import { lastDays, type DayRange } from '../date-range';
import { BarChart } from './BarChart';
import { DateRangePicker } from './DateRangePicker';

const percent = (part: number, whole: number) =>
  whole === 0 ? '0%' : `${((part / whole) * 100).toFixed(part / whole < 0.1 ? 1 : 0)}%`;

export function TrafficPanel() {
  const [range, setRange] = useState<DayRange>(() => lastDays(14));
  const { data: report, error } = useServerData(range, () =>
    adminApi.traffic(range.from, range.to),
  );

  const routes = useMemo(() => {
    if (!report) return [];
    const byRoute = new Map<string, { requests: number; errors: number; p95Ms: number | null }>();
    for (const r of report.routes) {
      const row = byRoute.get(r.route) ?? { requests: 0, errors: 0, p95Ms: 0 };
      row.requests += r.requests;
      row.errors += r.errors;
      // The worst day's p95: percentiles of different days cannot be averaged.
      row.p95Ms = row.p95Ms === null || r.p95Ms === null ? null : Math.max(row.p95Ms, r.p95Ms);
      byRoute.set(r.route, row);
    }
    return [...byRoute].sort((a, b) => b[1].requests - a[1].requests);
  }, [report]);

  const ai = useMemo(() => {
    const byPlan = new Map<
      string,
      { requests: number; inputTokens: number; outputTokens: number }
    >();
    for (const a of report?.ai ?? []) {
      const row = byPlan.get(a.plan) ?? { requests: 0, inputTokens: 0, outputTokens: 0 };
      row.requests += a.requests;
      row.inputTokens += a.inputTokens;
      row.outputTokens += a.outputTokens;
      byPlan.set(a.plan, row);
    }
    return [...byPlan];
  }, [report]);

  return (
    <section className="card" aria-labelledby="admin-traffic-heading">
      <div className="card-title">
        <h2 id="admin-traffic-heading">Traffic</h2>
        <DateRangePicker value={range} onApply={setRange} />
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {!report && !error ? <p className="muted">Loading…</p> : null}
      {report ? (
        <>
          <div className="chart-grid">
            <BarChart
              title="Requests per day"
              bars={report.days.map((d) => ({ label: d.day, value: d.requests }))}
            />
            <BarChart
              title="Active users per day"
              bars={report.days.map((d) => ({ label: d.day, value: d.activeUsers }))}
            />
          </div>
          <h3>By day</h3>
          <table className="table" data-testid="traffic-days">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Requests</th>
                <th scope="col">Error rate (5xx)</th>
                <th scope="col">Refused (4xx)</th>
                <th scope="col">Signups</th>
                <th scope="col">Logins</th>
                <th scope="col">Active users</th>
              </tr>
            </thead>
            <tbody>
              {report.days.map((d) => (
                <tr key={d.day}>
                  <td>{d.day}</td>
                  <td>{d.requests}</td>
                  <td>{percent(d.errors, d.requests)}</td>
                  <td>{d.clientErrors}</td>
                  <td>{d.signups}</td>
                  <td>{d.logins}</td>
                  <td>{d.activeUsers}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>By route</h3>
          {routes.length === 0 ? <p className="muted">No requests in this range.</p> : null}
          {routes.length > 0 ? (
            <table className="table" data-testid="traffic-routes">
              <thead>
                <tr>
                  <th scope="col">Route</th>
                  <th scope="col">Requests</th>
                  <th scope="col">Error rate</th>
                  <th scope="col">p95 latency</th>
                </tr>
              </thead>
              <tbody>
                {routes.map(([route, row]) => (
                  <tr key={route}>
                    <td>
                      <code>{route}</code>
                    </td>
                    <td>{row.requests}</td>
                    <td>{percent(row.errors, row.requests)}</td>
                    <td>{row.p95Ms === null ? '> 60 s' : `≤ ${row.p95Ms} ms`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h3>Server AI by plan</h3>
          {ai.length === 0 ? <p className="muted">No server AI requests in this range.</p> : null}
          {ai.length > 0 ? (
            <table className="table" data-testid="traffic-ai">
              <thead>
                <tr>
                  <th scope="col">Plan</th>
                  <th scope="col">Requests</th>
                  <th scope="col">Input tokens</th>
                  <th scope="col">Output tokens</th>
                </tr>
              </thead>
              <tbody>
                {ai.map(([plan, row]) => (
                  <tr key={plan}>
                    <td>{plan}</td>
                    <td>{row.requests}</td>
                    <td>{row.inputTokens.toLocaleString()}</td>
                    <td>{row.outputTokens.toLocaleString()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
