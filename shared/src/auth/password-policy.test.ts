import { describe, expect, it } from 'vitest';
import {
  checkPasswordLength,
  contextWords,
  estimatePasswordStrength,
  passwordLength,
  usesContextWord,
} from './password-policy';

describe('password length rules', () => {
  it('counts code points after NFKC, so any script and composed accents count fairly', () => {
    expect(passwordLength('e\u0301t\u00e9')).toBe(3); // "é" typed two ways
    expect(passwordLength('🔑🔑🔑🔑')).toBe(4);
    expect(checkPasswordLength('日本語のパスワード')).toBeUndefined();
    expect(checkPasswordLength('short')).toBe('too_short');
    expect(checkPasswordLength('x'.repeat(128))).toBeUndefined();
    expect(checkPasswordLength('x'.repeat(129))).toBe('too_long');
  });

  it('spots the email address or the service name used as the password', () => {
    const words = contextWords('Jane.Doe@Example.com');
    expect(words).toContain('jane.doe');
    expect(usesContextWord('jane.doe!!', words)).toBe(true);
    expect(usesContextWord('CareerCopilot1', words)).toBe(true);
    expect(usesContextWord('a jane doe novel about kettles', words)).toBe(false);
  });
});

describe('estimatePasswordStrength', () => {
  const words = contextWords('jane.doe@example.com');
  it.each([
    ['password', 0],
    ['Password123!', 0],
    ['P@ssw0rd2024', 0],
    ['qwertyuiop', 0],
    ['aaaaaaaaaaaa', 0],
    ['12345678', 0],
    ['jane.doe1990', 0],
  ])('rates the guessable %s as very weak', (password, score) => {
    expect(estimatePasswordStrength(password, words).score).toBe(score);
  });

  it('rates long passphrases as strong and random short ones as good', () => {
    expect(estimatePasswordStrength('correct horse battery staple').score).toBe(4);
    expect(estimatePasswordStrength('zebra-kettle-orbit').score).toBe(4);
    expect(estimatePasswordStrength('kX9#mP2$vL').score).toBe(3);
  });

  it('says why, and says "too short" below the minimum', () => {
    const weak = estimatePasswordStrength('Password2024', words);
    expect(weak.suggestions.join(' ')).toMatch(/common words/);
    expect(weak.suggestions.join(' ')).toMatch(/years/);
    expect(estimatePasswordStrength('x7#').label).toBe('Too short');
    expect(estimatePasswordStrength('correct horse battery staple').suggestions).toEqual([]);
  });
});
