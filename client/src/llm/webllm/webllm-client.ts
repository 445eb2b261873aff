// The page's side of the WebLLM worker: the provider contract over messages, plus catalog and delete for Settings.
import {
  runChatStream,
  type OpenWireStream,
  type WireEvent,
} from '@career-copilot/shared/ai/chat-stream';
import {
  AvailabilityStatus,
  ProviderId,
  type Availability,
  type ModelProvider,
  type PrepareOptions,
} from '@career-copilot/shared/ai/contract';
import { aiFailure, type AiFailure } from '@career-copilot/shared/ai/failures';
import { availabilityFromFailure } from '@career-copilot/shared/ai/providers/availability';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import type { MessagePortLike, WebLlmCatalog, WorkerRequest, WorkerResponse } from './protocol';

const LABEL = 'WebLLM';

type Pending = {
  readonly settle: (result: Result<WebLlmCatalog | null, AiFailure>) => void;
  readonly onProgress?: PrepareOptions['onProgress'];
};

type Stream = { push(event: WireEvent | 'end'): void };

export type WebLlmClient = {
  readonly provider: ModelProvider;
  readonly catalog: () => Promise<Result<WebLlmCatalog, AiFailure>>;
  readonly deleteModel: (model: string) => Promise<Result<null, AiFailure>>;
};

export function createWebLlmClient(port: MessagePortLike): WebLlmClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const streams = new Map<number, Stream>();

  port.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.type === 'wire' || message.type === 'end') {
      streams.get(message.id)?.push(message.type === 'end' ? 'end' : message.event);
      return;
    }
    const request = pending.get(message.id);
    if (!request) return;
    if (message.type === 'progress') return request.onProgress?.(message.progress);
    pending.delete(message.id);
    request.settle(message.type === 'result' ? ok(message.value) : err(message.failure));
  });

  // If the worker cannot start (offline before its first use, blocked, broken), nothing would ever answer.
  let broken: AiFailure | undefined;
  port.addEventListener('error', () => {
    broken = aiFailure('provider_error', {
      provider: LABEL,
      detail:
        'the in-browser model engine could not start; check your connection and reload the page',
    });
    for (const [id, request] of pending) {
      pending.delete(id);
      request.settle(err(broken));
    }
    for (const stream of streams.values()) {
      stream.push({ type: 'error', failure: broken });
      stream.push('end');
    }
  });

  function call(
    request: WorkerRequest,
    onProgress?: PrepareOptions['onProgress'],
  ): Promise<Result<WebLlmCatalog | null, AiFailure>> {
    return new Promise((settle) => {
      if (broken) return settle(err(broken));
      pending.set(request.id, { settle, ...(onProgress ? { onProgress } : {}) });
      port.postMessage(request);
    });
  }

  let lastCatalog: WebLlmCatalog | undefined;

  async function catalog(): Promise<Result<WebLlmCatalog, AiFailure>> {
    const result = await call({ type: 'catalog', id: nextId++ });
    if (result.ok && result.value) lastCatalog = result.value;
    return result.ok && result.value
      ? ok(result.value)
      : err(result.ok ? aiFailure('bad_response', { provider: LABEL }) : result.error);
  }

  /** Wire events of one chat as an async iterable; ending it early cancels the chat in the worker. */
  const open: OpenWireStream = async (request, signal) => {
    const id = nextId++;
    const queue: Array<WireEvent | 'end'> = [];
    let wake: (() => void) | undefined;
    streams.set(id, {
      push(event) {
        queue.push(event);
        wake?.();
      },
    });
    if (broken) return err(broken);
    const cancel = () => port.postMessage({ type: 'cancel', id: nextId++, target: id });
    signal?.addEventListener('abort', cancel, { once: true });
    port.postMessage({
      type: 'chat',
      id,
      model: request.model,
      messages: request.messages,
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
      ...(request.maxOutputTokens !== undefined
        ? { maxOutputTokens: request.maxOutputTokens }
        : {}),
      ...(request.jsonSchema ? { jsonSchema: request.jsonSchema } : {}),
    });
    async function* events(): AsyncGenerator<WireEvent> {
      try {
        for (;;) {
          while (queue.length === 0) {
            if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
            await new Promise<void>((resolve) => {
              wake = resolve;
              signal?.addEventListener('abort', () => resolve(), { once: true });
            });
            wake = undefined;
          }
          const next = queue.shift() as WireEvent | 'end';
          if (next === 'end') return;
          yield next;
        }
      } finally {
        streams.delete(id);
        signal?.removeEventListener('abort', cancel);
      }
    }
    return ok(events());
  };

  const provider: ModelProvider = {
    id: ProviderId.WebLlm,
    label: LABEL,
    async listModels() {
      const result = await catalog();
      if (!result.ok) return result;
      const downloaded = new Set(result.value.downloaded);
      return ok(
        result.value.models.map((m) => ({
          id: m.id,
          label: m.label,
          contextWindow: m.contextWindow,
          sizeBytes: m.downloadBytes,
          vramBytes: m.vramBytes,
          downloaded: downloaded.has(m.id),
          ...(downloaded.has(m.id) ? { details: 'downloaded' } : {}),
        })),
      );
    },
    async checkAvailability(model?: string): Promise<Availability> {
      const result = await catalog();
      if (!result.ok) return availabilityFromFailure(result.error);
      const { gpu, models, downloaded } = result.value;
      if (!gpu.supported)
        return availabilityFromFailure(
          aiFailure('no_webgpu', { provider: LABEL, detail: gpu.reason }),
        );
      if (model && !models.some((m) => m.id === model)) {
        return {
          status: AvailabilityStatus.Unsupported,
          message: `“${model}” cannot run on this device’s graphics card. Pick a smaller model.`,
        };
      }
      if (model && !downloaded.includes(model))
        return availabilityFromFailure(aiFailure('needs_download', { provider: LABEL, model }));
      if (!model && downloaded.length === 0) {
        return {
          status: AvailabilityStatus.NeedsDownload,
          message: 'WebGPU works here. Download a model to use it.',
        };
      }
      return {
        status: AvailabilityStatus.Ready,
        message: `Runs in this browser; ${downloaded.length} model${downloaded.length === 1 ? '' : 's'} downloaded.`,
      };
    },
    async prepare(model, options = {}) {
      const id = nextId++;
      const cancel = () => port.postMessage({ type: 'cancel', id: nextId++, target: id });
      if (options.signal?.aborted) return err(aiFailure('aborted', { provider: LABEL, model }));
      options.signal?.addEventListener('abort', cancel, { once: true });
      try {
        const result = await call({ type: 'prepare', id, model }, options.onProgress);
        return result.ok ? ok(undefined) : result;
      } finally {
        options.signal?.removeEventListener('abort', cancel);
      }
    },
    streamChat(request) {
      return runChatStream(open, request, {
        provider: LABEL,
        contextWindow: async () => {
          // The GPU and the model list do not change while the page is open; downloads do not matter here.
          if (!lastCatalog) await catalog();
          return lastCatalog?.models.find((m) => m.id === request.model)?.contextWindow;
        },
        transport: {},
      });
    },
  };

  return {
    provider,
    catalog,
    deleteModel: async (model) => {
      const result = await call({ type: 'delete', id: nextId++, model });
      return result.ok ? ok(null) : result;
    },
  };
}
