// The shipped list of common and leaked passwords, loaded lazily (once) from a gzipped data file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { normalizePassword } from '@career-copilot/shared/auth/password-policy';

export const COMMON_PASSWORDS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'data',
  'common-passwords.txt.gz',
);

export type CommonPasswordList = {
  readonly has: (password: string) => boolean;
  readonly size: () => number;
};

export function createCommonPasswordList(file = COMMON_PASSWORDS_FILE): CommonPasswordList {
  let entries: Set<string> | undefined;
  const load = () =>
    (entries ??= new Set(
      gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean),
    ));
  return {
    has: (password) => load().has(normalizePassword(password).toLowerCase()),
    size: () => load().size,
  };
}
