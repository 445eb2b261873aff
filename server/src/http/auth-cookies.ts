// The account cookies, all `__Host-` (Secure, Path=/, no Domain: no subdomain can set or read them):
// the session (HttpOnly, SameSite=Lax), the CSRF token (readable by the page, signed to the session it
// belongs to) and a device id (HttpOnly) that tells a known device from a new one.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { hmac, randomToken, safeEqual, sha256 } from '../infra/secret-keys';

const SESSION = 'cc_session';
const CSRF = 'cc_csrf';
const DEVICE = 'cc_device';
const DEVICE_MAX_AGE = 400 * 24 * 3600;

export function readSessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION, 'host') || undefined;
}

export function readCsrfCookie(c: Context): string | undefined {
  return getCookie(c, CSRF, 'host') || undefined;
}

export function readDeviceId(c: Context): string | undefined {
  const value = getCookie(c, DEVICE, 'host');
  return value && /^[A-Za-z0-9_-]{22}$/.test(value) ? value : undefined;
}

/** What a CSRF token is bound to: the session cookie's hash, or "anon" before signing in. */
export function csrfBinding(sessionToken: string | undefined): string {
  return sessionToken ? sha256(sessionToken) : 'anon';
}

export function createCsrfToken(key: Buffer, binding: string): string {
  const nonce = randomToken(18);
  return `${nonce}.${hmac(key, `${nonce}|${binding}`)}`;
}

export function csrfTokenValid(key: Buffer, token: string, binding: string): boolean {
  const [nonce = '', mac = ''] = token.split('.');
  if (!nonce || !mac) return false;
  return safeEqual(mac, hmac(key, `${nonce}|${binding}`));
}

function setCsrfCookie(c: Context, token: string, maxAgeSeconds: number) {
  // Not HttpOnly on purpose: the page reads it to send it back in the X-CSRF-Token header.
  setCookie(c, CSRF, token, { prefix: 'host', sameSite: 'Strict', maxAge: maxAgeSeconds });
}

/** Starts (or replaces) the session cookie, with a CSRF token bound to it; returns that token. */
export function setSessionCookies(
  c: Context,
  options: { token: string; maxAgeSeconds: number; csrfKey: Buffer },
): string {
  setCookie(c, SESSION, options.token, {
    prefix: 'host',
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: options.maxAgeSeconds,
  });
  const csrf = createCsrfToken(options.csrfKey, csrfBinding(options.token));
  setCsrfCookie(c, csrf, options.maxAgeSeconds);
  return csrf;
}

/** Ends the session cookie and hands out a signed-out CSRF token; returns that token. */
export function clearSessionCookies(c: Context, csrfKey: Buffer, maxAgeSeconds: number): string {
  setCookie(c, SESSION, '', { prefix: 'host', httpOnly: true, sameSite: 'Lax', maxAge: 0 });
  const csrf = createCsrfToken(csrfKey, 'anon');
  setCsrfCookie(c, csrf, maxAgeSeconds);
  return csrf;
}

/** The CSRF token valid for this request's cookies: the current one, or a new one set now. */
export function ensureCsrfToken(c: Context, csrfKey: Buffer, maxAgeSeconds: number): string {
  const binding = csrfBinding(readSessionToken(c));
  const current = readCsrfCookie(c);
  if (current && csrfTokenValid(csrfKey, current, binding)) return current;
  const fresh = createCsrfToken(csrfKey, binding);
  setCsrfCookie(c, fresh, maxAgeSeconds);
  return fresh;
}

/** This browser's device id, minted (and set) when it has none. */
export function ensureDeviceId(c: Context): string {
  const existing = readDeviceId(c);
  if (existing) return existing;
  const id = randomToken(16);
  setCookie(c, DEVICE, id, {
    prefix: 'host',
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: DEVICE_MAX_AGE,
  });
  return id;
}
