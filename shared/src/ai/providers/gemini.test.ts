import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  GEMINI_ERRORS,
  startGeminiDouble,
  type GeminiDouble,
} from '../../../../e2e/doubles/gemini';
import { chat, nodeTransport } from '../../../test/ai';
import { KeyScheme } from '../catalog';
import { generateObject } from '../generate-object';
import { createKeyedFetch } from '../keyed-fetch';
import { createGeminiProvider, parseGoogleDuration } from './gemini';

let double: GeminiDouble;
beforeAll(async () => {
  double = await startGeminiDouble({ apiKey: 'AIza-right' });
});
afterAll(() => double.close());

function provider(key = 'AIza-right') {
  const transport = nodeTransport();
  const fetch = createKeyedFetch(transport.fetch, {
    origin: double.origin,
    scheme: KeyScheme.GoogApiKey,
    key,
  });
  return {
    transport,
    provider: createGeminiProvider({
      baseUrl: double.baseUrl,
      transport: { ...transport, fetch },
      hasKey: true,
    }),
  };
}

describe('Gemini provider against the Gemini API double', () => {
  it('streams CRLF-framed SSE chunks and reads usageMetadata', async () => {
    for (const framing of ['lines', 'split'] as const) {
      double.enqueue({ kind: 'stream', text: 'Hello from Gemini.', framing });
      const { result } = await chat(provider().provider, {
        model: 'gemini-2.5-flash',
        messages: [
          { role: 'system', content: 'Be kind.' },
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello' },
          { role: 'user', content: 'Again' },
        ],
      });
      expect(result).toEqual({
        ok: true,
        value: {
          text: 'Hello from Gemini.',
          usage: { inputTokens: 18, outputTokens: 3, finishReason: 'stop' },
        },
      });
    }
    const request = double.requests.at(-1);
    expect(request?.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse');
    expect(request?.headers['x-goog-api-key']).toBe('AIza-right');
    expect(request?.body).toEqual({
      contents: [
        { role: 'user', parts: [{ text: 'Hi' }] },
        { role: 'model', parts: [{ text: 'Hello' }] },
        { role: 'user', parts: [{ text: 'Again' }] },
      ],
      systemInstruction: { parts: [{ text: 'Be kind.' }] },
    });
  });

  it('asks for JSON with responseSchema in Gemini’s dialect', async () => {
    double.enqueue({ kind: 'stream', text: '{"skills": ["Go", "SQL"], "years": 5}' });
    const result = await generateObject({
      provider: provider().provider,
      model: 'gemini-2.5-flash',
      schema: z.object({ skills: z.array(z.string()), years: z.number().nullable() }),
      schemaName: 'profile',
      messages: [{ role: 'user', content: 'Go and SQL, five years.' }],
    });
    expect(result.ok && result.value.value).toEqual({ skills: ['Go', 'SQL'], years: 5 });
    const config = (double.requests.at(-1)?.body as { generationConfig: Record<string, unknown> })
      .generationConfig;
    expect(config.responseMimeType).toBe('application/json');
    expect(config.responseSchema).toEqual({
      type: 'object',
      properties: {
        skills: { type: 'array', items: { type: 'string' } },
        years: { type: 'number', nullable: true },
      },
      propertyOrdering: ['skills', 'years'],
      required: ['skills', 'years'],
    });
  });

  it('reads RetryInfo: waits a short retryDelay, reports a long one', async () => {
    double.enqueue(
      { kind: 'error', status: 429, body: GEMINI_ERRORS.quota('17s') },
      { kind: 'stream' },
    );
    const short = provider();
    expect((await chat(short.provider, { model: 'gemini-2.5-flash' })).result.ok).toBe(true);
    expect(short.transport.sleeps).toEqual([17_000]);

    double.enqueue({ kind: 'error', status: 429, body: GEMINI_ERRORS.quota('10h17m5.72s') });
    const long = provider();
    const { result } = await chat(long.provider, { model: 'gemini-2.5-flash' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 37_025.72,
    });
    expect(long.transport.sleeps).toEqual([]);
    expect(parseGoogleDuration('1.5s')).toBe(1.5);
  });

  it('maps API_KEY_INVALID, NOT_FOUND, token overflow and UNAVAILABLE', async () => {
    const wrong = await chat(provider('AIza-wrong').provider, { model: 'gemini-2.5-flash' });
    expect(!wrong.result.ok && wrong.result.error.code).toBe('invalid_key');
    expect(await provider('AIza-wrong').provider.checkAvailability()).toMatchObject({
      status: 'needs_key',
    });
    const missing = await chat(provider().provider, { model: 'gemini-9' });
    expect(!missing.result.ok && missing.result.error.code).toBe('model_missing');
    double.enqueue({ kind: 'error', status: 400, body: GEMINI_ERRORS.tooLong });
    const long = await chat(provider().provider, { model: 'gemini-2.5-flash' });
    expect(long.result.ok ? null : long.result.error).toMatchObject({
      code: 'context_too_long',
      tokens: { counted: 1_200_000, limit: 1_048_576 },
    });
    const overloaded = { kind: 'error' as const, status: 503, body: GEMINI_ERRORS.overloaded };
    double.enqueue(overloaded, overloaded, overloaded);
    const down = await chat(provider().provider, { model: 'gemini-2.5-flash' });
    expect(!down.result.ok && down.result.error.code).toBe('provider_unavailable');
  });

  it('knows each model’s input limit from the model list and counts before sending', async () => {
    const p = provider().provider;
    const models = await p.listModels();
    expect(models.ok && models.value.map((m) => [m.id, m.contextWindow])).toEqual([
      ['gemini-2.5-flash', 1_048_576],
      ['gemini-2.5-pro', 1_048_576],
      ['gemini-tiny', 300],
    ]);
    const { result } = await chat(p, {
      model: 'gemini-tiny',
      prompt: 'word '.repeat(500),
      maxOutputTokens: 50,
    });
    expect(!result.ok && result.error.code).toBe('context_too_long');
  });

  it('reports MAX_TOKENS, SAFETY and a blocked prompt', async () => {
    double.enqueue({ kind: 'stream', text: 'Cut short', finishReason: 'MAX_TOKENS' });
    expect((await chat(provider().provider, { model: 'gemini-2.5-flash' })).result).toMatchObject({
      ok: false,
      error: { code: 'output_truncated', partialText: 'Cut short' },
    });
    double.enqueue({ kind: 'stream', text: 'Well', finishReason: 'SAFETY' });
    expect((await chat(provider().provider, { model: 'gemini-2.5-flash' })).result).toMatchObject({
      ok: false,
      error: { code: 'content_filtered' },
    });
    double.enqueue({ kind: 'stream', blockReason: 'PROHIBITED_CONTENT' });
    expect((await chat(provider().provider, { model: 'gemini-2.5-flash' })).result).toMatchObject({
      ok: false,
      error: { code: 'content_filtered' },
    });
  });

  it('keeps partial text when an error arrives in the stream', async () => {
    double.enqueue({
      kind: 'stream',
      text: 'So far',
      errorAfterText: { code: 500, message: 'An internal error has occurred.', status: 'INTERNAL' },
    });
    const { result } = await chat(provider().provider, { model: 'gemini-2.5-flash' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'provider_unavailable',
      partialText: 'So far',
    });
  });
});
