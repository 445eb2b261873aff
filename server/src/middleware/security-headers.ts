// Security headers on every response, with a CSP whose connect-src lists exactly who we may call.
// The header list is built once and set before the route runs (see http/fixed-headers.ts: editing a
// finished response, as hono/secure-headers does, costs @hono/node-server its fast path).
import type { MiddlewareHandler } from 'hono';
import { setFixedHeader } from '../http/fixed-headers';
import { modelConnectOrigins } from '@career-copilot/shared/ai/origins';

export function buildConnectSources(extra: readonly string[]): string[] {
  return ["'self'", ...modelConnectOrigins(), ...extra];
}

export function buildSecurityHeaders(options: {
  cspConnectExtra: readonly string[];
  https: boolean;
}): ReadonlyArray<readonly [string, string]> {
  const csp: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    // WebAssembly for pdf.js and WebLLM; no inline or remote scripts.
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': buildConnectSources(options.cspConnectExtra),
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  const headers: Array<readonly [string, string]> = [
    [
      'Content-Security-Policy',
      Object.entries(csp)
        .map(([name, values]) => `${name} ${values.join(' ')}`)
        .join('; '),
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-DNS-Prefetch-Control', 'off'],
    ['X-Download-Options', 'noopen'],
    ['X-Frame-Options', 'DENY'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ['X-XSS-Protection', '0'],
  ];
  if (options.https) {
    headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
  }
  return headers;
}

export function securityHeaders(options: {
  cspConnectExtra: readonly string[];
  https: boolean;
}): MiddlewareHandler {
  const headers = buildSecurityHeaders(options);
  return async function setSecurityHeaders(c, next) {
    for (const [name, value] of headers) setFixedHeader(c, name, value);
    await next();
  };
}
