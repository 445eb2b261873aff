// A password field with a show/hide toggle (seeing what you type beats typing it twice).
import { useState, type InputHTMLAttributes } from 'react';

export function PasswordInput({
  value,
  onValueChange,
  autoComplete,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'value'> & {
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly autoComplete: 'current-password' | 'new-password';
}) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="password-row">
      <input
        {...rest}
        type={visible ? 'text' : 'password'}
        value={value}
        onChange={(e) => onValueChange(e.target.value)}
        autoComplete={autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        maxLength={512}
      />
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        aria-pressed={visible}
        onClick={() => setVisible((v) => !v)}
      >
        {visible ? 'Hide' : 'Show'}
        <span className="visually-hidden"> password</span>
      </button>
    </div>
  );
}
