// Backup codes: 10 single-use codes of 10 characters (50 bits each), shown once, stored as keyed hashes.
import { randomInt } from 'node:crypto';
import { hmac, type AuthKeys } from '../infra/secret-keys';

export const BACKUP_CODE_COUNT = 10;
// Crockford's base32 alphabet: no i, l, o or u to misread.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Codes as shown to the user: `abcde-fghjk`. */
export function generateBackupCodes(): string[] {
  return Array.from({ length: BACKUP_CODE_COUNT }, () => {
    let code = '';
    for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** The stored form; input is normalized first (case, dashes and spaces do not matter). */
export function hashBackupCode(keys: AuthKeys, userId: string, code: string): string {
  return hmac(keys.codes, `backup|${userId}|${code.replace(/[\s-]/g, '').toLowerCase()}`);
}
