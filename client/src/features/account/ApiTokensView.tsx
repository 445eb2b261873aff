// Personal API tokens (Premium): create one with a name and scopes, see it once, list and revoke.
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  API_TOKEN_SCOPE_LABELS,
  API_TOKEN_SCOPES,
  TokenRoutes,
  type ApiTokenInfo,
  type ApiTokenScope,
} from '@career-copilot/shared/api/tokens';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { showError, showToast } from '../../ui/toast-store';
import { failureMessage } from './account-messages';
import { useAccount } from './account-store';
import { AccountsGate, useAccountBootstrap } from './components/AccountsGate';
import { FormError } from './components/FormError';
import { tokensApi } from './tokens-api';

const PREMIUM_ROLES = new Set(['premium', 'admin', 'tester']);
type ListResult = Awaited<ReturnType<typeof tokensApi.list>>;

export function ApiTokensView() {
  useAccountBootstrap();
  const session = useAccount((s) => s.session);
  const signedIn = session.kind === 'signed-in';
  const premium = signedIn && PREMIUM_ROLES.has(session.user.role);
  const [tokens, setTokens] = useState<ApiTokenInfo[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiTokenScope[]>(['match']);
  const [fresh, setFresh] = useState<{ token: string; name: string } | undefined>();

  const apply = useCallback((result: ListResult) => {
    if (!result.ok) return setError(failureMessage(result.error));
    setError(undefined);
    setTokens(result.value.tokens);
  }, []);

  useEffect(() => {
    if (signedIn) void tokensApi.list().then(apply);
  }, [signedIn, apply]);

  async function create() {
    const result = await tokensApi.create(name, scopes);
    if (!result.ok) return setError(failureMessage(result.error));
    setError(undefined);
    setFresh({ token: result.value.token, name: result.value.info.name });
    setName('');
    apply(await tokensApi.list());
  }

  async function revoke(token: ApiTokenInfo) {
    const result = await tokensApi.revoke(token.id);
    if (!result.ok) return void showError(failureMessage(result.error));
    showToast({ message: `Revoked “${token.name}”. Programs using it stop working now.` });
    apply(await tokensApi.list());
  }

  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Use Career Copilot from your own programs with{' '}
            <code>Authorization: Bearer &lt;token&gt;</code>. The API is described in{' '}
            <a href={TokenRoutes.openapi}>the OpenAPI document</a>.{' '}
            <Link to="/account">Back to Account</Link>
          </>
        }
      />
      <AccountsGate>
        {session.kind === 'signed-out' ? (
          <div className="notice" role="status">
            <Link to="/account/sign-in">Sign in</Link> to manage API tokens.
          </div>
        ) : null}
        {signedIn && !premium ? (
          <div className="notice" role="status">
            Personal API tokens come with the Premium plan.
          </div>
        ) : null}
        {signedIn ? (
          <>
            <FormError message={error} />
            {fresh ? (
              <section className="card notice-success" aria-labelledby="fresh-heading">
                <h2 id="fresh-heading">Your new token “{fresh.name}”</h2>
                <p>Copy it now: it is shown only once. We keep only a fingerprint of it.</p>
                <p>
                  <code data-testid="new-token">{fresh.token}</code>
                </p>
                <div className="actions">
                  <Button
                    size="sm"
                    onClick={() =>
                      void navigator.clipboard
                        ?.writeText(fresh.token)
                        .then(() => showToast({ message: 'Token copied.' }))
                    }
                  >
                    Copy
                  </Button>
                  <Button size="sm" onClick={() => setFresh(undefined)}>
                    I have copied it
                  </Button>
                </div>
              </section>
            ) : null}
            {premium ? (
              <section className="card" aria-labelledby="new-token-heading">
                <h2 id="new-token-heading">New token</h2>
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void create();
                  }}
                >
                  <div className="field">
                    <label htmlFor="token-name">Name</label>
                    <input
                      id="token-name"
                      type="text"
                      maxLength={60}
                      value={name}
                      placeholder="e.g. My job-board script"
                      onChange={(e) => setName(e.target.value)}
                    />
                  </div>
                  <fieldset className="field">
                    <legend>Scopes</legend>
                    {API_TOKEN_SCOPES.map((scope) => (
                      <label key={scope} className="checkbox">
                        <input
                          type="checkbox"
                          checked={scopes.includes(scope)}
                          onChange={(e) =>
                            setScopes(
                              e.target.checked
                                ? [...scopes, scope]
                                : scopes.filter((s) => s !== scope),
                            )
                          }
                        />{' '}
                        <code>{scope}</code> — {API_TOKEN_SCOPE_LABELS[scope]}
                      </label>
                    ))}
                  </fieldset>
                  <Button
                    type="submit"
                    variant="primary"
                    disabled={name.trim() === '' || scopes.length === 0}
                  >
                    Create token
                  </Button>
                </form>
              </section>
            ) : null}
            <section className="card" aria-labelledby="tokens-heading">
              <h2 id="tokens-heading">Your tokens</h2>
              {tokens && tokens.length === 0 ? <p className="muted">No tokens yet.</p> : null}
              {tokens && tokens.length > 0 ? (
                <table className="table" data-testid="api-tokens">
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Scopes</th>
                      <th scope="col">Token</th>
                      <th scope="col">Created</th>
                      <th scope="col">Last used</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {tokens.map((token) => (
                      <tr key={token.id}>
                        <td>{token.name}</td>
                        <td>{token.scopes.join(', ')}</td>
                        <td>
                          <code>{token.prefix}</code>
                        </td>
                        <td>{formatDateTime(token.createdAt)}</td>
                        <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</td>
                        <td>
                          <Button size="sm" variant="danger" onClick={() => void revoke(token)}>
                            Revoke
                          </Button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </section>
          </>
        ) : null}
      </AccountsGate>
    </>
  );
}
