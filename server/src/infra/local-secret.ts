// Outside production, a generated AUTH_SECRET_KEY kept in a private file, so `pnpm start` keeps
// sign-ins and authenticator apps working across restarts without any setup.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import { generateSecretKey, parseSecretKey } from './secret-keys';

export type LocalSecret = { readonly key: Buffer; readonly created: boolean };

export function loadOrCreateLocalSecret(path: string): Result<LocalSecret, string> {
  if (existsSync(path)) {
    const key = parseSecretKey(readFileSync(path, 'utf8'));
    return key
      ? ok({ key, created: false })
      : err(
          `${path} does not hold a valid key (32 bytes as base64). Delete it to make a new one (everyone is signed out), or set AUTH_SECRET_KEY.`,
        );
  }
  const key = generateSecretKey();
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // Written with owner-only permissions from the start: the key decrypts authenticator secrets.
  writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return ok({ key, created: true });
}
