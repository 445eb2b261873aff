// Change the password: the current one, then the new one; every other device is signed out.
import { useState, type FormEvent } from 'react';
import type { AuthUser } from '@career-copilot/shared/api/auth';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { showToast } from '../../../ui/toast-store';
import { changePassword } from '../security-store';
import { FormError } from './FormError';
import { PasswordInput } from './PasswordInput';
import { PasswordStrengthMeter } from './PasswordStrengthMeter';
import { useAction } from './use-action';

export function ChangePasswordCard({ user }: { readonly user: AuthUser }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const { run, busy, error } = useAction(changePassword);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(current, next);
    if (!outcome.ok) return;
    setCurrent('');
    setNext('');
    showToast({ message: 'Password changed. Your other devices were signed out.' });
  }

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="inline-form">
        <FormError message={error} />
        <input type="email" hidden readOnly autoComplete="username" value={user.email} />
        <Field label="Current password">
          <PasswordInput
            value={current}
            onValueChange={setCurrent}
            autoComplete="current-password"
            required
          />
        </Field>
        <Field label="New password">
          <PasswordInput
            value={next}
            onValueChange={setNext}
            autoComplete="new-password"
            required
          />
        </Field>
        <PasswordStrengthMeter password={next} email={user.email} />
        <Button type="submit" variant="primary" disabled={busy || !current || !next}>
          {busy ? 'Saving…' : 'Change password'}
        </Button>
      </form>
    </section>
  );
}
