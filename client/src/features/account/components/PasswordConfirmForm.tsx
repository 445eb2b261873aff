// A small form that asks for the current password before a sensitive change.
import { useState, type FormEvent } from 'react';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import type { Outcome } from '../account-store';
import { FormError } from './FormError';
import { PasswordInput } from './PasswordInput';
import { useAction } from './use-action';

export function PasswordConfirmForm({
  submitLabel,
  danger = false,
  onConfirm,
  onCancel,
}: {
  readonly submitLabel: string;
  readonly danger?: boolean;
  readonly onConfirm: (password: string) => Promise<Outcome>;
  readonly onCancel: () => void;
}) {
  const [password, setPassword] = useState('');
  const { run, busy, error } = useAction(onConfirm);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(password);
    if (outcome.ok) setPassword('');
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="inline-form">
      <FormError message={error} />
      <Field label="Your current password">
        <PasswordInput
          value={password}
          onValueChange={setPassword}
          autoComplete="current-password"
          required
          autoFocus
        />
      </Field>
      <div className="actions">
        <Button type="submit" variant={danger ? 'danger' : 'primary'} disabled={busy || !password}>
          {busy ? 'Working…' : submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
