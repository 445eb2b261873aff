// Admin: one account's usage by day over the last two weeks (requests, API-token and server AI use).
import { useEffect, useState } from 'react';
import type { UsageReport } from '@career-copilot/shared/api/admin';
import { failureMessage } from '../../account/account-messages';
import { adminApi } from '../admin-api';
import { lastDays } from '../date-range';

export function UserUsage({ userId, email }: { readonly userId: string; readonly email: string }) {
  const [report, setReport] = useState<UsageReport | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const range = lastDays(14);
    let live = true;
    void adminApi.userUsage(userId, range.from, range.to).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(failureMessage(result.error));
      setReport(result.value);
    });
    return () => {
      live = false;
    };
  }, [userId]);

  const days = report?.days.filter((d) => d.requests > 0 || d.aiRequests > 0) ?? [];
  return (
    <div className="user-usage" data-testid="user-usage">
      <h3>Usage of {email}, last 14 days</h3>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {report && days.length === 0 ? <p className="muted">No requests.</p> : null}
      {days.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Requests</th>
              <th scope="col">With API tokens</th>
              <th scope="col">Server AI requests</th>
              <th scope="col">Tokens in / out</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <td>{d.day}</td>
                <td>{d.requests}</td>
                <td>{d.apiTokenRequests}</td>
                <td>{d.aiRequests}</td>
                <td>
                  {d.aiInputTokens.toLocaleString()} / {d.aiOutputTokens.toLocaleString()}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
