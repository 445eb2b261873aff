import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startOllamaDouble, type OllamaDouble } from '../../../../e2e/doubles/ollama';
import { chat, chatUntilFirstDelta, nodeTransport } from '../../../test/ai';
import { generateObject } from '../generate-object';
import type { Transport } from '../transport';
import { createOllamaProvider } from './ollama';

let double: OllamaDouble;
beforeAll(async () => {
  double = await startOllamaDouble();
});
afterAll(() => double.close());

const provider = (transport: Transport = nodeTransport()) =>
  createOllamaProvider({
    host: double.host,
    transport: { ...transport, appOrigin: 'https://copilot.example.com' },
  });

describe('Ollama provider (ollama/browser) against the Ollama double', () => {
  it('lists installed models from /api/tags with their size', async () => {
    expect(await provider().listModels()).toEqual({
      ok: true,
      value: [
        {
          id: 'llama3.2:latest',
          label: 'llama3.2:latest',
          sizeBytes: 2_019_393_189,
          details: '3.2B · Q4_K_M',
          downloaded: true,
        },
        {
          id: 'qwen3:0.6b',
          label: 'qwen3:0.6b',
          sizeBytes: 522_653_767,
          details: '751.63M · Q4_K_M',
          downloaded: true,
        },
      ],
    });
    expect(await provider().checkAvailability('llama3.2')).toMatchObject({ status: 'ready' });
  });

  it('streams NDJSON however it is framed, with counts from the final line', async () => {
    for (const script of [
      { framing: 'lines' as const },
      { framing: 'split' as const },
      { framing: 'merged' as const, crlf: true },
    ]) {
      double.enqueue({ kind: 'stream', text: 'Local and private — ünïcode.', ...script });
      const { result } = await chat(provider(), { model: 'llama3.2' });
      expect(result).toEqual({
        ok: true,
        value: {
          text: 'Local and private — ünïcode.',
          usage: { inputTokens: 26, outputTokens: 5, finishReason: 'stop' },
        },
      });
    }
  });

  it('sizes num_ctx from the model’s context length and the prompt', async () => {
    await chat(provider(), {
      model: 'llama3.2',
      prompt: 'word '.repeat(6000),
      maxOutputTokens: 500,
      temperature: 0.2,
    });
    const body = double.requests.at(-1)?.body as {
      options: Record<string, number>;
      stream: boolean;
    };
    expect(body.stream).toBe(true);
    expect(body.options).toEqual({ num_ctx: 8192, temperature: 0.2, num_predict: 500 });
  });

  it('says which command installs a model that is not pulled (404)', async () => {
    const { result } = await chat(provider(), { model: 'mistral-nemo' });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'model_missing' });
    expect(!result.ok && result.error.message).toContain('Run “ollama pull mistral-nemo”');
    expect(await provider().checkAvailability('mistral-nemo')).toMatchObject({
      status: 'needs_download',
    });
  });

  it('ends with the error from a mid-stream {"error"} line, keeping the text so far', async () => {
    double.enqueue({
      kind: 'stream',
      text: 'Before the crash',
      errorAfterText: 'an error was encountered while running the model: unexpected EOF',
    });
    const { result } = await chat(provider(), { model: 'llama3.2' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'provider_error',
      partialText: 'Before the crash',
      detail: 'an error was encountered while running the model: unexpected EOF',
    });
  });

  it('reports done_reason "length" as truncated', async () => {
    double.enqueue({ kind: 'stream', text: 'Out of room', doneReason: 'length' });
    const { result } = await chat(provider(), { model: 'llama3.2' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'output_truncated',
      partialText: 'Out of room',
    });
  });

  it('asks for structured output with format and think:false', async () => {
    double.enqueue({ kind: 'stream', text: '```json\n{"answer": 42,}\n```' });
    const result = await generateObject({
      provider: provider(),
      model: 'qwen3:0.6b',
      schema: z.object({ answer: z.number() }),
      schemaName: 'answer',
      messages: [{ role: 'user', content: '6 × 7?' }],
    });
    expect(result).toEqual({
      ok: true,
      value: { value: { answer: 42 }, attempts: 1, repaired: true },
    });
    const body = double.requests.at(-1)?.body as { format: unknown; think: boolean };
    expect(body.think).toBe(false);
    expect(body.format).toMatchObject({
      type: 'object',
      properties: { answer: { type: 'number' } },
    });
  });

  it('says Ollama is not running when nothing listens, and how to start it', async () => {
    const gone = await startOllamaDouble();
    await gone.close();
    const p = createOllamaProvider({ host: gone.host, transport: nodeTransport() });
    const { result } = await chat(p, { model: 'llama3.2' });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'ollama_down' });
    expect(!result.ok && result.error.message).toContain(`Ollama is not running at ${gone.host}`);
    expect(await p.checkAvailability()).toMatchObject({ status: 'unreachable' });
  });

  it('explains OLLAMA_ORIGINS for this app’s origin when Ollama refuses it', async () => {
    const strict = await startOllamaDouble({ denyDefaultOrigins: true });
    try {
      // From Node the refusal arrives as Ollama's bare 403.
      const withOrigin: Transport = {
        ...nodeTransport(),
        fetch: (url, init) =>
          fetch(url, {
            ...init,
            headers: {
              ...Object.fromEntries(new Headers(init.headers)),
              origin: 'https://copilot.example.com',
            },
          }),
      };
      const p = createOllamaProvider({
        host: strict.host,
        transport: { ...withOrigin, appOrigin: 'https://copilot.example.com' },
      });
      const availability = await p.checkAvailability();
      expect(availability).toMatchObject({
        status: 'cors_blocked',
        failure: { code: 'ollama_origin_blocked' },
      });
      expect(availability.message).toContain(
        'OLLAMA_ORIGINS=https://copilot.example.com ollama serve',
      );
      // In a browser the same refusal is an opaque TypeError; the probe tells it apart from "not running".
      const browserLike: Transport = {
        fetch: () => Promise.reject(new TypeError('Failed to fetch')),
        probe: async () => 'cors_blocked',
        appOrigin: 'https://copilot.example.com',
      };
      const { result } = await chat(
        createOllamaProvider({ host: strict.host, transport: browserLike }),
        { model: 'llama3.2' },
      );
      expect(result.ok ? null : result.error).toMatchObject({ code: 'ollama_origin_blocked' });
      const cspBlocked: Transport = { ...browserLike, probe: async () => 'csp_blocked' };
      const blocked = await chat(
        createOllamaProvider({ host: strict.host, transport: cspBlocked }),
        { model: 'llama3.2' },
      );
      expect(!blocked.result.ok && blocked.result.error.message).toContain(
        `adding ${strict.origin} to CSP_CONNECT_EXTRA`,
      );
    } finally {
      await strict.close();
    }
  });

  it('stops a stream when aborted: partial text kept, the connection to Ollama closed', async () => {
    double.enqueue({ kind: 'stream', text: 'token '.repeat(200), delayMs: 15 });
    const before = double.disconnects();
    const events = await chatUntilFirstDelta(provider(), { model: 'llama3.2' });
    expect(events.at(-1)).toMatchObject({
      type: 'failed',
      failure: { code: 'aborted', partialText: 'token ' },
    });
    await expect.poll(() => double.disconnects()).toBe(before + 1);
  });
});
