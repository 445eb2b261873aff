// Confirm the email address with the 6-digit code we sent; this finishes the account and signs in.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast-store';
import { resendVerification, useAccount, verifyEmail } from './account-store';
import { AccountsGate, useAccountBootstrap } from './components/AccountsGate';
import { CodeInput } from './components/CodeInput';
import { EmailField } from './components/EmailField';
import { FormError } from './components/FormError';
import { useAction } from './components/use-action';

export function VerifyEmailView() {
  useAccountBootstrap();
  const navigate = useNavigate();
  const pendingEmail = useAccount((s) => s.pendingEmail);
  const [email, setEmail] = useState(pendingEmail ?? '');
  const [code, setCode] = useState('');
  const verify = useAction(verifyEmail);
  const resend = useAction(resendVerification);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = await verify.run(email, code);
    if (!outcome.ok) return;
    showToast({ message: 'Your account is ready, and you are signed in.' });
    void navigate('/account');
  }

  async function onResend() {
    const outcome = await resend.run(email);
    if (outcome.ok)
      showToast({ message: `If ${email} is waiting for a code, a new one is on its way.` });
  }

  return (
    <>
      <PageHeader
        title="Check your email"
        description={
          pendingEmail
            ? `We sent a 6-digit code to ${pendingEmail}. It works for 10 minutes.`
            : 'Enter the 6-digit code from the email we sent you. It works for 10 minutes.'
        }
      />
      <AccountsGate>
        <form className="card auth-card" onSubmit={(e) => void onSubmit(e)} noValidate>
          <FormError message={verify.error ?? resend.error} />
          {pendingEmail ? null : <EmailField value={email} onValueChange={setEmail} />}
          <Field label="Verification code">
            <CodeInput value={code} onValueChange={setCode} required autoFocus />
          </Field>
          <div className="actions">
            <Button type="submit" variant="primary" disabled={verify.busy}>
              {verify.busy ? 'Checking…' : 'Verify and sign in'}
            </Button>
            <Button onClick={() => void onResend()} disabled={resend.busy || !email}>
              Send a new code
            </Button>
          </div>
        </form>
      </AccountsGate>
    </>
  );
}
