// Admin: one account's usage by day over the last two weeks (requests, API-token and server AI use).
import { useServerData } from '../../account/use-server-data';
import { adminApi } from '../admin-api';
import { lastDays } from '../date-range';

export function UserUsage({ userId, email }: { readonly userId: string; readonly email: string }) {
  const { data: report, error } = useServerData(userId, () => {
    const range = lastDays(14);
    return adminApi.userUsage(userId, range.from, range.to);
  });

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
