// Password hashing with argon2id (OWASP parameters) behind a semaphore, so a login flood cannot
// exhaust memory: each hash holds 19 MiB, at most `concurrency` run at once, the rest queue or are shed.
import { randomBytes } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import { normalizePassword } from '@career-copilot/shared/auth/password-policy';
import { createSemaphore } from './semaphore';

/** OWASP Password Storage Cheat Sheet, argon2id first option: m=19 MiB, t=2, p=1. */
export const ARGON2_PARAMS: Options = {
  // Algorithm.Argon2id; the package's enum is a const enum, which isolated modules cannot read.
  algorithm: 2,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
};
const PARAMS_TAG = '$argon2id$v=19$m=19456,t=2,p=1$';

export type HashBusy = 'busy';

export type PasswordHasher = {
  readonly hash: (password: string) => Promise<Result<string, HashBusy>>;
  /** Verifies against a stored hash; with `undefined`, burns the same time against a dummy hash. */
  readonly verify: (
    stored: string | undefined,
    password: string,
  ) => Promise<Result<boolean, HashBusy>>;
  /** True when a stored hash was made with weaker parameters than today's and should be redone. */
  readonly needsRehash: (stored: string) => boolean;
  readonly stats: () => { readonly active: number; readonly queued: number };
};

export function createPasswordHasher(
  options: { concurrency?: number; maxQueue?: number } = {},
): PasswordHasher {
  // libuv runs 4 hashes in parallel by default; more would only queue inside the thread pool.
  const semaphore = createSemaphore({
    concurrency: options.concurrency ?? 4,
    maxQueue: options.maxQueue ?? 64,
  });
  let dummy: Promise<string> | undefined;
  const dummyHash = () => (dummy ??= hash(randomBytes(24).toString('base64url'), ARGON2_PARAMS));

  return {
    hash: (password) => semaphore.run(() => hash(normalizePassword(password), ARGON2_PARAMS)),
    verify: async (stored, password) => {
      const target = stored ?? (await dummyHash());
      const result = await semaphore.run(async () => {
        try {
          return await verify(target, normalizePassword(password));
        } catch {
          return false;
        }
      });
      if (!result.ok) return err(result.error);
      return ok(stored === undefined ? false : result.value);
    },
    needsRehash: (stored) => !stored.startsWith(PARAMS_TAG),
    stats: semaphore.stats,
  };
}
