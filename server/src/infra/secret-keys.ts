// The server's secret key and what is derived from it: encryption at rest (AES-256-GCM) and HMACs.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

export type AuthKeys = {
  /** Encrypts TOTP secrets at rest. */
  readonly secretBox: Buffer;
  /** Keys the HMAC of one-time codes and backup codes, so a Redis dump cannot be brute-forced offline. */
  readonly codes: Buffer;
  /** Signs CSRF tokens to the session they belong to. */
  readonly csrf: Buffer;
  /** Signs unsubscribe links in notification mail. */
  readonly unsubscribe: Buffer;
};

/** AUTH_SECRET_KEY: 32 bytes as base64/base64url (44/43 characters) or hex (64). */
export function parseSecretKey(value: string): Buffer | undefined {
  const text = value.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(text)
    ? Buffer.from(text, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(text)
      ? Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
      : undefined;
  return bytes?.length === 32 ? bytes : undefined;
}

export function generateSecretKey(): Buffer {
  return randomBytes(32);
}

export function deriveAuthKeys(master: Buffer): AuthKeys {
  const derive = (label: string) =>
    Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `career-copilot ${label} v1`, 32));
  return {
    secretBox: derive('secret-box'),
    codes: derive('codes'),
    csrf: derive('csrf'),
    unsubscribe: derive('unsubscribe'),
  };
}

const SEALED_PREFIX = 'v1.';

/** Encrypts `plaintext`, bound to `context` (e.g. the user id) so a ciphertext cannot be moved. */
export function seal(key: Buffer, plaintext: Buffer, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The plaintext, or undefined when the value was tampered with, moved or sealed with another key. */
export function unseal(key: Buffer, sealed: string, context: string): Buffer | undefined {
  if (!sealed.startsWith(SEALED_PREFIX)) return undefined;
  const raw = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
  if (raw.length < 28) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  } catch {
    return undefined;
  }
}

export function hmac(key: Buffer, data: string): string {
  return createHmac('sha256', key).update(data).digest('base64url');
}

export function sha256(data: string): string {
  return createHash('sha256').update(data).digest('base64url');
}

/** Constant-time comparison of two strings (lengths may differ; that alone is not secret here). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A random token of `bytes` bytes, base64url. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
