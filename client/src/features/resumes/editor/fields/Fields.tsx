// Editor inputs: plain text, dates typed freely, links, comma lists and one-per-line lists.
import { useState } from 'react';
import { formatDate, normaliseDateInput, PRESENT } from '@career-copilot/shared/lib/dates';
import { safeUrl } from '@career-copilot/shared/resume/sanitise';
import { Field } from '../../../../ui/Field';
import { splitCommaList, splitLines } from './list-text';
import { useLocalText } from './use-local-text';

type Common = {
  readonly label: string;
  readonly hint?: string;
  readonly placeholder?: string;
  readonly wide?: boolean;
};

function wrap(wide: boolean | undefined, node: React.ReactNode) {
  return <div className={wide ? 'editor-field editor-field-wide' : 'editor-field'}>{node}</div>;
}

export function TextField({
  label,
  hint,
  placeholder,
  wide,
  value,
  onChange,
  multiline,
  type = 'text',
}: Common & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'email' | 'tel';
}) {
  return wrap(
    wide,
    <Field label={label} {...(hint ? { hint } : {})}>
      {multiline ? (
        <textarea
          value={value}
          placeholder={placeholder}
          rows={4}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          type={type}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>,
  );
}

/**
 * A date typed any common way ("Mar 2021", "03/2021", "2021-03", "present"), stored as ISO and
 * shown as words. Input that is not a date is kept in the box with a message, never stored.
 */
export function DateField({
  label,
  value,
  role,
  onChange,
}: {
  readonly label: string;
  readonly value: string;
  readonly role: 'start' | 'end' | 'single';
  readonly onChange: (iso: string) => void;
}) {
  const local = useLocalText(formatDate(value));
  const [error, setError] = useState<string>();
  function commit() {
    const text = local.finish();
    const parsed = normaliseDateInput(text);
    if (parsed === null || (parsed === PRESENT && role !== 'end')) {
      setError(
        parsed === PRESENT
          ? 'Only an end date can be “present”.'
          : `“${text}” is not a date this field understands. Try “Mar 2021”, “2021-03” or “2021”${role === 'end' ? ', or “present”' : ''}.`,
      );
      local.change(text);
      return;
    }
    setError(undefined);
    onChange(parsed === PRESENT ? '' : parsed);
  }
  return wrap(
    false,
    <Field label={label} {...(error ? { error } : {})}>
      <input
        type="text"
        inputMode="text"
        value={local.value}
        placeholder={role === 'end' ? 'Present' : 'Mar 2021'}
        onFocus={local.onFocus}
        onChange={(e) => local.change(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
        }}
      />
    </Field>,
  );
}

/** A link: a bare host gets https:// when the field is left; anything but a web link is flagged. */
export function UrlField({
  label,
  placeholder,
  wide,
  value,
  onChange,
}: Common & { readonly value: string; readonly onChange: (value: string) => void }) {
  const [error, setError] = useState<string>();
  function check() {
    const trimmed = value.trim();
    if (!trimmed) return setError(undefined);
    const safe = safeUrl(trimmed);
    if (!safe || safe.startsWith('tel:')) {
      setError(
        'Not a web link. It will print as plain text; links must start with https:// or be an email address.',
      );
      return;
    }
    setError(undefined);
    if (safe !== value) onChange(safe);
  }
  return wrap(
    wide,
    <Field label={label} {...(error ? { error } : {})}>
      <input
        type="url"
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        onBlur={check}
      />
    </Field>,
  );
}

/** Items separated by commas; a comma inside parentheses stays in its item. */
export function CommaListField({
  label,
  placeholder,
  wide,
  value,
  onChange,
}: Common & { readonly value: readonly string[]; readonly onChange: (items: string[]) => void }) {
  const local = useLocalText(value.join(', '));
  return wrap(
    wide ?? true,
    <Field label={label} hint="Separate with commas">
      <input
        type="text"
        value={local.value}
        placeholder={placeholder}
        onFocus={local.onFocus}
        onChange={(e) => {
          local.change(e.target.value);
          onChange(splitCommaList(e.target.value));
        }}
        onBlur={() => onChange(splitCommaList(local.finish()))}
      />
    </Field>,
  );
}

/** One item per line (a leading "-" or "•" is dropped); empty lines are ignored. */
export function LinesField({
  label,
  placeholder,
  value,
  onChange,
}: Common & { readonly value: readonly string[]; readonly onChange: (items: string[]) => void }) {
  const local = useLocalText(value.join('\n'));
  return wrap(
    true,
    <Field label={label} hint="One per line; each prints as a bullet">
      <textarea
        value={local.value}
        placeholder={placeholder}
        rows={Math.min(12, Math.max(3, local.value.split('\n').length + 1))}
        onFocus={local.onFocus}
        onChange={(e) => {
          local.change(e.target.value);
          onChange(splitLines(e.target.value));
        }}
        onBlur={() => onChange(splitLines(local.finish()))}
      />
    </Field>,
  );
}
