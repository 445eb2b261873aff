// OpenAI's chat completions wire (OpenAI, OpenRouter, Groq, any compatible base URL): requests, SSE, errors.
import { err, ok, type Result } from '../../lib/result';
import { knownContextWindow } from '../catalog';
import { runChatStream, type WireEvent } from '../chat-stream';
import {
  type Availability,
  type ChatRequest,
  type FinishReason,
  type ModelInfo,
  type ModelProvider,
  type ProviderId,
} from '../contract';
import { aiFailure, type AiFailure, type AiFailureContext } from '../failures';
import {
  noAnswerFailure,
  originOf,
  pick,
  pickNumber,
  pickString,
  readErrorBody,
  send,
  type ErrorBody,
  type Transport,
} from '../transport';
import { isStrictCompatible } from '../json-schema';
import { classifyHttpError } from './http-errors';
import { availabilityFromModelList, fetchModelList, jsonSseEvents } from './vendor-http';

export type OpenAiCompatibleConfig = {
  readonly id: ProviderId;
  readonly label: string;
  /** Up to and including the version segment: "https://api.openai.com/v1". */
  readonly baseUrl: string;
  /** Carries the key (see createKeyedFetch) when the endpoint needs one. */
  readonly transport: Transport;
  /** Whether a key was configured; without one, availability says so instead of calling. */
  readonly hasKey: boolean;
  readonly keyRequired: boolean;
  /** Extra headers every request carries (OpenRouter's app attribution). */
  readonly headers?: Readonly<Record<string, string>>;
};

/** How strongly to ask for JSON; a custom endpoint that rejects json_schema is asked again more loosely. */
type JsonMode = 'strict' | 'schema' | 'object' | 'none';

// Reasoning models reject a temperature other than the default and the old max_tokens name.
const REASONING_MODEL = /^(o\d|gpt-5)/;

export function buildOpenAiChatBody(
  request: ChatRequest,
  providerId: ProviderId,
  jsonMode: JsonMode,
): Record<string, unknown> {
  const model = request.model;
  const bareModel = model.includes('/') ? model.slice(model.lastIndexOf('/') + 1) : model;
  const reasoning = REASONING_MODEL.test(bareModel);
  const body: Record<string, unknown> = {
    model,
    messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    stream: true,
    stream_options: { include_usage: true },
  };
  if (request.temperature !== undefined && !reasoning) body.temperature = request.temperature;
  if (request.maxOutputTokens !== undefined) {
    body[providerId === 'openai' ? 'max_completion_tokens' : 'max_tokens'] =
      request.maxOutputTokens;
  }
  const spec = request.jsonSchema;
  if (spec && jsonMode !== 'none') {
    body.response_format =
      jsonMode === 'object'
        ? { type: 'json_object' }
        : {
            type: 'json_schema',
            json_schema: {
              name: spec.name,
              schema: spec.schema,
              ...(jsonMode === 'strict' ? { strict: true } : {}),
            },
          };
  }
  return body;
}

const FINISH: Readonly<Record<string, FinishReason>> = {
  stop: 'stop',
  length: 'length',
  content_filter: 'content_filter',
  tool_calls: 'stop',
  function_call: 'stop',
  eos: 'stop',
};

/** Reads an OpenAI-style error object (HTTP body or mid-stream `data: {"error":…}`). */
export function readOpenAiError(json: unknown): { code?: string; message?: string } {
  const error = pick(json, 'error');
  const message =
    pickString(error, 'message') ??
    (typeof error === 'string' ? error : undefined) ??
    pickString(json, 'message');
  const rawCode = pick(error, 'code') ?? pick(error, 'type');
  const code =
    typeof rawCode === 'string'
      ? rawCode
      : typeof rawCode === 'number'
        ? String(rawCode)
        : undefined;
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}

export function mapOpenAiError(body: ErrorBody, context: AiFailureContext): AiFailure {
  return classifyHttpError(body, readOpenAiError(body.json), context);
}

/** Decodes the stream; `data: [DONE]` ends it, `{"error":…}` chunks end it with a failure. */
export async function* decodeOpenAiStream(
  body: ReadableStream<Uint8Array>,
  context: AiFailureContext,
): AsyncGenerator<WireEvent> {
  let finished = false;
  for await (const event of jsonSseEvents(body, context)) {
    if (event.kind === 'invalid') return yield { type: 'error', failure: event.failure };
    if (event.kind === 'done') {
      if (!finished) yield { type: 'finish', reason: 'stop' };
      return;
    }
    const chunk = event.data;
    if (pick(chunk, 'error') !== undefined || event.event === 'error') {
      const vendor = readOpenAiError(chunk);
      const status = Number(vendor.code);
      const failure = classifyHttpError(
        {
          status: Number.isInteger(status) && status >= 400 ? status : 500,
          json: chunk,
          text: event.raw,
          retryAfterSeconds: undefined,
        },
        vendor,
        context,
      );
      return yield { type: 'error', failure };
    }
    const choice = pick(chunk, 'choices', 0);
    const content = pickString(choice, 'delta', 'content');
    if (content) yield { type: 'text', text: content };
    const reason = pickString(choice, 'finish_reason');
    if (reason) {
      finished = true;
      yield { type: 'finish', reason: FINISH[reason] ?? 'stop' };
    }
    const usage = pick(chunk, 'usage') ?? pick(chunk, 'x_groq', 'usage');
    const inputTokens = pickNumber(usage, 'prompt_tokens');
    const outputTokens = pickNumber(usage, 'completion_tokens');
    if (inputTokens !== undefined || outputTokens !== undefined) {
      yield {
        type: 'usage',
        ...(inputTokens !== undefined ? { inputTokens } : {}),
        ...(outputTokens !== undefined ? { outputTokens } : {}),
      };
    }
  }
}

const NOT_CHAT =
  /(embed|whisper|tts|dall-e|davinci|babbage|moderation|audio|realtime|transcribe|image|search|computer-use|sora)/i;

export function parseOpenAiModels(json: unknown): ModelInfo[] {
  const data = pick(json, 'data');
  if (!Array.isArray(data)) return [];
  const models: ModelInfo[] = [];
  for (const item of data) {
    const id = pickString(item, 'id');
    if (!id || NOT_CHAT.test(id) || pick(item, 'active') === false) continue;
    const contextWindow =
      pickNumber(item, 'context_length') ??
      pickNumber(item, 'context_window') ??
      knownContextWindow(id);
    const name = pickString(item, 'name');
    models.push({ id, label: name ?? id, ...(contextWindow ? { contextWindow } : {}) });
  }
  return models.sort((a, b) => a.id.localeCompare(b.id));
}

export function createOpenAiCompatibleProvider(config: OpenAiCompatibleConfig): ModelProvider {
  const base = config.baseUrl.replace(/\/+$/, '');
  const context = {
    provider: config.label,
    origin: originOf(base),
    ...(config.transport.appOrigin ? { appOrigin: config.transport.appOrigin } : {}),
  };
  const headers = {
    'Content-Type': 'application/json',
    Accept: 'text/event-stream',
    ...config.headers,
  };
  let models: Promise<Result<readonly ModelInfo[], AiFailure>> | undefined;

  function listModels(signal?: AbortSignal) {
    if (!config.hasKey && config.keyRequired)
      return Promise.resolve(err(aiFailure('not_configured', context)));
    const pending = fetchModelList({
      transport: config.transport,
      url: `${base}/models`,
      headers: { ...config.headers },
      context,
      mapError: mapOpenAiError,
      parse: parseOpenAiModels,
      ...(signal ? { signal } : {}),
    });
    models = pending.then((r) => {
      if (!r.ok) models = undefined;
      return r;
    });
    return pending;
  }

  async function contextWindow(model: string): Promise<number | undefined> {
    const known = knownContextWindow(model);
    if (known) return known;
    const list = await (models ?? listModels());
    return list.ok ? list.value.find((m) => m.id === model)?.contextWindow : undefined;
  }

  async function open(request: ChatRequest, signal: AbortSignal | undefined) {
    let mode: JsonMode = request.jsonSchema
      ? isStrictCompatible(request.jsonSchema.schema)
        ? 'strict'
        : 'schema'
      : 'none';
    for (;;) {
      const sent = await send(config.transport, `${base}/chat/completions`, {
        method: 'POST',
        headers,
        body: JSON.stringify(buildOpenAiChatBody(request, config.id, mode)),
        ...(signal ? { signal } : {}),
      });
      if (!sent.ok) return err(noAnswerFailure(sent.error, { ...context, model: request.model }));
      const response = sent.value;
      if (response.ok && response.body)
        return ok(decodeOpenAiStream(response.body, { ...context, model: request.model }));
      const body = await readErrorBody(response);
      const failure = mapOpenAiError(body, { ...context, model: request.model });
      // Some compatible servers know only json_object, or no response_format at all: ask again, more loosely.
      const looser: JsonMode | undefined = {
        strict: 'schema',
        schema: 'object',
        object: 'none',
        none: undefined,
      }[mode] as JsonMode | undefined;
      if (
        failure.code === 'request_rejected' &&
        looser &&
        /response_format|json_schema|strict|json_object/i.test(body.text)
      ) {
        mode = looser;
        continue;
      }
      return err(failure);
    }
  }

  return {
    id: config.id,
    label: config.label,
    listModels,
    checkAvailability(model?: string, signal?: AbortSignal): Promise<Availability> {
      return availabilityFromModelList({
        label: config.label,
        needsKey: !config.hasKey && config.keyRequired,
        list: () => listModels(signal),
        model,
        context,
      });
    },
    streamChat(request) {
      return runChatStream(open, request, {
        provider: config.label,
        contextWindow: () => contextWindow(request.model),
        transport: config.transport,
      });
    },
  };
}
