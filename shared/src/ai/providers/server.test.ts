import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startCareerServerDouble,
  type CareerServerDouble,
} from '../../../../e2e/doubles/career-server';
import { chat, nodeTransport } from '../../../test/ai';
import { createServerProvider, quotaAvailability } from './server';

let double: CareerServerDouble;
beforeAll(async () => {
  double = await startCareerServerDouble('premium');
});
afterAll(() => double.close());

const provider = () => {
  const transport = nodeTransport();
  return { transport, provider: createServerProvider({ baseUrl: double.origin, transport }) };
};

describe('Server (Premium) provider against the /api/ai contract', () => {
  it('is a clear “needs account” — not an error — until the user is signed in and Premium', async () => {
    double.state = 'not-offered';
    expect(await provider().provider.checkAvailability()).toEqual({
      status: 'unsupported',
      message:
        'This Career Copilot server does not offer its own models. Everything else works without it.',
    });
    double.state = 'signed-out';
    expect(await provider().provider.checkAvailability()).toMatchObject({
      status: 'needs_account',
      message:
        'Sign in (in Account) to use our server’s models: every plan, Free included, has a daily allowance.',
    });
    double.state = 'free';
    expect(await provider().provider.checkAvailability()).toEqual({
      status: 'ready',
      message: 'Free: 8 requests and 18,800 tokens left today (renews at 00:00 UTC).',
    });
    double.state = 'exhausted';
    expect(await provider().provider.checkAvailability()).toMatchObject({
      status: 'needs_account',
      message: expect.stringContaining('renews at 00:00 UTC'),
    });
    double.state = 'premium';
    expect(await provider().provider.checkAvailability('cc-fast')).toEqual({
      status: 'ready',
      message: 'Premium: 988 requests and 1,987,655 tokens left today (renews at 00:00 UTC).',
    });
  });

  it('lists the server’s models and streams deltas then usage', async () => {
    double.state = 'premium';
    const p = provider().provider;
    expect(await p.listModels()).toMatchObject({
      ok: true,
      value: [{ id: 'cc-fast', contextWindow: 32_768 }, { id: 'cc-good' }],
    });
    const { result } = await chat(p, { model: 'cc-fast', prompt: 'ping' });
    expect(result).toEqual({
      ok: true,
      value: {
        text: 'You said: ping',
        usage: { inputTokens: 30, outputTokens: 3, finishReason: 'stop' },
      },
    });
    expect(double.requests.at(-1)?.body).toEqual({
      model: 'cc-fast',
      messages: [{ role: 'user', content: 'ping' }],
    });
  });

  it('passes on the failure the server streamed, and maps its HTTP errors', async () => {
    double.state = 'premium';
    double.enqueue({
      kind: 'stream',
      text: 'Half',
      failAfterText: {
        code: 'provider_unavailable',
        message: 'Career Copilot’s model server is overloaded.',
      },
    });
    const streamed = await chat(provider().provider, { model: 'cc-fast' });
    expect(streamed.result.ok ? null : streamed.result.error).toMatchObject({
      code: 'provider_unavailable',
      partialText: 'Half',
      message: 'Career Copilot’s model server is overloaded.',
    });

    double.enqueue(
      { kind: 'error', status: 429, code: 'rate_limited', message: 'Slow down.', retryAfter: 3 },
      { kind: 'stream', text: 'ok' },
    );
    const limited = provider();
    expect((await chat(limited.provider, { model: 'cc-fast' })).result.ok).toBe(true);
    expect(limited.transport.sleeps).toEqual([3000]);

    double.state = 'exhausted';
    const spent = await chat(provider().provider, { model: 'cc-fast' });
    expect(!spent.result.ok && spent.result.error.code).toBe('out_of_credit');
    double.state = 'signed-out';
    const out = await chat(provider().provider, { model: 'cc-fast' });
    expect(!out.result.ok && out.result.error.code).toBe('needs_account');
  });
});

describe('quotaAvailability', () => {
  const base = {
    periodEnd: '2026-12-01T00:00:00.000Z',
    requestsPerMinute: 3,
    agents: false,
    days: [],
    models: [],
  };
  it('points a Free user who ran out at Pro, and a Premium user at tomorrow', () => {
    const free = quotaAvailability({
      ...base,
      plan: 'free',
      tokensUsed: 900,
      tokensLimit: 20_000,
      requestsUsed: 10,
      requestsLimit: 10,
    });
    expect(free.status).toBe('needs_account');
    expect(free.message).toContain('Upgrade to Pro in Account → Plan for 300 requests a day');
    const premium = quotaAvailability({
      ...base,
      plan: 'premium',
      tokensUsed: 2_000_000,
      tokensLimit: 2_000_000,
      requestsUsed: 1,
      requestsLimit: 1000,
    });
    expect(premium.message).toContain('renews at 00:00 UTC');
    expect(premium.message).not.toContain('Upgrade');
  });
});
