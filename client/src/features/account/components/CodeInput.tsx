// A one-time code field: digits, big and spaced, filled in by the phone's keyboard or autofill.
import type { InputHTMLAttributes } from 'react';

export function CodeInput({
  value,
  onValueChange,
  kind = 'digits',
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'value'> & {
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  /** `backup` codes are 10 letters and digits, written abcde-fghjk. */
  readonly kind?: 'digits' | 'backup';
}) {
  return (
    <input
      {...rest}
      type="text"
      className="code-input"
      value={value}
      onChange={(e) => onValueChange(e.target.value)}
      inputMode={kind === 'digits' ? 'numeric' : 'text'}
      autoComplete={kind === 'digits' ? 'one-time-code' : 'off'}
      autoCapitalize="off"
      spellCheck={false}
      maxLength={kind === 'digits' ? 7 : 12}
      pattern={kind === 'digits' ? '[0-9 ]{6,7}' : '[A-Za-z0-9 -]{10,12}'}
      placeholder={kind === 'digits' ? '123456' : 'abcde-fghjk'}
    />
  );
}
