import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ANTHROPIC_ERRORS,
  startAnthropicDouble,
  type AnthropicDouble,
} from '../../../../e2e/doubles/anthropic';
import { chat, chatUntilFirstDelta, nodeTransport } from '../../../test/ai';
import { KeyScheme } from '../catalog';
import { generateObject } from '../generate-object';
import { createKeyedFetch } from '../keyed-fetch';
import { createAnthropicProvider } from './anthropic';

let double: AnthropicDouble;
beforeAll(async () => {
  double = await startAnthropicDouble({ apiKey: 'sk-ant-right' });
});
afterAll(() => double.close());

function provider(key = 'sk-ant-right') {
  const transport = nodeTransport();
  const fetch = createKeyedFetch(transport.fetch, {
    origin: double.origin,
    scheme: KeyScheme.XApiKey,
    key,
  });
  return {
    transport,
    provider: createAnthropicProvider({
      baseUrl: double.baseUrl,
      transport: { ...transport, fetch },
      hasKey: true,
    }),
  };
}

describe('Anthropic provider against the Messages API double', () => {
  it('streams text from content_block_delta events, with usage from message_start and message_delta', async () => {
    for (const framing of ['lines', 'split', 'merged'] as const) {
      double.enqueue({
        kind: 'stream',
        text: 'Hi there, Ada.',
        framing,
        usage: { input_tokens: 12, output_tokens: 5 },
      });
      const { result } = await chat(provider().provider, {
        model: 'claude-haiku-4-5',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hi' },
        ],
      });
      expect(result).toEqual({
        ok: true,
        value: {
          text: 'Hi there, Ada.',
          usage: { inputTokens: 12, outputTokens: 5, finishReason: 'stop' },
        },
      });
    }
    const request = double.requests.at(-1);
    expect(request?.headers['anthropic-version']).toBe('2023-06-01');
    expect(request?.headers['x-api-key']).toBe('sk-ant-right');
    expect(request?.body).toEqual({
      model: 'claude-haiku-4-5',
      max_tokens: 4096,
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
      system: 'Be brief.',
    });
  });

  it('sends the direct-browser-access header the API requires from pages', async () => {
    const transport = nodeTransport();
    const withOrigin = createKeyedFetch(
      (url, init) =>
        fetch(url, {
          ...init,
          headers: {
            ...Object.fromEntries(new Headers(init.headers)),
            origin: 'http://localhost:8787',
          },
        }),
      {
        origin: double.origin,
        scheme: KeyScheme.XApiKey,
        key: 'sk-ant-right',
      },
    );
    const p = createAnthropicProvider({
      baseUrl: double.baseUrl,
      transport: { ...transport, fetch: withOrigin },
      hasKey: true,
    });
    const { result } = await chat(p, { model: 'claude-haiku-4-5' });
    expect(result.ok).toBe(true);
    expect(double.requests.at(-1)?.headers['anthropic-dangerous-direct-browser-access']).toBe(
      'true',
    );
  });

  it('gets JSON through a forced tool call and validates it', async () => {
    double.enqueue({ kind: 'stream', text: '{"title": "Staff Engineer", "remote": true}' });
    const result = await generateObject({
      provider: provider().provider,
      model: 'claude-haiku-4-5',
      schema: z.object({ title: z.string(), remote: z.boolean() }),
      schemaName: 'job',
      messages: [{ role: 'user', content: 'Staff Engineer, remote.' }],
    });
    expect(result).toEqual({
      ok: true,
      value: { value: { title: 'Staff Engineer', remote: true }, attempts: 1, repaired: false },
    });
    const body = double.requests.at(-1)?.body as {
      tools: Array<{ name: string; input_schema: unknown }>;
      tool_choice: unknown;
    };
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'job' });
    expect(body.tools[0]?.input_schema).toMatchObject({
      type: 'object',
      required: ['title', 'remote'],
    });
  });

  it('retries 529 overloaded, then answers', async () => {
    double.enqueue(
      { kind: 'error', status: 529, body: ANTHROPIC_ERRORS.overloaded },
      { kind: 'stream', text: 'Back.' },
    );
    const { provider: p, transport } = provider();
    const { result } = await chat(p, { model: 'claude-haiku-4-5' });
    expect(result.ok && result.value.text).toBe('Back.');
    expect(transport.sleeps).toEqual([1000]);
  });

  it('honours retry-after on rate_limit_error; a spend cap is reported at once as out of credit', async () => {
    double.enqueue(
      {
        kind: 'error',
        status: 429,
        body: ANTHROPIC_ERRORS.rateLimited,
        headers: { 'retry-after': '7' },
      },
      { kind: 'stream' },
    );
    const first = provider();
    expect((await chat(first.provider, { model: 'claude-haiku-4-5' })).result.ok).toBe(true);
    expect(first.transport.sleeps).toEqual([7000]);

    double.enqueue({ kind: 'error', status: 429, body: ANTHROPIC_ERRORS.spendCap });
    const second = provider();
    const { result } = await chat(second.provider, { model: 'claude-haiku-4-5' });
    expect(!result.ok && result.error.code).toBe('out_of_credit');
    expect(second.transport.sleeps).toEqual([]);
  });

  it('maps Anthropic’s error types', async () => {
    const cases = [
      [400, ANTHROPIC_ERRORS.lowCredit, 'out_of_credit'],
      [400, ANTHROPIC_ERRORS.promptTooLong, 'context_too_long'],
      [404, ANTHROPIC_ERRORS.notFound('claude-9'), 'model_missing'],
    ] as const;
    for (const [status, body, code] of cases) {
      double.enqueue({ kind: 'error', status, body });
      const { result } = await chat(provider().provider, { model: 'claude-haiku-4-5' });
      expect(result.ok ? 'ok' : result.error.code).toBe(code);
    }
    double.enqueue({ kind: 'error', status: 400, body: ANTHROPIC_ERRORS.promptTooLong });
    const { result } = await chat(provider().provider, { model: 'claude-haiku-4-5' });
    expect(result.ok ? null : result.error.tokens).toEqual({
      counted: 210_412,
      limit: 200_000,
      over: 10_412,
    });
    const wrong = await chat(provider('sk-ant-wrong').provider, { model: 'claude-haiku-4-5' });
    expect(!wrong.result.ok && wrong.result.error.code).toBe('invalid_key');
  });

  it('keeps the partial text when an overloaded error event arrives mid-stream', async () => {
    double.enqueue({
      kind: 'stream',
      text: 'Halfway',
      errorAfterText: { type: 'overloaded_error', message: 'Overloaded' },
    });
    const { result } = await chat(provider().provider, { model: 'claude-haiku-4-5' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'provider_unavailable',
      partialText: 'Halfway',
    });
  });

  it('reports max_tokens as truncated and refusal as filtered', async () => {
    double.enqueue(
      { kind: 'stream', text: 'Cut', stopReason: 'max_tokens' },
      { kind: 'stream', text: '', stopReason: 'refusal' },
    );
    expect((await chat(provider().provider, { model: 'claude-haiku-4-5' })).result).toMatchObject({
      ok: false,
      error: { code: 'output_truncated', partialText: 'Cut' },
    });
    expect((await chat(provider().provider, { model: 'claude-haiku-4-5' })).result).toMatchObject({
      ok: false,
      error: { code: 'content_filtered' },
    });
  });

  it('lists models and checks one, and cancels mid-stream', async () => {
    const p = provider().provider;
    expect(await p.listModels()).toMatchObject({
      ok: true,
      value: [{ id: 'claude-haiku-4-5', contextWindow: 200_000 }, { id: 'claude-sonnet-4-5' }],
    });
    expect(await p.checkAvailability('claude-opus-9')).toMatchObject({
      status: 'needs_download',
      failure: { code: 'model_missing' },
    });
    double.enqueue({ kind: 'stream', text: 'x '.repeat(100), delayMs: 15 });
    const events = await chatUntilFirstDelta(p, { model: 'claude-haiku-4-5' });
    expect(events.at(-1)).toMatchObject({
      type: 'failed',
      failure: { code: 'aborted', partialText: 'x ' },
    });
  });
});
