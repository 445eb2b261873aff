// Create an account: email and password (with a strength meter); a code by email comes next.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { register } from './account-store';
import { AccountsGate, useAccountBootstrap } from './components/AccountsGate';
import { EmailField } from './components/EmailField';
import { FormError } from './components/FormError';
import { PasswordInput } from './components/PasswordInput';
import { PasswordStrengthMeter } from './components/PasswordStrengthMeter';
import { useAction } from './components/use-action';

export function RegisterView() {
  useAccountBootstrap();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { run, busy, error } = useAction(register);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(email, password);
    if (outcome.ok) void navigate('/account/verify');
  }

  return (
    <>
      <PageHeader
        title="Create an account"
        description="For premium server models. Your resumes and applications stay on this device."
      />
      <AccountsGate>
        <form className="card auth-card" onSubmit={(e) => void onSubmit(e)} noValidate>
          <FormError message={error} />
          <EmailField value={email} onValueChange={setEmail} />
          <Field label="Password">
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
              {busy ? 'Creating…' : 'Create account'}
            </Button>
            <Link to="/account/sign-in">I already have an account</Link>
          </div>
        </form>
      </AccountsGate>
    </>
  );
}
