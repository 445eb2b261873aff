// How guessable a new password looks, as the user types. An estimate made in the browser (patterns,
// words, sequences, the email address); the server also refuses 17,950 known leaked passwords.
import {
  contextWords,
  estimatePasswordStrength,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordLength,
} from '@career-copilot/shared/auth/password-policy';

const TONES = ['danger', 'danger', 'warning', 'success', 'success'] as const;

export function PasswordStrengthMeter({
  password,
  email,
}: {
  readonly password: string;
  readonly email: string;
}) {
  if (!password) {
    return (
      <p className="muted" data-testid="password-strength">
        At least {PASSWORD_MIN_LENGTH} characters; 15 or more is best. Spaces, accents and emoji are
        all fine.
      </p>
    );
  }
  const strength = estimatePasswordStrength(password, contextWords(email));
  const length = passwordLength(password);
  const tone = length < PASSWORD_MIN_LENGTH ? 'danger' : TONES[strength.score];
  return (
    <div className="strength" data-testid="password-strength" aria-live="polite">
      <div
        className={`meter strength-${tone}`}
        role="meter"
        aria-label="Password strength"
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={strength.score}
        aria-valuetext={strength.label}
      >
        <span
          style={{ width: `${length < PASSWORD_MIN_LENGTH ? 8 : 20 + strength.score * 20}%` }}
        />
      </div>
      <p className="muted">
        <strong>{strength.label}</strong>
        {length < PASSWORD_MIN_LENGTH
          ? ` — ${length} of at least ${PASSWORD_MIN_LENGTH} characters.`
          : length > PASSWORD_MAX_LENGTH
            ? ` — at most ${PASSWORD_MAX_LENGTH} characters.`
            : null}
      </p>
      {strength.suggestions.length > 0 ? (
        <ul className="muted strength-tips">
          {strength.suggestions.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
