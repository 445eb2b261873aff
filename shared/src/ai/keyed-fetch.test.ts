import { describe, expect, it } from 'vitest';
import { KeyScheme } from './catalog';
import { KeyOriginError, createKeyedFetch } from './keyed-fetch';

function recordingFetch() {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response('{}');
  };
  return { calls, fetch };
}

describe('createKeyedFetch', () => {
  it('adds the vendor’s header, refuses redirects and sends no cookies or referrer', async () => {
    const { calls, fetch } = recordingFetch();
    const keyed = createKeyedFetch(fetch, {
      origin: 'https://api.anthropic.com',
      scheme: KeyScheme.XApiKey,
      key: 'sk-ant-secret',
    });
    await keyed('https://api.anthropic.com/v1/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    const init = calls[0]?.init;
    expect(new Headers(init?.headers).get('x-api-key')).toBe('sk-ant-secret');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(init).toMatchObject({
      redirect: 'error',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  });

  it('never lets the key travel to another origin, however the URL is dressed up', async () => {
    const { calls, fetch } = recordingFetch();
    const keyed = createKeyedFetch(fetch, {
      origin: 'https://api.openai.com',
      scheme: KeyScheme.Bearer,
      key: 'sk-secret',
    });
    for (const url of [
      'https://evil.example/v1/chat/completions',
      'http://api.openai.com/v1/models',
      'https://api.openai.com:8443/v1/models',
      'https://api.openai.com.evil.example/v1',
      'https://api.openai.com@evil.example/v1',
      'https://user:pw@api.openai.com/v1',
      '//evil.example/v1',
      'not a url',
    ]) {
      await expect(keyed(url, { method: 'GET' })).rejects.toBeInstanceOf(KeyOriginError);
    }
    expect(calls).toEqual([]);
  });

  it('will not be built for something that is not an origin', () => {
    const { fetch } = recordingFetch();
    expect(() =>
      createKeyedFetch(fetch, {
        origin: 'https://api.openai.com/v1',
        scheme: KeyScheme.Bearer,
        key: 'k',
      }),
    ).toThrow();
  });
});
