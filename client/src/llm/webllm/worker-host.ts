// The WebLLM worker's logic, with the engine injected: downloads with progress and cancel, storage and
// GPU checks before downloading, cached models, and chats streamed as wire events.
import type { WireEvent } from '@career-copilot/shared/ai/chat-stream';
import {
  aiFailure,
  type AiFailure,
  type AiFailureContext,
} from '@career-copilot/shared/ai/failures';
import {
  compatibleModels,
  estimateDownloadBytes,
  type GpuReport,
  type WebLlmModelRecord,
} from './capabilities';
import type { ChatJob, WebLlmCatalog, WorkerRequest, WorkerResponse } from './protocol';

/** The slice of @mlc-ai/web-llm's MLCEngine the worker uses. */
export type WebLlmEngine = {
  reload(modelId: string): Promise<void>;
  unload(): Promise<void>;
  interruptGenerate(): void | Promise<void>;
  streamChat(request: {
    messages: Array<{ role: string; content: string }>;
    temperature?: number;
    max_tokens?: number;
    response_format?: { type: 'json_object'; schema: string };
  }): Promise<AsyncIterable<WebLlmChunk>>;
};

export type WebLlmChunk = {
  readonly choices: ReadonlyArray<{
    readonly delta?: { readonly content?: string | null };
    readonly finish_reason?: string | null;
  }>;
  readonly usage?: { readonly prompt_tokens?: number; readonly completion_tokens?: number } | null;
};

export type WebLlmHostDeps = {
  readonly records: readonly WebLlmModelRecord[];
  readonly detectGpu: () => Promise<GpuReport>;
  readonly createEngine: (
    onProgress: (report: { progress: number; text: string }) => void,
  ) => WebLlmEngine;
  readonly cache: { has(model: string): Promise<boolean>; remove(model: string): Promise<void> };
  readonly estimateStorage: () => Promise<{ usage: number; quota: number } | undefined>;
  readonly post: (message: WorkerResponse) => void;
};

const LABEL = 'WebLLM';

/** What an exception from WebLLM or the browser means for the user. */
export function classifyWebLlmError(error: unknown, context: AiFailureContext): AiFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message =
    error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'AbortError' || /unload\(\) is called|aborted/i.test(message))
    return aiFailure('aborted', context);
  if (name === 'QuotaExceededError' || /quota/i.test(message))
    return aiFailure('storage_quota', context);
  if (
    /WebGPU|shader-f16|ShaderF16|FeatureSupport/i.test(name + message) &&
    !/memory/i.test(message)
  ) {
    return aiFailure('no_webgpu', { ...context, detail: message });
  }
  if (
    /out of memory|OutOfMemory|DeviceLost|device (was )?lost|allocat|maxStorageBufferBindingSize|maxBufferSize/i.test(
      name + message,
    )
  ) {
    return aiFailure('gpu_out_of_memory', context);
  }
  if (/ContextWindowSizeExceeded|context window/i.test(name + message))
    return aiFailure('context_too_long', { ...context, detail: message });
  if (name === 'TypeError' && /fetch|network/i.test(message))
    return aiFailure('network', { ...context, origin: 'https://huggingface.co' });
  return aiFailure('provider_error', { ...context, detail: message });
}

export function createWebLlmHost(deps: WebLlmHostDeps) {
  let engine: WebLlmEngine | undefined;
  let loaded: string | undefined;
  let loading: { model: string; promise: Promise<void> } | undefined;
  let progressTarget: number | undefined;
  const cancelled = new Set<number>();
  const chats = new Set<number>();

  const engineFor = () =>
    (engine ??= deps.createEngine((report) => {
      if (progressTarget !== undefined) {
        deps.post({
          type: 'progress',
          id: progressTarget,
          progress: { fraction: report.progress, text: report.text },
        });
      }
    }));

  async function usable(model: string): Promise<AiFailure | WebLlmModelRecord> {
    const context = { provider: LABEL, model };
    const gpu = await deps.detectGpu();
    if (!gpu.supported) return aiFailure('no_webgpu', { ...context, detail: gpu.reason });
    const record = deps.records.find((r) => r.model_id === model);
    if (!record) return aiFailure('model_missing', context);
    if (!compatibleModels([record], gpu).length)
      return aiFailure('no_webgpu', {
        ...context,
        detail: `this GPU lacks what ${model} needs (shader-f16 or larger buffers)`,
      });
    return record;
  }

  async function catalog(): Promise<WebLlmCatalog> {
    const gpu = await deps.detectGpu();
    const models = compatibleModels(deps.records, gpu);
    const cached = await Promise.all(models.map((m) => deps.cache.has(m.id).catch(() => false)));
    const downloaded = models.filter((_m, i) => cached[i]).map((m) => m.id);
    return { gpu, models, downloaded, loaded };
  }

  /** Downloads (if needed) and loads a model; one at a time, a second request for it joins the first. */
  async function load(
    id: number,
    model: string,
    reportProgress: boolean,
  ): Promise<AiFailure | undefined> {
    const context = { provider: LABEL, model };
    if (loaded === model) return undefined;
    const check = await usable(model);
    if ('code' in check) return check;
    if (!(await deps.cache.has(model).catch(() => false))) {
      const estimate = await deps.estimateStorage().catch(() => undefined);
      const needed = Math.round(estimateDownloadBytes(check) * 1.1);
      if (estimate && estimate.quota - estimate.usage < needed) {
        return aiFailure('storage_quota', {
          ...context,
          bytes: { needed, available: Math.max(0, estimate.quota - estimate.usage) },
        });
      }
    }
    if (reportProgress) progressTarget = id;
    try {
      if (!loading || loading.model !== model) {
        const promise = engineFor().reload(model);
        loading = { model, promise };
      }
      await loading.promise;
      loaded = model;
      return undefined;
    } catch (error) {
      loaded = undefined;
      return cancelled.has(id)
        ? aiFailure('aborted', context)
        : classifyWebLlmError(error, context);
    } finally {
      if (loading?.model === model) loading = undefined;
      if (progressTarget === id) progressTarget = undefined;
    }
  }

  async function chat(id: number, job: ChatJob): Promise<void> {
    const context = { provider: LABEL, model: job.model };
    const wire = (event: WireEvent) => deps.post({ type: 'wire', id, event });
    chats.add(id);
    try {
      if (loaded !== job.model) {
        if (!(await deps.cache.has(job.model).catch(() => false)))
          return wire({ type: 'error', failure: aiFailure('needs_download', context) });
        const failure = await load(id, job.model, false);
        if (failure) return wire({ type: 'error', failure });
      }
      if (cancelled.has(id)) return;
      const stream = await engineFor().streamChat({
        messages: job.messages.map((m) => ({ role: m.role, content: m.content })),
        ...(job.temperature !== undefined ? { temperature: job.temperature } : {}),
        ...(job.maxOutputTokens !== undefined ? { max_tokens: job.maxOutputTokens } : {}),
        ...(job.jsonSchema
          ? {
              response_format: {
                type: 'json_object' as const,
                schema: JSON.stringify(job.jsonSchema.schema),
              },
            }
          : {}),
      });
      for await (const chunk of stream) {
        const choice = chunk.choices[0];
        if (choice?.delta?.content) wire({ type: 'text', text: choice.delta.content });
        const reason = choice?.finish_reason;
        // "abort" is WebLLM's stop after interruptGenerate(): no finish, so the page reports it as stopped.
        if (reason && reason !== 'abort')
          wire({ type: 'finish', reason: reason === 'length' ? 'length' : 'stop' });
        if (chunk.usage) {
          wire({
            type: 'usage',
            ...(chunk.usage.prompt_tokens !== undefined
              ? { inputTokens: chunk.usage.prompt_tokens }
              : {}),
            ...(chunk.usage.completion_tokens !== undefined
              ? { outputTokens: chunk.usage.completion_tokens }
              : {}),
          });
        }
      }
    } catch (error) {
      wire({ type: 'error', failure: classifyWebLlmError(error, context) });
    } finally {
      chats.delete(id);
      cancelled.delete(id);
      deps.post({ type: 'end', id });
    }
  }

  async function cancel(target: number): Promise<void> {
    cancelled.add(target);
    if (chats.has(target)) return void (await engine?.interruptGenerate());
    // A download stops when the engine unloads; WebLLM aborts its fetches then.
    if (progressTarget === target || loading) await engine?.unload().catch(() => {});
  }

  return {
    async handle(request: WorkerRequest): Promise<void> {
      const reply = (value: WebLlmCatalog | null) =>
        deps.post({ type: 'result', id: request.id, value });
      const fail = (failure: AiFailure) => deps.post({ type: 'failure', id: request.id, failure });
      try {
        switch (request.type) {
          case 'catalog':
            return reply(await catalog());
          case 'prepare': {
            const failure = await load(request.id, request.model, true);
            cancelled.delete(request.id);
            return failure ? fail(failure) : reply(null);
          }
          case 'delete':
            if (loaded === request.model) {
              await engine?.unload();
              loaded = undefined;
            }
            await deps.cache.remove(request.model);
            return reply(null);
          case 'chat':
            return await chat(request.id, request);
          case 'cancel':
            await cancel(request.target);
            return reply(null);
        }
      } catch (error) {
        fail(classifyWebLlmError(error, { provider: LABEL }));
      }
    },
  };
}
