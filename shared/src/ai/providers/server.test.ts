import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startCareerServerDouble,
  type CareerServerDouble,
} from '../../../../e2e/doubles/career-server';
import { chat, nodeTransport } from '../../../test/ai';
import { createServerProvider } from './server';

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
        'This Career Copilot server does not offer Premium models. Everything else works without it.',
    });
    double.state = 'signed-out';
    expect(await provider().provider.checkAvailability()).toMatchObject({
      status: 'needs_account',
      message: 'Sign in with a Premium account (in Account) to use our models.',
    });
    double.state = 'free';
    expect(await provider().provider.checkAvailability()).toMatchObject({
      status: 'needs_account',
      message: expect.stringContaining('Premium subscribers'),
    });
    double.state = 'exhausted';
    expect(await provider().provider.checkAvailability()).toMatchObject({
      status: 'needs_account',
      message: expect.stringContaining('renews on 2026-12-01'),
    });
    double.state = 'premium';
    expect(await provider().provider.checkAvailability('cc-fast')).toEqual({
      status: 'ready',
      message: 'Premium is ready: 1,987,655 tokens left until 2026-12-01.',
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
