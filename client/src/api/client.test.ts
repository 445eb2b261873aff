import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest, setCsrfToken } from './client';

const Ok = z.object({ ok: z.literal(true) });
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const csrfFailed = () =>
  json(403, { error: { code: 'csrf_failed', message: 'The security token is out of date.' } });

function clearCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; max-age=0; path=/`;
  }
}

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  clearCookies();
  setCsrfToken(undefined);
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const sentToken = (call: number) =>
  (fetchMock.mock.calls[call]?.[1] as RequestInit | undefined)?.headers as
    Record<string, string> | undefined;

describe('apiRequest and CSRF', () => {
  it('sends the CSRF token on state-changing requests only', async () => {
    // jsdom keeps no Secure (__Host-) cookies over http; the browser tests cover reading the cookie.
    setCsrfToken('from-response');
    fetchMock.mockResolvedValue(json(200, { ok: true }));
    await apiRequest('/api/x', { method: 'POST', body: {}, schema: Ok });
    await apiRequest('/api/x', { schema: Ok });
    expect(sentToken(0)?.['X-CSRF-Token']).toBe('from-response');
    expect(sentToken(1)?.['X-CSRF-Token']).toBeUndefined();
  });

  it('fetches a token first when it has none', async () => {
    fetchMock
      .mockResolvedValueOnce(json(200, { csrfToken: 'fresh' }))
      .mockResolvedValueOnce(json(200, { ok: true }));
    const result = await apiRequest('/api/x', { method: 'POST', body: {}, schema: Ok });
    expect(result.ok).toBe(true);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/csrf');
    expect(sentToken(1)?.['X-CSRF-Token']).toBe('fresh');
  });

  it('recovers once from a stale token (another tab signed in or out), then gives up', async () => {
    setCsrfToken('stale');
    fetchMock
      .mockResolvedValueOnce(csrfFailed())
      .mockResolvedValueOnce(json(200, { csrfToken: 'fresh' }))
      .mockResolvedValueOnce(json(200, { ok: true }));
    expect((await apiRequest('/api/x', { method: 'POST', body: {}, schema: Ok })).ok).toBe(true);
    expect(sentToken(2)?.['X-CSRF-Token']).toBe('fresh');

    fetchMock.mockReset();
    fetchMock
      .mockResolvedValueOnce(csrfFailed())
      .mockResolvedValueOnce(json(200, { csrfToken: 'again' }))
      .mockResolvedValueOnce(csrfFailed());
    const failed = await apiRequest('/api/x', { method: 'POST', body: {}, schema: Ok });
    expect(failed).toMatchObject({ ok: false, error: { code: 'csrf_failed', status: 403 } });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('reports the server being away as a value, not a throw', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const result = await apiRequest('/api/x', { method: 'POST', body: {}, schema: Ok });
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
  });
});
