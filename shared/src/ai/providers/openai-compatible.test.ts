import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OPENAI_ERRORS,
  startOpenAiDouble,
  type OpenAiDouble,
} from '../../../../e2e/doubles/openai';
import { chat, chatUntilFirstDelta, nodeTransport } from '../../../test/ai';
import { KeyScheme } from '../catalog';
import { createKeyedFetch } from '../keyed-fetch';
import { jsonSchemaSpec } from '../json-schema';
import { createOpenAiCompatibleProvider } from './openai-compatible';
import { z } from 'zod';

const KEY = 'sk-test-key';
let double: OpenAiDouble;

beforeAll(async () => {
  double = await startOpenAiDouble({
    apiKey: KEY,
    models: [{ id: 'gpt-4o-mini' }, { id: 'tiny-model', context_length: 300 }, { id: 'whisper-1' }],
  });
});
afterAll(() => double.close());

function provider(options: { key?: string; id?: 'openai' | 'custom' | 'openrouter' } = {}) {
  const transport = nodeTransport();
  const keyed = createKeyedFetch(transport.fetch, {
    origin: double.origin,
    scheme: KeyScheme.Bearer,
    key: options.key ?? KEY,
  });
  return {
    transport,
    provider: createOpenAiCompatibleProvider({
      id: options.id ?? 'custom',
      label: 'OpenAI',
      baseUrl: double.baseUrl,
      transport: { ...transport, fetch: keyed },
      hasKey: true,
      keyRequired: true,
    }),
  };
}

describe('OpenAI-compatible provider against the OpenAI wire double', () => {
  it('streams the same answer whatever the framing: split, merged, CRLF, comment lines', async () => {
    const text = 'Ready when you are – naïve café 🚀 done.';
    for (const script of [
      { framing: 'lines' as const },
      { framing: 'split' as const },
      { framing: 'merged' as const },
      { framing: 'split' as const, crlf: true },
      { framing: 'lines' as const, comments: true, crlf: true },
    ]) {
      double.enqueue({ kind: 'stream', text, ...script });
      const { result, events } = await chat(provider().provider, { model: 'gpt-4o-mini' });
      expect(result).toEqual({
        ok: true,
        value: { text, usage: { inputTokens: 21, outputTokens: 9, finishReason: 'stop' } },
      });
      expect(events.filter((e) => e.type === 'delta').length).toBe(9);
    }
  });

  it('sends the chat in OpenAI’s shape with usage requested', async () => {
    await chat(provider({ id: 'openai' }).provider, {
      model: 'gpt-4o-mini',
      temperature: 0.3,
      maxOutputTokens: 99,
    });
    const request = double.requests.at(-1);
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.body).toEqual({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello there' }],
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.3,
      max_completion_tokens: 99,
    });
  });

  it('lists chat models only, with the context sizes the endpoint reports', async () => {
    const models = await provider().provider.listModels();
    expect(models).toEqual({
      ok: true,
      value: [
        { id: 'gpt-4o-mini', label: 'gpt-4o-mini', contextWindow: 128_000 },
        { id: 'tiny-model', label: 'tiny-model', contextWindow: 300 },
      ],
    });
  });

  it('counts before sending: a prompt too long for the model never leaves the machine', async () => {
    const before = double.requests.filter((r) => r.path.endsWith('/chat/completions')).length;
    const { result } = await chat(provider().provider, {
      model: 'tiny-model',
      prompt: 'word '.repeat(400),
      maxOutputTokens: 100,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('context_too_long');
    expect(result.error.message).toMatch(/can take 200\. Cut about \d+ tokens/);
    expect(double.requests.filter((r) => r.path.endsWith('/chat/completions')).length).toBe(before);
  });

  it('reports a wrong key, and availability says a key is needed', async () => {
    const { provider: p } = provider({ key: 'sk-wrong-0000' });
    const { result } = await chat(p, { model: 'gpt-4o-mini' });
    expect(!result.ok && result.error.code).toBe('invalid_key');
    expect(!result.ok && result.error.message).toContain('rejected the API key');
    expect(await p.checkAvailability('gpt-4o-mini')).toMatchObject({ status: 'needs_key' });
  });

  it('waits out a 429 for exactly its Retry-After, then answers', async () => {
    double.enqueue(
      {
        kind: 'error',
        status: 429,
        body: OPENAI_ERRORS.rateLimited,
        headers: { 'retry-after': '2' },
      },
      { kind: 'stream', text: 'after the wait' },
    );
    const { provider: p, transport } = provider();
    const { result, events } = await chat(p, { model: 'gpt-4o-mini' });
    expect(result.ok && result.value.text).toBe('after the wait');
    expect(transport.sleeps).toEqual([2000]);
    expect(events[0]).toMatchObject({
      type: 'retry',
      attempt: 1,
      delaySeconds: 2,
      failure: { code: 'rate_limited' },
    });
  });

  it('backs off exponentially without Retry-After and gives up after three attempts', async () => {
    const limited = { kind: 'error' as const, status: 429, body: OPENAI_ERRORS.rateLimited };
    double.enqueue(limited, limited, limited);
    const { provider: p, transport } = provider();
    const { result } = await chat(p, { model: 'gpt-4o-mini' });
    expect(!result.ok && result.error.code).toBe('rate_limited');
    expect(transport.sleeps).toEqual([1000, 2000]);
  });

  it('does not wait out a Retry-After longer than a minute; it tells the user when to come back', async () => {
    double.enqueue({
      kind: 'error',
      status: 429,
      body: OPENAI_ERRORS.rateLimited,
      headers: { 'retry-after': '600' },
    });
    const { provider: p, transport } = provider();
    const { result } = await chat(p, { model: 'gpt-4o-mini' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 600,
    });
    expect(!result.ok && result.error.message).toContain('Try again in 10 min');
    expect(transport.sleeps).toEqual([]);
  });

  it('maps each vendor error body to its failure', async () => {
    const cases = [
      [429, OPENAI_ERRORS.insufficientQuota, 'out_of_credit'],
      [402, OPENAI_ERRORS.openRouterNoCredit, 'out_of_credit'],
      [413, OPENAI_ERRORS.groqTooLarge, 'context_too_long'],
      [400, OPENAI_ERRORS.contextLength, 'context_too_long'],
      [404, OPENAI_ERRORS.modelNotFound('gpt-9'), 'model_missing'],
      [
        403,
        {
          error: {
            message: 'Country, region, or territory not supported',
            type: 'request_forbidden',
            code: 'unsupported_country_region_territory',
          },
        },
        'request_rejected',
      ],
    ] as const;
    for (const [status, body, code] of cases) {
      double.enqueue({ kind: 'error', status, body });
      const { result } = await chat(provider().provider, { model: 'gpt-4o-mini' });
      expect({ status, code: result.ok ? 'ok' : result.error.code }).toEqual({ status, code });
    }
    double.enqueue({ kind: 'error', status: 400, body: OPENAI_ERRORS.contextLength });
    const { result } = await chat(provider().provider, { model: 'gpt-4o-mini' });
    expect(result.ok ? null : result.error.tokens).toEqual({
      counted: 9000,
      limit: 8192,
      over: 808,
    });
  });

  it('retries a 5xx and then reports the provider as unavailable', async () => {
    const failing = { kind: 'error' as const, status: 500, body: OPENAI_ERRORS.serverError };
    double.enqueue(failing, failing, failing);
    const { result } = await chat(provider().provider, { model: 'gpt-4o-mini' });
    expect(!result.ok && result.error.code).toBe('provider_unavailable');
  });

  it('turns a stop at the token limit into output_truncated, keeping the text', async () => {
    double.enqueue({ kind: 'stream', text: 'The first half of', finishReason: 'length' });
    const { result } = await chat(provider().provider, {
      model: 'gpt-4o-mini',
      maxOutputTokens: 4,
    });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'output_truncated',
      partialText: 'The first half of',
      maxOutputTokens: 4,
    });
  });

  it('ends with the in-stream error and the partial text (OpenRouter mid-stream failure)', async () => {
    double.enqueue({
      kind: 'stream',
      text: 'Partly there',
      errorAfterText: { error: { code: 'server_error', message: 'Provider disconnected' } },
    });
    const { result } = await chat(provider().provider, { model: 'gpt-4o-mini' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'provider_unavailable',
      partialText: 'Partly there',
      detail: 'Provider disconnected',
    });
  });

  it('says the connection dropped when the stream ends without a finish', async () => {
    double.enqueue({ kind: 'stream', text: 'one two three four five', dropAfter: 3 });
    const { result } = await chat(provider().provider, { model: 'gpt-4o-mini' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'interrupted',
      partialText: 'one two ',
    });
  });

  it('accepts a stream that finishes without usage or [DONE], estimating the counts', async () => {
    double.enqueue({ kind: 'stream', text: 'Short answer.', usage: null, done: false });
    const { result } = await chat(provider().provider, { model: 'gpt-4o-mini' });
    expect(result.ok && result.value.usage).toMatchObject({
      finishReason: 'stop',
      estimated: true,
    });
  });

  it('stops mid-stream when aborted: the partial text is kept and the server sees the hang-up', async () => {
    double.enqueue({ kind: 'stream', text: 'a '.repeat(200), delayMs: 20 });
    const before = double.disconnects();
    const events = await chatUntilFirstDelta(provider().provider, { model: 'gpt-4o-mini' });
    expect(events.at(-1)).toMatchObject({
      type: 'failed',
      failure: { code: 'aborted', partialText: 'a ' },
    });
    await expect.poll(() => double.disconnects()).toBe(before + 1);
  });

  it('asks for strict json_schema output, and loosens it for endpoints that reject it', async () => {
    const spec = jsonSchemaSpec('greeting', z.object({ hello: z.string() }));
    double.enqueue(
      {
        kind: 'error',
        status: 400,
        body: {
          error: {
            message:
              "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
            type: 'invalid_request_error',
            param: 'response_format',
            code: null,
          },
        },
      },
      { kind: 'stream', text: '{"hello":"world"}' },
    );
    const { result } = await chat(provider().provider, { model: 'gpt-4o-mini', jsonSchema: spec });
    expect(result.ok && result.value.text).toBe('{"hello":"world"}');
    const [strict, loose] = double.requests
      .slice(-2)
      .map((r) => (r.body as { response_format: unknown }).response_format);
    expect(strict).toEqual({
      type: 'json_schema',
      json_schema: { name: 'greeting', schema: spec.schema, strict: true },
    });
    expect(loose).toEqual({
      type: 'json_schema',
      json_schema: { name: 'greeting', schema: spec.schema },
    });
  });

  it('reports an endpoint that is not listening as unreachable', async () => {
    const closed = await startOpenAiDouble();
    await closed.close();
    const p = createOpenAiCompatibleProvider({
      id: 'custom',
      label: 'My server',
      baseUrl: closed.baseUrl,
      transport: nodeTransport(),
      hasKey: false,
      keyRequired: false,
    });
    const { result } = await chat(p, { model: 'gpt-4o-mini' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'network',
      origin: closed.origin,
    });
    expect(await p.checkAvailability()).toMatchObject({ status: 'unreachable' });
  });
});
