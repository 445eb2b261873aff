// The second step of signing in: the code we emailed, the authenticator app's code, or a backup code.
import { useState, type FormEvent } from 'react';
import type { MfaMethod } from '@career-copilot/shared/api/auth';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { showToast } from '../../../ui/toast-store';
import { cancelSignIn, resendLoginCode, submitMfa, type MfaChallenge } from '../account-store';
import { CodeInput } from './CodeInput';
import { FormError } from './FormError';
import { useAction } from './use-action';

const LABELS: Record<MfaMethod, string> = {
  email: 'Code from your email',
  totp: 'Code from your authenticator app',
  backup: 'Backup code',
};

export function MfaStep({
  challenge,
  onSignedIn,
}: {
  readonly challenge: MfaChallenge;
  readonly onSignedIn: () => void;
}) {
  const [method, setMethod] = useState<MfaMethod>(challenge.methods[0] ?? 'email');
  const [code, setCode] = useState('');
  const submit = useAction(submitMfa);
  const resend = useAction(resendLoginCode);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = await submit.run(method, code);
    if (outcome.ok) onSignedIn();
    else setCode('');
  }

  async function onResend() {
    const outcome = await resend.run();
    if (outcome.ok) showToast({ message: `A new code is on its way to ${outcome.value}.` });
  }

  return (
    <form className="card auth-card" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2>Confirm it is you</h2>
      <p>
        {method === 'email'
          ? `We emailed a 6-digit code to ${challenge.sentTo ?? 'your address'}. It works for 10 minutes.`
          : method === 'totp'
            ? 'Open your authenticator app and enter the 6-digit code for Career Copilot.'
            : 'Enter one of the backup codes you saved. Each works once.'}
      </p>
      <FormError message={submit.error ?? resend.error} />
      <Field label={LABELS[method]}>
        <CodeInput
          value={code}
          onValueChange={setCode}
          kind={method === 'backup' ? 'backup' : 'digits'}
          required
          autoFocus
        />
      </Field>
      <div className="actions">
        <Button type="submit" variant="primary" disabled={submit.busy}>
          {submit.busy ? 'Checking…' : 'Sign in'}
        </Button>
        {method === 'email' ? (
          <Button onClick={() => void onResend()} disabled={resend.busy}>
            Send a new code
          </Button>
        ) : null}
        <Button variant="ghost" onClick={cancelSignIn}>
          Start over
        </Button>
      </div>
      {challenge.methods.length > 1 ? (
        <p className="muted" style={{ marginTop: '1rem', marginBottom: 0 }}>
          {challenge.methods
            .filter((m) => m !== method)
            .map((m) => (
              <button
                key={m}
                type="button"
                className="btn btn-ghost btn-sm"
                onClick={() => {
                  setMethod(m);
                  setCode('');
                }}
              >
                Use{' '}
                {m === 'backup'
                  ? 'a backup code'
                  : m === 'totp'
                    ? 'the authenticator app'
                    : 'an emailed code'}{' '}
                instead
              </button>
            ))}
        </p>
      ) : null}
    </form>
  );
}
