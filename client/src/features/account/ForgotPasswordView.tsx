// Forgot password: ask for a reset code by email. The answer is the same whether or not the address
// has an account, so this page cannot be used to find out who has one.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { forgotPassword } from './account-store';
import { AccountsGate, useAccountBootstrap } from './components/AccountsGate';
import { EmailField } from './components/EmailField';
import { FormError } from './components/FormError';
import { useAction } from './components/use-action';

export function ForgotPasswordView() {
  useAccountBootstrap();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | undefined>(undefined);
  const { run, busy, error } = useAction(forgotPassword);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(email);
    if (outcome.ok) setSentTo(email.trim());
  }

  return (
    <>
      <PageHeader
        title="Reset your password"
        description="We email you a code (and a link) that lets you choose a new password."
      />
      <AccountsGate>
        {sentTo ? (
          <div className="card auth-card" role="status">
            <p>
              If <strong>{sentTo}</strong> has an account, a reset code is on its way. It works
              once, for 10 minutes. Resetting signs you out on every device.
            </p>
            <div className="actions">
              <Link
                className="btn btn-primary"
                to={`/account/reset#${new URLSearchParams({ email: sentTo })}`}
              >
                Enter the code
              </Link>
              <Button onClick={() => setSentTo(undefined)}>Use another address</Button>
            </div>
          </div>
        ) : (
          <form className="card auth-card" onSubmit={(e) => void onSubmit(e)} noValidate>
            <FormError message={error} />
            <EmailField value={email} onValueChange={setEmail} />
            <div className="actions">
              <Button type="submit" variant="primary" disabled={busy}>
                {busy ? 'Sending…' : 'Send reset code'}
              </Button>
              <Link to="/account/sign-in">Back to sign in</Link>
            </div>
          </form>
        )}
      </AccountsGate>
    </>
  );
}
