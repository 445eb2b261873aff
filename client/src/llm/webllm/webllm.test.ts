import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { collectChat, type ChatEvent } from '@career-copilot/shared/ai/contract';
import { generateObject } from '@career-copilot/shared/ai/generate-object';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  compatibleModels,
  detectGpu,
  estimateDownloadBytes,
  type GpuLike,
  type GpuReport,
} from './capabilities';
import type { MessagePortLike } from './protocol';
import { createWebLlmClient } from './webllm-client';
import {
  classifyWebLlmError,
  createWebLlmHost,
  type WebLlmChunk,
  type WebLlmEngine,
} from './worker-host';

const GPU: GpuReport = {
  supported: true,
  shaderF16: true,
  maxStorageBufferBindingSize: 2 ** 31,
  maxBufferSize: 2 ** 32,
  vendor: 'test',
  architecture: 'test',
};
const records = prebuiltAppConfig.model_list;
const SMALL = 'SmolLM2-360M-Instruct-q4f32_1-MLC';

/** An engine that behaves like MLCEngine where it matters: progress, abortable reload, interruptible streams. */
function fakeEngine(log: string[], options: { reply?: string; failReload?: unknown } = {}) {
  return (onProgress: (r: { progress: number; text: string }) => void): WebLlmEngine => {
    let abortReload: ((reason: unknown) => void) | undefined;
    let interrupted = false;
    return {
      async reload(model) {
        log.push(`reload ${model}`);
        if (options.failReload) throw options.failReload;
        await new Promise<void>((resolve, reject) => {
          abortReload = reject;
          let step = 0;
          const tick = () => {
            step += 1;
            onProgress({ progress: step / 4, text: `Fetching param cache[${step}/4]` });
            if (step < 4) setTimeout(tick, 5);
            else resolve();
          };
          setTimeout(tick, 5);
        });
      },
      async unload() {
        log.push('unload');
        abortReload?.('Engine.unload() is called.');
      },
      interruptGenerate() {
        log.push('interrupt');
        interrupted = true;
      },
      async streamChat(request) {
        log.push(`chat ${JSON.stringify(request.response_format ?? null)}`);
        interrupted = false;
        const words = (options.reply ?? 'Hello from your GPU.').split(/(?<= )/);
        return (async function* (): AsyncGenerator<WebLlmChunk> {
          for (const word of words) {
            await new Promise((r) => setTimeout(r, 5));
            if (interrupted) return yield { choices: [{ delta: {}, finish_reason: 'abort' }] };
            yield { choices: [{ delta: { content: word }, finish_reason: null }] };
          }
          yield { choices: [{ delta: {}, finish_reason: 'stop' }] };
          yield { choices: [], usage: { prompt_tokens: 11, completion_tokens: words.length } };
        })();
      },
    };
  };
}

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

function setup(
  options: {
    gpu?: GpuReport;
    cached?: string[];
    free?: number;
    reply?: string;
    failReload?: unknown;
  } = {},
) {
  const log: string[] = [];
  const cache = new Set(options.cached ?? []);
  const channel = new MessageChannel();
  channels.push(channel);
  const host = createWebLlmHost({
    records,
    detectGpu: async () => options.gpu ?? GPU,
    createEngine: fakeEngine(log, options),
    cache: {
      has: async (m) => cache.has(m),
      remove: async (m) => void cache.delete(m),
    },
    estimateStorage: async () => ({ usage: 0, quota: options.free ?? 50e9 }),
    post: (m) => channel.port2.postMessage(m),
  });
  channel.port2.onmessage = (e) => void host.handle(e.data);
  const port = channel.port1 as unknown as MessagePortLike;
  channel.port1.start();
  // A real download puts the model in the cache; the fake engine's reload stands for that.
  return { client: createWebLlmClient(port), log, cache };
}

describe('WebLLM capability filter', () => {
  it('detects WebGPU, shader-f16 and limits from the adapter', async () => {
    expect(await detectGpu(undefined)).toEqual({
      supported: false,
      reason: 'this browser has no WebGPU',
    });
    expect(await detectGpu({ requestAdapter: async () => null })).toMatchObject({
      supported: false,
    });
    const gpu: GpuLike = {
      requestAdapter: async () => ({
        features: new Set(['shader-f16']),
        limits: { maxStorageBufferBindingSize: 1 << 30, maxBufferSize: 1 << 30 },
        info: { vendor: 'apple', architecture: 'metal-3' },
      }),
    };
    expect(await detectGpu(gpu)).toEqual({
      supported: true,
      shaderF16: true,
      maxStorageBufferBindingSize: 1 << 30,
      maxBufferSize: 1 << 30,
      vendor: 'apple',
      architecture: 'metal-3',
    });
  });

  it('lists only chat models the GPU can run, smallest first, with sizes', () => {
    const all = compatibleModels(records, GPU);
    expect(all.length).toBeGreaterThan(50);
    expect(all.every((m, i) => i === 0 || all[i - 1]!.vramBytes <= m.vramBytes)).toBe(true);
    expect(all.some((m) => /vision/i.test(m.id))).toBe(false);
    const noF16 = compatibleModels(records, { ...GPU, shaderF16: false });
    expect(noF16.length).toBeGreaterThan(20);
    expect(noF16.filter((m) => /q\df16/.test(m.id))).toEqual([]);
    const small = compatibleModels(records, { ...GPU, maxStorageBufferBindingSize: 256 * 2 ** 20 });
    expect(small.every((m) => m.lowResource)).toBe(true);
    expect(small.some((m) => m.id === 'gemma-2b-it-q4f16_1-MLC')).toBe(false);
    expect(compatibleModels(records, { supported: false, reason: 'x' })).toEqual([]);
  });

  it('estimates the download from parameters and quantisation', () => {
    const record = records.find((r) => r.model_id === 'Llama-3.2-1B-Instruct-q4f16_1-MLC')!;
    expect(estimateDownloadBytes(record)).toBe(Math.round(1e9 * 0.5 * 1.1));
    expect(
      estimateDownloadBytes({
        model_id: 'SmolLM2-135M-Instruct-q0f16-MLC',
        vram_required_MB: 359.69,
      }),
    ).toBe(Math.round(135e6 * 2 * 1.1));
  });
});

describe('WebLLM worker protocol (injected engine)', () => {
  it('downloads with progress, then the model is ready and streams a chat with usage', async () => {
    const { client, cache } = setup();
    expect(await client.provider.checkAvailability(SMALL)).toMatchObject({
      status: 'needs_download',
    });
    const progress: number[] = [];
    const prepared = await client.provider.prepare!(SMALL, {
      onProgress: (p) => progress.push(p.fraction ?? -1),
    });
    expect(prepared).toEqual({ ok: true, value: undefined });
    expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
    cache.add(SMALL);
    expect(await client.provider.checkAvailability(SMALL)).toMatchObject({ status: 'ready' });
    const result = await collectChat(
      client.provider.streamChat({ model: SMALL, messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        text: 'Hello from your GPU.',
        usage: { inputTokens: 11, outputTokens: 4, finishReason: 'stop' },
      },
    });
  });

  it('cancels a download: the engine unloads and the result is "stopped"', async () => {
    const { client, log } = setup();
    const controller = new AbortController();
    const prepared = client.provider.prepare!(SMALL, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(await prepared).toMatchObject({ ok: false, error: { code: 'aborted' } });
    expect(log).toContain('unload');
  });

  it('checks storage before downloading and says how much room is needed', async () => {
    const { client, log } = setup({ free: 100e6 });
    const result = await client.provider.prepare!('Llama-3.2-1B-Instruct-q4f16_1-MLC');
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'storage_quota',
      bytes: { available: 100e6 },
    });
    expect(!result.ok && result.error.message).toMatch(
      /needs about 605 MB of storage but this browser has 100 MB free/,
    );
    expect(log).toEqual([]);
  });

  it('will not chat with a model that is not downloaded', async () => {
    const { client } = setup();
    const result = await collectChat(
      client.provider.streamChat({ model: SMALL, messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'needs_download' } });
  });

  it('stops a chat mid-stream, keeping what was written', async () => {
    const { client, log } = setup({
      cached: [SMALL],
      reply: 'one two three four five six seven eight',
    });
    const controller = new AbortController();
    const events: ChatEvent[] = [];
    for await (const event of client.provider.streamChat({
      model: SMALL,
      messages: [{ role: 'user', content: 'count' }],
      signal: controller.signal,
    })) {
      events.push(event);
      if (event.type === 'delta') controller.abort();
    }
    expect(events.at(-1)).toMatchObject({
      type: 'failed',
      failure: { code: 'aborted', partialText: 'one ' },
    });
    await expect.poll(() => log.includes('interrupt')).toBe(true);
  });

  it('asks WebLLM for schema-constrained JSON', async () => {
    const { client, log } = setup({ cached: [SMALL], reply: '{"ok": true}' });
    const result = await generateObject({
      provider: client.provider,
      model: SMALL,
      schema: z.object({ ok: z.boolean() }),
      schemaName: 'check',
      messages: [{ role: 'user', content: 'ok?' }],
    });
    expect(result).toMatchObject({ ok: true, value: { value: { ok: true } } });
    expect(log.find((l) => l.startsWith('chat'))).toContain('"type":"json_object"');
  });

  it('says plainly when there is no WebGPU', async () => {
    const { client } = setup({ gpu: { supported: false, reason: 'this browser has no WebGPU' } });
    const availability = await client.provider.checkAvailability();
    expect(availability).toMatchObject({ status: 'unsupported', failure: { code: 'no_webgpu' } });
    expect(availability.message).toContain('WebGPU is not available');
    expect(await client.provider.prepare!(SMALL)).toMatchObject({
      ok: false,
      error: { code: 'no_webgpu' },
    });
  });

  it('lists downloaded models and deletes one', async () => {
    const { client } = setup({ cached: [SMALL] });
    const before = await client.catalog();
    expect(before.ok && before.value.downloaded).toEqual([SMALL]);
    expect(await client.deleteModel(SMALL)).toEqual({ ok: true, value: null });
    const after = await client.catalog();
    expect(after.ok && after.value.downloaded).toEqual([]);
  });

  it('answers every waiting call when the worker cannot start', async () => {
    const listeners: Record<string, (event: never) => void> = {};
    const deadPort = {
      postMessage: () => {},
      addEventListener: (type: string, listener: (event: never) => void) =>
        void (listeners[type] = listener),
    } as unknown as MessagePortLike;
    const client = createWebLlmClient(deadPort);
    const availability = client.provider.checkAvailability();
    const chat = collectChat(
      client.provider.streamChat({ model: SMALL, messages: [{ role: 'user', content: 'hi' }] }),
    );
    await new Promise((r) => setTimeout(r, 10));
    listeners.error?.(new Event('error') as never);
    expect(await availability).toMatchObject({
      status: 'unreachable',
      message: expect.stringContaining('could not start'),
    });
    expect(await chat).toMatchObject({ ok: false, error: { code: 'provider_error' } });
  });

  it('turns engine errors into the failures users understand', () => {
    const ctx = { provider: 'WebLLM', model: SMALL };
    expect(
      classifyWebLlmError(
        new Error('Device was lost. This can happen due to insufficient memory'),
        ctx,
      ).code,
    ).toBe('gpu_out_of_memory');
    expect(
      classifyWebLlmError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }), ctx).code,
    ).toBe('storage_quota');
    expect(
      classifyWebLlmError(
        Object.assign(new Error('This model requires feature shader-f16'), {
          name: 'ShaderF16SupportError',
        }),
        ctx,
      ).code,
    ).toBe('no_webgpu');
    expect(classifyWebLlmError(new TypeError('Failed to fetch'), ctx).code).toBe('network');
    expect(classifyWebLlmError('Engine.unload() is called.', ctx).code).toBe('aborted');
  });
});
