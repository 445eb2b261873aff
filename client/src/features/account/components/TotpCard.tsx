// Two-step sign-in with an authenticator app (TOTP): set up with a QR code, or turn off.
import { useState, type FormEvent } from 'react';
import type { AuthUser } from '@career-copilot/shared/api/auth';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { showError, showToast } from '../../../ui/toast-store';
import {
  cancelTotpSetup,
  disableTotp,
  enableTotp,
  startTotpSetup,
  useSecurity,
} from '../security-store';
import { CodeInput } from './CodeInput';
import { FormError } from './FormError';
import { PasswordConfirmForm } from './PasswordConfirmForm';
import { useAction } from './use-action';

export function TotpCard({ user }: { readonly user: AuthUser }) {
  const setup = useSecurity((s) => s.totpSetup);
  const [turningOff, setTurningOff] = useState(false);
  const [code, setCode] = useState('');
  const enable = useAction(enableTotp);

  async function onStart() {
    const outcome = await startTotpSetup();
    if (!outcome.ok) showError(outcome.error);
  }

  async function onEnable(event: FormEvent) {
    event.preventDefault();
    const outcome = await enable.run(code);
    if (!outcome.ok) return;
    setCode('');
    showToast({ message: 'Authenticator app is on. Save your backup codes now.' });
  }

  async function onDisable(password: string) {
    const outcome = await disableTotp(password);
    if (outcome.ok) {
      setTurningOff(false);
      showToast({ message: 'Authenticator app is off; sign-in codes come by email again.' });
    }
    return outcome;
  }

  return (
    <section className="card" aria-labelledby="totp-heading">
      <div className="card-title">
        <h2 id="totp-heading">Two-step sign-in</h2>
        {user.mfa.totp ? (
          <span className="badge badge-success">Authenticator app</span>
        ) : (
          <span className="badge">Code by email</span>
        )}
      </div>
      {user.mfa.totp ? (
        <>
          <p>Signing in asks for a code from your authenticator app (or a backup code).</p>
          {turningOff ? (
            <PasswordConfirmForm
              submitLabel="Turn off authenticator app"
              danger
              onConfirm={onDisable}
              onCancel={() => setTurningOff(false)}
            />
          ) : (
            <Button onClick={() => setTurningOff(true)}>Turn off…</Button>
          )}
        </>
      ) : setup ? (
        <form onSubmit={(e) => void onEnable(e)} noValidate>
          <p>
            Scan this code with an authenticator app (such as Aegis, Google Authenticator, 1Password
            or Microsoft Authenticator), then enter the 6-digit code it shows.
          </p>
          <img className="qr" src={setup.qrDataUrl} alt="QR code for your authenticator app" />
          <p className="muted">
            Cannot scan? Enter this key by hand:{' '}
            <code data-testid="totp-secret">{setup.secret}</code>
          </p>
          <FormError message={enable.error} />
          <Field label="Code from the app">
            <CodeInput value={code} onValueChange={setCode} required />
          </Field>
          <div className="actions">
            <Button type="submit" variant="primary" disabled={enable.busy}>
              {enable.busy ? 'Checking…' : 'Turn on'}
            </Button>
            <Button variant="ghost" onClick={cancelTotpSetup}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p>
            Each sign-in sends a code to your email. An authenticator app is safer: it works offline
            and nobody who gets into your email can use it.
          </p>
          <Button variant="primary" onClick={() => void onStart()}>
            Set up an authenticator app
          </Button>
        </>
      )}
    </section>
  );
}
