// Sign in: email and password, then the second step (a code by email, the authenticator app, or a
// backup code).
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { signIn, useAccount } from './account-store';
import { AccountsGate, useAccountBootstrap } from './components/AccountsGate';
import { EmailField } from './components/EmailField';
import { FormError } from './components/FormError';
import { MfaStep } from './components/MfaStep';
import { PasswordInput } from './components/PasswordInput';
import { useAction } from './components/use-action';

export function SignInView() {
  useAccountBootstrap();
  const navigate = useNavigate();
  const mfa = useAccount((s) => s.mfa);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { run, busy, error } = useAction(signIn);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(email, password);
    if (!outcome.ok) return;
    setPassword('');
    if (outcome.value === 'verify_email') void navigate('/account/verify');
  }

  return (
    <>
      <PageHeader
        title="Sign in"
        description="Your account is only needed for premium server models."
      />
      <AccountsGate>
        {mfa ? (
          <MfaStep challenge={mfa} onSignedIn={() => void navigate('/account')} />
        ) : (
          <form className="card auth-card" onSubmit={(e) => void onSubmit(e)} noValidate>
            <FormError message={error} />
            <EmailField value={email} onValueChange={setEmail} autoComplete="username" />
            <Field label="Password">
              <PasswordInput
                value={password}
                onValueChange={setPassword}
                autoComplete="current-password"
                required
              />
            </Field>
            <div className="actions">
              <Button type="submit" variant="primary" disabled={busy}>
                {busy ? 'Signing in…' : 'Continue'}
              </Button>
              <Link to="/account/forgot">Forgot your password?</Link>
            </div>
            <p className="muted" style={{ marginTop: '1rem', marginBottom: 0 }}>
              No account yet? <Link to="/account/register">Create one</Link>.
            </p>
          </form>
        )}
      </AccountsGate>
    </>
  );
}
