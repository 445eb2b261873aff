// The injected transport: fetch plus what the platform can tell about calls that got no answer; HTTP helpers.
import { err, ok, type Result } from '../lib/result';
import { aiFailure, type AiFailure, type AiFailureContext } from './failures';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Why a call got no answer. A browser cannot read the reason from fetch's TypeError, so the client
 * probes (a no-cors request, CSP violation reports); a server only ever sees `unreachable`.
 */
export type NetworkVerdict = 'unreachable' | 'cors_blocked' | 'csp_blocked';
export type NetworkProbe = (url: string) => Promise<NetworkVerdict>;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export type Transport = {
  readonly fetch: FetchLike;
  readonly probe?: NetworkProbe;
  /** The origin the app runs at, for CORS and OLLAMA_ORIGINS advice; undefined on a server. */
  readonly appOrigin?: string;
  /** Waits between retries; tests pass a fake. Must reject with an AbortError when aborted. */
  readonly sleep?: Sleep;
  /** 0…1, for retry jitter. */
  readonly random?: () => number;
};

export type SendFailure =
  { readonly kind: 'aborted' } | { readonly kind: 'network'; readonly verdict: NetworkVerdict };

export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    ((error as { name: unknown }).name === 'AbortError' ||
      (error as { name: unknown }).name === 'TimeoutError')
  );
}

/** Sends one request; an answer of any status is a success here, no answer is a typed failure. */
export async function send(
  transport: Transport,
  url: string,
  init: RequestInit,
): Promise<Result<Response, SendFailure>> {
  try {
    return ok(await transport.fetch(url, init));
  } catch (error) {
    // A key about to go to the wrong origin is a bug to surface, not a network condition.
    if (error instanceof Error && error.name === 'KeyOriginError') throw error;
    if (init.signal?.aborted || isAbortError(error)) return err({ kind: 'aborted' });
    const verdict = transport.probe
      ? await transport.probe(url).catch(() => 'unreachable' as const)
      : 'unreachable';
    return err({ kind: 'network', verdict });
  }
}

/** The generic failure for a call that got no answer (providers with better advice map their own). */
export function noAnswerFailure(
  failure: SendFailure,
  context: AiFailureContext,
  partialText?: string,
): AiFailure {
  if (failure.kind === 'aborted') return aiFailure('aborted', context, partialText);
  const code =
    failure.verdict === 'cors_blocked'
      ? 'cors_blocked'
      : failure.verdict === 'csp_blocked'
        ? 'csp_blocked'
        : 'network';
  return aiFailure(code, context, partialText);
}

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** Resolves after `ms`, or rejects with an AbortError as soon as the signal fires. */
export const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const abortError = () => Object.assign(new Error('aborted'), { name: 'AbortError' });
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

const MAX_ERROR_BODY_CHARS = 64 * 1024;

export type ErrorBody = {
  readonly status: number;
  /** The body parsed as JSON, when it was JSON. */
  readonly json: unknown;
  readonly text: string;
  readonly retryAfterSeconds: number | undefined;
};

/** Reads a failed response's body (bounded) and its Retry-After. */
export async function readErrorBody(response: Response, now = Date.now()): Promise<ErrorBody> {
  let text = '';
  try {
    text = (await response.text()).slice(0, MAX_ERROR_BODY_CHARS);
  } catch {
    // The body is optional for classifying an error; the status still says a lot.
  }
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    json,
    text,
    retryAfterSeconds: retryAfterSeconds(response.headers, now),
  };
}

/** Seconds to wait from `retry-after-ms` or `retry-after` (seconds or an HTTP date). */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)))
    return Math.max(0, Number(ms) / 1000);
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.max(0, Number(value));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/** Reads a property path from unknown JSON without trusting its shape. */
export function pick(value: unknown, ...path: Array<string | number>): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function pickString(value: unknown, ...path: Array<string | number>): string | undefined {
  const found = pick(value, ...path);
  return typeof found === 'string' ? found : undefined;
}

export function pickNumber(value: unknown, ...path: Array<string | number>): number | undefined {
  const found = pick(value, ...path);
  return typeof found === 'number' && Number.isFinite(found) ? found : undefined;
}
