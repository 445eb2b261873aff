// The email field of the account forms.
import { Field } from '../../../ui/Field';

export function EmailField({
  value,
  onValueChange,
  autoComplete = 'email',
}: {
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  /** `username` where a password manager should pair it with the password. */
  readonly autoComplete?: 'email' | 'username';
}) {
  return (
    <Field label="Email">
      <input
        type="email"
        value={value}
        onChange={(e) => onValueChange(e.target.value)}
        autoComplete={autoComplete}
        maxLength={254}
        required
      />
    </Field>
  );
}
