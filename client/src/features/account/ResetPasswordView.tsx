// Choose a new password with the emailed code. The link in the email carries the address and code
// in the URL fragment (never sent to a server); we read them once and remove them from the address bar.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast-store';
import { resetPassword } from './account-store';
import { AccountsGate, useAccountBootstrap } from './components/AccountsGate';
import { CodeInput } from './components/CodeInput';
import { EmailField } from './components/EmailField';
import { FormError } from './components/FormError';
import { PasswordInput } from './components/PasswordInput';
import { PasswordStrengthMeter } from './components/PasswordStrengthMeter';
import { useAction } from './components/use-action';

function readFragment(): { email: string; code: string } {
  const params = new URLSearchParams(window.location.hash.slice(1));
  return { email: params.get('email') ?? '', code: params.get('code') ?? '' };
}

export function ResetPasswordView() {
  useAccountBootstrap();
  const navigate = useNavigate();
  const [initial] = useState(readFragment);
  const [email, setEmail] = useState(initial.email);
  const [code, setCode] = useState(initial.code);
  const [password, setPassword] = useState('');
  const { run, busy, error } = useAction(resetPassword);

  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(email, code, password);
    if (!outcome.ok) return;
    showToast({ message: 'Your password is changed. Sign in with it now.' });
    void navigate('/account/sign-in');
  }

  return (
    <>
      <PageHeader
        title="Choose a new password"
        description="This signs you out on every device; sign in again with the new password."
      />
      <AccountsGate>
        <form className="card auth-card" onSubmit={(e) => void onSubmit(e)} noValidate>
          <FormError message={error} />
          <EmailField value={email} onValueChange={setEmail} autoComplete="username" />
          <Field label="Reset code">
            <CodeInput value={code} onValueChange={setCode} required />
          </Field>
          <Field label="New password">
            <PasswordInput
              value={password}
              onValueChange={setPassword}
              autoComplete="new-password"
              required
            />
          </Field>
          <PasswordStrengthMeter password={password} email={email} />
          <div className="actions">
            <Button type="submit" variant="primary" disabled={busy}>
              {busy ? 'Saving…' : 'Set new password'}
            </Button>
            <Link to="/account/forgot">Send me a new code</Link>
          </div>
        </form>
      </AccountsGate>
    </>
  );
}
