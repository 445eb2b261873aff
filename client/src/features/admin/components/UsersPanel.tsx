// Admin: find accounts by email, role and status; change a role, disable or re-enable, resend a code.
import { useCallback, useEffect, useState } from 'react';
import {
  AccountStatus,
  type AdminUser,
  type AdminUsersResponse,
} from '@career-copilot/shared/api/admin';
import { ROLES, type Role } from '@career-copilot/shared/api/auth';
import { formatDateTime } from '../../../lib/format';
import { Button } from '../../../ui/Button';
import { showError, showToast } from '../../../ui/toast-store';
import { failureMessage } from '../../account/account-messages';
import { adminApi } from '../admin-api';
import { UserUsage } from './UserUsage';

type Filters = { q: string; role: Role | ''; status: AccountStatus | '' };
const NO_FILTERS: Filters = { q: '', role: '', status: '' };
type UsersResult = Awaited<ReturnType<typeof adminApi.users>>;

const fetchUsers = (f: Filters, offset: number) =>
  adminApi.users({
    q: f.q || undefined,
    role: f.role || undefined,
    status: f.status || undefined,
    offset,
  });

export function UsersPanel({ selfId }: { readonly selfId: string }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState<AdminUsersResponse | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [usageOf, setUsageOf] = useState<AdminUser | undefined>();

  const apply = useCallback((result: UsersResult, offset: number) => {
    if (!result.ok) return setError(failureMessage(result.error));
    setError(undefined);
    setPage((previous) =>
      offset > 0 && previous
        ? { ...result.value, users: [...previous.users, ...result.value.users] }
        : result.value,
    );
  }, []);
  const search = (f: Filters, offset = 0) =>
    void fetchUsers(f, offset).then((result) => apply(result, offset));

  useEffect(() => {
    void fetchUsers(NO_FILTERS, 0).then((result) => apply(result, 0));
  }, [apply]);

  const replace = (user: AdminUser) =>
    setPage((p) => (p ? { ...p, users: p.users.map((u) => (u.id === user.id ? user : u)) } : p));

  async function changeRole(user: AdminUser, role: Role) {
    const result = await adminApi.setRole(user.id, role);
    if (!result.ok) return void showError(failureMessage(result.error));
    replace(result.value.user);
    showToast({ message: `${user.email} is now ${role}.` });
  }

  async function toggleDisabled(user: AdminUser) {
    const disabling = user.status !== AccountStatus.Disabled;
    const result = disabling ? await adminApi.disable(user.id) : await adminApi.enable(user.id);
    if (!result.ok) return void showError(failureMessage(result.error));
    replace(result.value.user);
    showToast({
      message: disabling
        ? `${user.email} is disabled and signed out everywhere.`
        : `${user.email} can sign in again.`,
    });
  }

  async function resend(user: AdminUser) {
    const result = await adminApi.resendVerification(user.id);
    if (!result.ok) return void showError(failureMessage(result.error));
    showToast({ message: `A new verification code was sent to ${user.email}.` });
  }

  return (
    <section className="card" aria-labelledby="admin-users-heading">
      <h2 id="admin-users-heading">Users</h2>
      <form
        className="report-filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          search(filters);
        }}
      >
        <label>
          Email{' '}
          <input
            type="search"
            value={filters.q}
            onChange={(e) => setFilters({ ...filters, q: e.target.value })}
            placeholder="name@example.com"
          />
        </label>
        <label>
          Role{' '}
          <select
            value={filters.role}
            onChange={(e) => setFilters({ ...filters, role: e.target.value as Role | '' })}
          >
            <option value="">Any</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select
            value={filters.status}
            onChange={(e) =>
              setFilters({ ...filters, status: e.target.value as AccountStatus | '' })
            }
          >
            <option value="">Any</option>
            {Object.values(AccountStatus).map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" size="sm" variant="primary">
          Search
        </Button>
      </form>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {page && page.users.length === 0 ? <p className="muted">No account matches.</p> : null}
      {page && page.users.length > 0 ? (
        <table className="table" data-testid="admin-users">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {page.users.map((user) => (
              <tr key={user.id} data-email={user.email}>
                <td>{user.email}</td>
                <td>
                  <select
                    aria-label={`Role of ${user.email}`}
                    value={user.role}
                    disabled={user.id === selfId}
                    onChange={(e) => void changeRole(user, e.target.value as Role)}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <span
                    className={`badge ${user.status === 'disabled' ? 'badge-danger' : user.status === 'pending' ? 'badge-warning' : 'badge-success'}`}
                  >
                    {user.status}
                  </span>
                </td>
                <td>{formatDateTime(user.createdAt)}</td>
                <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : '—'}</td>
                <td className="actions">
                  {user.id !== selfId ? (
                    <Button
                      size="sm"
                      variant={user.status === 'disabled' ? 'secondary' : 'danger'}
                      onClick={() => void toggleDisabled(user)}
                    >
                      {user.status === 'disabled' ? 'Re-enable' : 'Disable'}
                    </Button>
                  ) : null}
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Usage of ${user.email}`}
                    onClick={() => setUsageOf(usageOf?.id === user.id ? undefined : user)}
                  >
                    Usage
                  </Button>
                  {user.status === 'pending' ? (
                    <Button size="sm" onClick={() => void resend(user)}>
                      Resend verification
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {usageOf ? <UserUsage key={usageOf.id} userId={usageOf.id} email={usageOf.email} /> : null}
      {page?.nextOffset !== undefined ? (
        <Button size="sm" onClick={() => search(filters, page.nextOffset)}>
          Load more
        </Button>
      ) : null}
      {page ? <p className="muted">{page.total} accounts in all.</p> : null}
    </section>
  );
}
