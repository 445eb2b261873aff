// The one wrapper around fetch for our API: typed results, the JSON error shape, offline as a value.
import type { z } from 'zod';
import { AUTH_COOKIES, AuthRoutes, CSRF_HEADER } from '@career-copilot/shared/api/auth';
import { ApiErrorBodySchema, ErrorCode } from '@career-copilot/shared/api/errors';
import {
  HealthResponseSchema,
  HealthRoutes,
  type HealthResponse,
} from '@career-copilot/shared/api/health';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';

export type ApiFailure = {
  /** A server error code (shared/api/errors), or `network` / `bad_response` from the client side. */
  readonly code: string;
  readonly message: string;
  readonly status: number;
  readonly retryAfter?: number;
  /** The body a 503 still carried (health reports itself that way). */
  readonly body?: unknown;
};

export const NETWORK_MESSAGE =
  'Cannot reach the Career Copilot server: you are offline or it is not running. Everything on your device still works.';

let csrfToken: string | undefined;

/** Set by the account module after sign-in; sent on every state-changing request. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/**
 * The CSRF token to send: the server's readable `__Host-` cookie when the browser has one (it is
 * always the one bound to the current session), else the last token a response carried.
 */
export function currentCsrfToken(): string | undefined {
  if (typeof document !== 'undefined') {
    for (const part of document.cookie.split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === AUTH_COOKIES.csrf && value.length > 0)
        return decodeURIComponent(value.join('='));
    }
  }
  return csrfToken;
}

/** Asks the server for a token valid for this browser's cookies (it sets the cookie too). */
async function refreshCsrfToken(baseUrl: string): Promise<void> {
  try {
    const response = await fetch(baseUrl + AuthRoutes.csrf, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    const body = (await response.json()) as { csrfToken?: unknown };
    if (typeof body.csrfToken === 'string') csrfToken = body.csrfToken;
  } catch {
    // Offline or no server: the request itself will report that.
  }
}

export type RequestOptions<S extends z.ZodType> = {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  readonly schema: S;
  readonly signal?: AbortSignal;
  readonly baseUrl?: string;
};

export async function apiRequest<S extends z.ZodType>(
  path: string,
  options: RequestOptions<S>,
): Promise<Result<z.infer<S>, ApiFailure>> {
  const method = options.method ?? 'GET';
  if (method !== 'GET' && !currentCsrfToken()) await refreshCsrfToken(options.baseUrl ?? '');
  const first = await sendOnce(path, options);
  // A token from before the session changed (another tab signed in or out): get a fresh one, once.
  if (method !== 'GET' && !first.ok && first.error.code === ErrorCode.CsrfFailed) {
    await refreshCsrfToken(options.baseUrl ?? '');
    return sendOnce(path, options);
  }
  return first;
}

async function sendOnce<S extends z.ZodType>(
  path: string,
  options: RequestOptions<S>,
): Promise<Result<z.infer<S>, ApiFailure>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = currentCsrfToken();
  if (method !== 'GET' && token) headers[CSRF_HEADER] = token;
  let response: Response;
  try {
    response = await fetch((options.baseUrl ?? '') + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      return err({ code: 'aborted', message: 'The request was cancelled.', status: 0 });
    }
    return err({ code: 'network', message: NETWORK_MESSAGE, status: 0 });
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return err({
      code: 'bad_response',
      message: `The server answered with something that is not JSON (HTTP ${response.status}).`,
      status: response.status,
    });
  }
  if (!response.ok) {
    const parsed = ApiErrorBodySchema.safeParse(json);
    if (parsed.success) {
      const retryAfter =
        parsed.data.error.retryAfter ?? Number(response.headers.get('retry-after') ?? NaN);
      return err({
        code: parsed.data.error.code,
        message: parsed.data.error.message,
        status: response.status,
        ...(Number.isFinite(retryAfter) ? { retryAfter } : {}),
        body: json,
      });
    }
    return err({
      code: 'bad_response',
      message: `HTTP ${response.status}`,
      status: response.status,
      body: json,
    });
  }
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    return err({
      code: 'bad_response',
      message:
        'The server answered in a shape this version of the app does not understand. Reload to update.',
      status: response.status,
    });
  }
  return ok(parsed.data);
}

/** Server status; a 503 from health still carries a valid report (Redis down). */
export async function fetchHealth(
  signal?: AbortSignal,
): Promise<Result<HealthResponse, ApiFailure>> {
  const result = await apiRequest(HealthRoutes.health, { schema: HealthResponseSchema, signal });
  if (!result.ok && result.error.status === 503) {
    const report = HealthResponseSchema.safeParse(result.error.body);
    if (report.success) return ok(report.data);
  }
  return result;
}
