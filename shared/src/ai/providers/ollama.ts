// Ollama on the user's machine through `ollama/browser`: models from /api/tags, NDJSON chat, and advice
// that names the fix (ollama serve, ollama pull NAME, OLLAMA_ORIGINS for this origin).
import { Ollama, type ChatResponse, type Fetch, type ShowResponse } from 'ollama/browser';
import { err, ok, type Result } from '../../lib/result';
import { DEFAULT_OLLAMA_HOST } from '../catalog';
import { runChatStream, type WireEvent } from '../chat-stream';
import {
  AvailabilityStatus,
  ProviderId,
  type Availability,
  type ChatRequest,
  type FinishReason,
  type ModelInfo,
  type ModelProvider,
} from '../contract';
import { aiFailure, type AiFailure, type AiFailureContext } from '../failures';
import { isAbortError, originOf, pick, pickNumber, pickString, type Transport } from '../transport';
import { DEFAULT_OUTPUT_RESERVE, estimateChatTokens } from '../tokens';
import { availabilityFromFailure } from './availability';

export type OllamaConfig = {
  /** "http://localhost:11434" unless the user runs Ollama elsewhere. */
  readonly host: string;
  readonly transport: Transport;
};

/** Ollama's own default context is small; we ask for what the prompt needs, in steps, up to the model's maximum. */
const MIN_NUM_CTX = 4096;
const NUM_CTX_STEP = 2048;

export function ollamaNumCtx(request: ChatRequest, modelMax: number | undefined): number {
  const needed =
    estimateChatTokens(request.messages) +
    (request.maxOutputTokens ?? DEFAULT_OUTPUT_RESERVE) +
    256;
  const stepped = Math.max(MIN_NUM_CTX, Math.ceil(needed / NUM_CTX_STEP) * NUM_CTX_STEP);
  return modelMax ? Math.min(stepped, modelMax) : stepped;
}

export function buildOllamaChatRequest(request: ChatRequest, numCtx: number) {
  const options: Record<string, number> = { num_ctx: numCtx };
  if (request.temperature !== undefined) options.temperature = request.temperature;
  if (request.maxOutputTokens !== undefined) options.num_predict = request.maxOutputTokens;
  return {
    model: request.model,
    messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    stream: true as const,
    options,
    // Thinking models would spend the budget reasoning and may put text outside the JSON.
    ...(request.jsonSchema ? { format: request.jsonSchema.schema as object, think: false } : {}),
  };
}

/** Ollama accepts "llama3.2" for "llama3.2:latest". */
export function sameOllamaModel(installed: string, wanted: string): boolean {
  return (
    installed === wanted || installed === `${wanted}:latest` || `${installed}:latest` === wanted
  );
}

function contextLength(show: ShowResponse): number | undefined {
  const info = show.model_info as unknown;
  const entries: Array<[string, unknown]> =
    info instanceof Map
      ? [...info.entries()]
      : info && typeof info === 'object'
        ? Object.entries(info)
        : [];
  const found = entries.find(([key]) => key.endsWith('.context_length'))?.[1];
  return typeof found === 'number' && found > 0 ? found : undefined;
}

export function createOllamaProvider(config: OllamaConfig): ModelProvider {
  const host = (config.host || DEFAULT_OLLAMA_HOST).replace(/\/+$/, '');
  const label = 'Ollama';
  const context: AiFailureContext = {
    provider: label,
    origin: originOf(host),
    ...(config.transport.appOrigin ? { appOrigin: config.transport.appOrigin } : {}),
  };
  const contextLengths = new Map<string, Promise<number | undefined>>();

  /** A client whose every request also stops when `signal` fires (ollama-js takes no signal itself). */
  function client(signal?: AbortSignal): Ollama {
    const fetch: Fetch = (input, init) => {
      const signals = [init?.signal, signal].filter((s): s is AbortSignal => Boolean(s));
      const merged =
        signals.length > 1 && typeof AbortSignal.any === 'function'
          ? AbortSignal.any(signals)
          : signals[0];
      return config.transport.fetch(String(input), {
        ...init,
        ...(merged ? { signal: merged } : {}),
      });
    };
    return new Ollama({ host, fetch });
  }

  /** What an exception from ollama-js means: no answer, an HTTP error, or an error line mid-stream. */
  async function failureFrom(
    error: unknown,
    ctx: AiFailureContext,
    signal?: AbortSignal,
  ): Promise<AiFailure> {
    if (signal?.aborted || isAbortError(error)) return aiFailure('aborted', ctx);
    if (error instanceof Error && error.name === 'ResponseError') {
      const status = Number((error as Error & { status_code?: number }).status_code);
      const detail = error.message;
      if (status === 404) return aiFailure('model_missing', ctx);
      if (status === 403) return aiFailure('ollama_origin_blocked', ctx);
      if (/context|too long/i.test(detail) && status === 400)
        return aiFailure('context_too_long', { ...ctx, detail });
      return aiFailure(status >= 500 ? 'provider_error' : 'request_rejected', {
        ...ctx,
        detail,
        status,
      });
    }
    if (error instanceof TypeError) {
      const verdict = config.transport.probe
        ? await config.transport.probe(`${host}/api/version`).catch(() => 'unreachable' as const)
        : 'unreachable';
      if (verdict === 'cors_blocked') return aiFailure('ollama_origin_blocked', ctx);
      if (verdict === 'csp_blocked') return aiFailure('csp_blocked', ctx);
      return aiFailure('ollama_down', ctx);
    }
    return aiFailure('provider_error', {
      ...ctx,
      ...(error instanceof Error ? { detail: error.message } : {}),
    });
  }

  async function listModels(
    signal?: AbortSignal,
  ): Promise<Result<readonly ModelInfo[], AiFailure>> {
    try {
      const list = await client(signal).list();
      const models = Array.isArray(pick(list, 'models')) ? list.models : [];
      return ok(
        models.map((m) => {
          const size = pickString(m, 'details', 'parameter_size');
          const quant = pickString(m, 'details', 'quantization_level');
          return {
            id: m.name,
            label: m.name,
            ...(typeof m.size === 'number' ? { sizeBytes: m.size } : {}),
            ...(size || quant ? { details: [size, quant].filter(Boolean).join(' · ') } : {}),
            downloaded: true,
          };
        }),
      );
    } catch (error) {
      return err(await failureFrom(error, context, signal));
    }
  }

  function modelContextLength(model: string): Promise<number | undefined> {
    let pending = contextLengths.get(model);
    if (!pending) {
      pending = client()
        .show({ model })
        .then(contextLength)
        .catch(() => {
          contextLengths.delete(model);
          return undefined;
        });
      contextLengths.set(model, pending);
    }
    return pending;
  }

  async function* decode(
    stream: AsyncIterable<ChatResponse>,
    ctx: AiFailureContext,
    signal?: AbortSignal,
  ): AsyncGenerator<WireEvent> {
    try {
      for await (const part of stream) {
        const text = pickString(part, 'message', 'content');
        if (text) yield { type: 'text', text };
        if (part.done) {
          const input = pickNumber(part, 'prompt_eval_count');
          const output = pickNumber(part, 'eval_count');
          yield {
            type: 'usage',
            ...(input !== undefined ? { inputTokens: input } : {}),
            ...(output !== undefined ? { outputTokens: output } : {}),
          };
          const reason: FinishReason =
            pickString(part, 'done_reason') === 'length' ? 'length' : 'stop';
          yield { type: 'finish', reason };
          return;
        }
      }
    } catch (error) {
      if (
        error instanceof Error &&
        error.message === 'Did not receive done or success response in stream.'
      )
        return;
      if (signal?.aborted || isAbortError(error) || error instanceof TypeError) throw error;
      yield { type: 'error', failure: await failureFrom(error, ctx, signal) };
    }
  }

  async function open(request: ChatRequest, signal: AbortSignal | undefined) {
    const ctx = { ...context, model: request.model };
    const numCtx = ollamaNumCtx(request, await modelContextLength(request.model));
    try {
      const stream = await client(signal).chat(buildOllamaChatRequest(request, numCtx));
      return ok(decode(stream, ctx, signal));
    } catch (error) {
      return err(await failureFrom(error, ctx, signal));
    }
  }

  return {
    id: ProviderId.Ollama,
    label,
    listModels,
    async checkAvailability(model?: string, signal?: AbortSignal): Promise<Availability> {
      const list = await listModels(signal);
      if (!list.ok) return availabilityFromFailure(list.error);
      if (model && !list.value.some((m) => sameOllamaModel(m.id, model))) {
        return availabilityFromFailure(aiFailure('model_missing', { ...context, model }));
      }
      if (!model && list.value.length === 0) {
        return {
          status: AvailabilityStatus.NeedsDownload,
          message:
            'Ollama is running but has no models yet. Run “ollama pull llama3.2” (or any model) in a terminal.',
        };
      }
      return {
        status: AvailabilityStatus.Ready,
        message: `Ollama is running with ${list.value.length} model${list.value.length === 1 ? '' : 's'}.`,
      };
    },
    streamChat(request) {
      return runChatStream(open, request, {
        provider: label,
        contextWindow: () => modelContextLength(request.model),
        transport: config.transport,
      });
    },
  };
}
