// A browser stand-in for app.request() (or fetch against a running server): keeps cookies, sends
// Origin and the CSRF token the way the PWA does, and comes from an IP and user agent of its own.
import { AUTH_COOKIES, AuthRoutes, CSRF_HEADER } from '@career-copilot/shared/api/auth';
import type { Hono } from 'hono';
import type { AppEnv } from '../src/app-env';
import { TEST_ORIGIN } from './harness';

export const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

export type BrowserOptions = {
  readonly origin?: string;
  readonly ip?: string;
  readonly userAgent?: string;
};

export class TestBrowser {
  readonly cookies = new Map<string, string>();
  /** `target`: the app (requests through app.request) or a server's base URL (real HTTP). */
  constructor(
    readonly target: Hono<AppEnv> | string,
    readonly options: BrowserOptions = {},
  ) {}

  private send(path: string, init: RequestInit): Promise<Response> {
    return typeof this.target === 'string'
      ? fetch(this.target + path, init)
      : Promise.resolve(this.target.request(path, init));
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get sessionCookie(): string | undefined {
    return this.cookies.get(AUTH_COOKIES.session);
  }

  async request(
    path: string,
    init: { method?: string; json?: unknown; headers?: Record<string, string>; body?: string } = {},
  ): Promise<Response> {
    const method = init.method ?? (init.json === undefined && !init.body ? 'GET' : 'POST');
    const headers: Record<string, string> = {
      'User-Agent': this.options.userAgent ?? FIREFOX_UA,
      'X-Forwarded-For': this.options.ip ?? '198.51.100.7',
    };
    if (this.cookies.size > 0) headers.Cookie = this.cookieHeader();
    if (method !== 'GET') {
      headers.Origin = this.options.origin ?? TEST_ORIGIN;
      const csrf = this.cookies.get(AUTH_COOKIES.csrf);
      if (csrf) headers[CSRF_HEADER] = csrf;
    }
    if (init.json !== undefined) headers['Content-Type'] = 'application/json';
    const response = await this.send(path, {
      method,
      headers: { ...headers, ...init.headers },
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    });
    this.storeCookies(response);
    return response;
  }

  storeCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** Loads the page: fetches the session state, which hands out a CSRF token. */
  async open(): Promise<Response> {
    return this.request(AuthRoutes.session);
  }

  post(path: string, json: unknown = {}): Promise<Response> {
    return this.request(path, { method: 'POST', json });
  }
}
