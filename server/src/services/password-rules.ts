// The full rule set for a new password: length, not the email or service name, not a known password.
import {
  checkPasswordLength,
  contextWords,
  PasswordProblem,
  usesContextWord,
} from '@career-copilot/shared/auth/password-policy';
import type { CommonPasswordList } from '../infra/common-passwords';

export function findPasswordProblem(
  password: string,
  email: string,
  common: CommonPasswordList,
): PasswordProblem | undefined {
  const length = checkPasswordLength(password);
  if (length) return length;
  if (usesContextWord(password, contextWords(email))) return PasswordProblem.Context;
  if (common.has(password)) return PasswordProblem.Common;
  return undefined;
}
