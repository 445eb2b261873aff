// Attaching an API key to requests, only ever to the one origin the key belongs to.
import { KeyScheme } from './catalog';
import type { FetchLike } from './transport';

/** Thrown when code tries to send a key anywhere but its vendor: a bug, never a user mistake. */
export class KeyOriginError extends Error {
  constructor(
    readonly keyOrigin: string,
    readonly url: string,
  ) {
    super(`refusing to send the key for ${keyOrigin} to ${url}`);
    this.name = 'KeyOriginError';
  }
}

export function keyHeader(scheme: KeyScheme, key: string): [string, string] {
  switch (scheme) {
    case KeyScheme.Bearer:
      return ['Authorization', `Bearer ${key}`];
    case KeyScheme.XApiKey:
      return ['x-api-key', key];
    case KeyScheme.GoogApiKey:
      return ['x-goog-api-key', key];
  }
}

/** Parses an origin the strict way: scheme, host and port only; anything else is not an origin. */
export function parseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/**
 * A fetch that adds the key to requests for `origin` and refuses every other URL before anything
 * leaves the machine. Redirects are refused too (a redirect could carry the key elsewhere), and no
 * cookies or referrer go along.
 */
export function createKeyedFetch(
  fetch: FetchLike,
  binding: { readonly origin: string; readonly scheme: KeyScheme; readonly key: string },
): FetchLike {
  const origin = parseOrigin(binding.origin);
  if (!origin || origin !== binding.origin) throw new Error(`not an origin: ${binding.origin}`);
  const [name, value] = keyHeader(binding.scheme, binding.key);
  return (url, init) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return Promise.reject(new KeyOriginError(origin, url));
    }
    if (target.origin !== origin || target.username !== '' || target.password !== '') {
      return Promise.reject(new KeyOriginError(origin, url));
    }
    const headers = new Headers(init.headers);
    headers.set(name, value);
    return fetch(target.href, {
      ...init,
      headers,
      redirect: 'error',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  };
}
