import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBodySchema } from '@career-copilot/shared/api/errors';
import { createApp } from './app';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../test/harness';
import { TestBrowser } from '../test/test-browser';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.cleanup();
});

describe('app skeleton', () => {
  it('answers an unknown API route with the JSON error shape and 404', async () => {
    // Same-origin with a CSRF token, like the app: a bare cross-site POST is refused earlier (403).
    const browser = new TestBrowser(t.app);
    await browser.open();
    const res = await browser.request('/api/nope', { method: 'POST' });
    expect(res.status).toBe(404);
    const body = ApiErrorBodySchema.parse(await res.json());
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toBe('No API route POST /api/nope.');
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('answers a non-API path with JSON 404 when no client is served', async () => {
    const res = await t.app.request('/resumes');
    expect(res.status).toBe(404);
    expect(ApiErrorBodySchema.parse(await res.json()).error.code).toBe('not_found');
  });

  it('sets security headers with a CSP that lists exactly the allowed origins', async () => {
    const res = await t.app.request('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const connect = csp.split(';').find((d) => d.trim().startsWith('connect-src')) ?? '';
    expect(connect).toContain('https://api.openai.com');
    expect(connect).toContain('https://api.anthropic.com');
    expect(connect).toContain('http://localhost:11434');
    expect(connect).not.toContain('*.com');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('allows CORS for the configured origin only', async () => {
    const ok = await t.app.request('/api/health', {
      method: 'OPTIONS',
      headers: { Origin: TEST_ORIGIN, 'Access-Control-Request-Method': 'POST' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe(TEST_ORIGIN);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');

    const evil = await t.app.request('/api/health', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over the limit, declared or streamed, with 413 and the JSON shape', async () => {
    const big = 'x'.repeat(t.deps.config.bodyLimitBytes + 1);
    const declared = await t.app.request('/api/anything', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(big.length) },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(ApiErrorBodySchema.parse(await declared.json()).error.code).toBe('payload_too_large');

    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await t.app.request('/api/anything', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    });
    expect(streamed.status).toBe(413);
  });

  it('turns an uncaught error into a 500 with the JSON shape, logging it without leaking it', async () => {
    const throwing = createApp({
      ...t.deps,
      redis: {
        ...t.deps.redis,
        ping: async () => {
          throw new Error('secret internals');
        },
      },
    });
    const res = await throwing.request('/api/health');
    expect(res.status).toBe(500);
    const body = ApiErrorBodySchema.parse(await res.json());
    expect(body.error.code).toBe('internal_error');
    expect(JSON.stringify(body)).not.toContain('secret internals');
    expect(
      t.logger.lines.some((l) => l.msg === 'unhandled error' && l.error === 'secret internals'),
    ).toBe(true);
  });

  it('logs each request as structured fields, without bodies or query strings', async () => {
    const browser = new TestBrowser(t.app);
    await browser.open();
    await browser.post('/api/nope?token=abc123', { password: 'hunter2' });
    const line = t.logger.lines.findLast((l) => l.msg === 'request');
    expect(line).toMatchObject({ method: 'POST', path: '/api/nope', status: 404 });
    expect(typeof line?.durationMs).toBe('number');
    const all = JSON.stringify(t.logger.lines);
    expect(all).not.toContain('hunter2');
    expect(all).not.toContain('abc123');
  });
});
