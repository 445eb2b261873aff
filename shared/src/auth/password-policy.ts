// Password rules both sides agree on (NIST SP 800-63B: length, not composition) and a strength estimate.

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_RECOMMENDED_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

/** NFKC, so the same password typed on two keyboards (composed or decomposed accents) matches. */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Length in Unicode code points, the unit the limits are stated in. */
export function passwordLength(password: string): number {
  return [...normalizePassword(password)].length;
}

export const PasswordProblem = {
  TooShort: 'too_short',
  TooLong: 'too_long',
  Common: 'common',
  Context: 'context',
} as const;
export type PasswordProblem = (typeof PasswordProblem)[keyof typeof PasswordProblem];

export const PASSWORD_PROBLEM_MESSAGES: Readonly<Record<PasswordProblem, string>> = {
  too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters (${PASSWORD_RECOMMENDED_LENGTH} or more is best; a few unrelated words work well).`,
  too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  common:
    'This password is on a list of common or leaked passwords that attackers try first. Choose another.',
  context: 'Do not use your email address or the name of this service in your password.',
};

/** The length rules alone; the server adds the common-password list and context words. */
export function checkPasswordLength(password: string): PasswordProblem | undefined {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return PasswordProblem.TooShort;
  if (length > PASSWORD_MAX_LENGTH) return PasswordProblem.TooLong;
  return undefined;
}

/** Words from the email address that should not be the password (or most of it). */
export function contextWords(email: string): string[] {
  const lower = email.trim().toLowerCase();
  const local = lower.split('@')[0] ?? '';
  return [...new Set([lower, local, ...local.split(/[._+-]+/), 'careercopilot', 'copilot'])].filter(
    (w) => w.length >= 4,
  );
}

/** True when the password is a context word, or a context word with a few characters around it. */
export function usesContextWord(password: string, words: readonly string[]): boolean {
  const p = deLeet(normalizePassword(password).toLowerCase());
  return words.some((w) => p.includes(w) && p.length - w.length <= 4);
}

// The patterns attackers try first; the full list of known passwords is checked on the server.
const COMMON_WORDS = new Set(
  (
    'password passwort motdepasse contrasena qwerty qwertz azerty asdf zxcv letmein welcome admin ' +
    'administrator login iloveyou monkey dragon football baseball soccer hockey basketball master ' +
    'sunshine princess shadow superman batman michael jordan jennifer charlie thomas robert daniel ' +
    'freedom whatever trustno secret summer winter spring autumn hello computer internet starwars ' +
    'pokemon killer hunter ranger buster tigger cookie cheese banana chocolate love lovely angel ' +
    'flower purple orange yellow matrix ninja mustang harley cowboy mother father family google ' +
    'apple samsung facebook linkedin career resume changeme default test guest user root access ' +
    'ashley jessica nicole michelle amanda andrew joshua matthew anthony william justin'
  ).split(' '),
);
const KEYBOARD_ROWS = [
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1234567890',
  'qwertzuiop',
  'azertyuiop',
];
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

function deLeet(text: string): string {
  return [...text].map((ch) => LEET[ch] ?? ch).join('');
}

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export type PasswordStrength = {
  readonly score: StrengthScore;
  readonly label: 'Too short' | 'Very weak' | 'Weak' | 'Fair' | 'Good' | 'Strong';
  /** A rough guess count, as bits (log2); for display and tests, not a security boundary. */
  readonly bits: number;
  readonly suggestions: readonly string[];
};

function poolSize(password: string): number {
  let pool = 0;
  if (/[a-z]/.test(password)) pool += 26;
  if (/[A-Z]/.test(password)) pool += 26;
  if (/[0-9]/.test(password)) pool += 10;
  if (/[ -/:-@[-`{-~]/.test(password)) pool += 33;
  if (/[^\x20-\x7e]/u.test(password)) pool += 100;
  return Math.max(pool, 10);
}

function isSequenceStep(a: string, b: string): boolean {
  const diff = (b.codePointAt(0) ?? 0) - (a.codePointAt(0) ?? 0);
  if (Math.abs(diff) === 1) return true;
  const pair = (a + b).toLowerCase();
  return KEYBOARD_ROWS.some(
    (row) => row.includes(pair) || [...row].reverse().join('').includes(pair),
  );
}

/**
 * Estimates how guessable a password is, scanning it for dictionary words (also in leetspeak),
 * sequences, keyboard runs, repeats, years and context words; each such piece counts as a few bits
 * instead of a few random characters. A heuristic for the strength meter, in the spirit of zxcvbn.
 */
export function estimatePasswordStrength(
  password: string,
  context: readonly string[] = [],
): PasswordStrength {
  const normalized = normalizePassword(password);
  const chars = [...normalized];
  const lower = deLeet(normalized.toLowerCase());
  const lowerChars = [...lower];
  const perChar = Math.log2(poolSize(normalized));
  const found = { word: false, sequence: false, repeat: false, year: false, context: false };
  let bits = 0;
  let i = 0;
  while (i < chars.length) {
    const rest = lowerChars.slice(i).join('');
    const contextHit = context.find((w) => rest.startsWith(w));
    if (contextHit) {
      found.context = true;
      bits += 2;
      i += [...contextHit].length;
      continue;
    }
    let word = '';
    for (let end = Math.min(lowerChars.length, i + 14); end >= i + 4; end--) {
      const candidate = lowerChars.slice(i, end).join('');
      if (COMMON_WORDS.has(candidate)) {
        word = candidate;
        break;
      }
    }
    if (word) {
      found.word = true;
      bits += 10;
      i += [...word].length;
      continue;
    }
    const year = /^(19|20)\d\d/.exec(chars.slice(i).join(''));
    if (year) {
      found.year = true;
      bits += 7;
      i += 4;
      continue;
    }
    let run = 1;
    while (i + run < chars.length && chars[i + run] === chars[i]) run++;
    if (run >= 3) {
      found.repeat = true;
      bits += perChar + Math.log2(run);
      i += run;
      continue;
    }
    let seq = 1;
    while (i + seq < chars.length && isSequenceStep(chars[i + seq - 1]!, chars[i + seq]!)) seq++;
    if (seq >= 3) {
      found.sequence = true;
      bits += 4 + Math.log2(seq);
      i += seq;
      continue;
    }
    bits += perChar;
    i += 1;
  }
  const rounded = Math.round(bits);
  const length = chars.length;
  const suggestions: string[] = [];
  if (length < PASSWORD_RECOMMENDED_LENGTH)
    suggestions.push(
      `Longer is stronger: ${PASSWORD_RECOMMENDED_LENGTH} or more characters, such as a few unrelated words.`,
    );
  if (found.word) suggestions.push('Avoid common words and passwords such as “password”.');
  if (found.sequence)
    suggestions.push('Avoid sequences and keyboard runs such as “abc” or “1234”.');
  if (found.repeat) suggestions.push('Avoid repeated characters such as “aaa”.');
  if (found.year) suggestions.push('Avoid years and dates; they are easy to guess.');
  if (found.context) suggestions.push('Do not use your email address in your password.');

  if (length < PASSWORD_MIN_LENGTH)
    return { score: 0, label: 'Too short', bits: rounded, suggestions };
  const score: StrengthScore =
    rounded < 30 ? 0 : rounded < 45 ? 1 : rounded < 60 ? 2 : rounded < 80 ? 3 : 4;
  const label = (['Very weak', 'Weak', 'Fair', 'Good', 'Strong'] as const)[score];
  return { score, label, bits: rounded, suggestions };
}
