// Gemini's native API: streamGenerateContent over SSE, responseSchema for JSON, google.rpc errors.
import { err, type Result } from '../../lib/result';
import { runChatStream, type WireEvent } from '../chat-stream';
import {
  ProviderId,
  type Availability,
  type ChatRequest,
  type FinishReason,
  type ModelInfo,
  type ModelProvider,
} from '../contract';
import { aiFailure, type AiFailure, type AiFailureCode, type AiFailureContext } from '../failures';
import {
  originOf,
  pick,
  pickNumber,
  pickString,
  type ErrorBody,
  type Transport,
} from '../transport';
import {
  availabilityFromModelList,
  fetchModelList,
  jsonSseEvents,
  openVendorStream,
} from './vendor-http';
import { classifyHttpError, type VendorError } from './http-errors';

export type GeminiConfig = {
  /** "https://generativelanguage.googleapis.com/v1beta" */
  readonly baseUrl: string;
  readonly transport: Transport;
  readonly hasKey: boolean;
};

export function buildGeminiBody(request: ChatRequest): Record<string, unknown> {
  const system = request.messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n\n');
  const contents: Array<{ role: 'user' | 'model'; parts: Array<{ text: string }> }> = [];
  for (const m of request.messages) {
    if (m.role === 'system') continue;
    const role = m.role === 'assistant' ? 'model' : 'user';
    const last = contents.at(-1);
    if (last && last.role === role) last.parts.push({ text: m.content });
    else contents.push({ role, parts: [{ text: m.content }] });
  }
  const generationConfig: Record<string, unknown> = {};
  if (request.temperature !== undefined) generationConfig.temperature = request.temperature;
  if (request.maxOutputTokens !== undefined)
    generationConfig.maxOutputTokens = request.maxOutputTokens;
  if (request.jsonSchema) {
    generationConfig.responseMimeType = 'application/json';
    generationConfig.responseSchema = request.jsonSchema.openApiSchema ?? request.jsonSchema.schema;
  }
  return {
    contents,
    ...(system ? { systemInstruction: { parts: [{ text: system }] } } : {}),
    ...(Object.keys(generationConfig).length ? { generationConfig } : {}),
  };
}

/** "46s", "1.5s", "10h17m5.72s" → seconds. */
export function parseGoogleDuration(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+(?:\.\d+)?)s)?$/.exec(value.trim());
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

export function readGeminiError(json: unknown): VendorError {
  const status = pickString(json, 'error', 'status');
  const message = pickString(json, 'error', 'message');
  const details = pick(json, 'error', 'details');
  const list = Array.isArray(details) ? details : [];
  const reason = list.map((d) => pickString(d, 'reason')).find(Boolean);
  const retryDelay = list.map((d) => pickString(d, 'retryDelay')).find(Boolean);
  const retryAfterSeconds = parseGoogleDuration(retryDelay);
  const decided: AiFailureCode | undefined =
    reason === 'API_KEY_INVALID' || /api key (not valid|expired)/i.test(message ?? '')
      ? 'invalid_key'
      : status === 'RESOURCE_EXHAUSTED'
        ? 'rate_limited'
        : status === 'UNAVAILABLE' || status === 'INTERNAL' || status === 'DEADLINE_EXCEEDED'
          ? 'provider_unavailable'
          : status === 'NOT_FOUND'
            ? 'model_missing'
            : undefined;
  return {
    ...(status ? { code: status } : {}),
    ...(message ? { message } : {}),
    ...(decided ? { decided } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

export function mapGeminiError(body: ErrorBody, context: AiFailureContext): AiFailure {
  return classifyHttpError(body, readGeminiError(body.json), context);
}

const FINISH: Readonly<Record<string, FinishReason>> = {
  STOP: 'stop',
  MAX_TOKENS: 'length',
  SAFETY: 'content_filter',
  RECITATION: 'content_filter',
  BLOCKLIST: 'content_filter',
  PROHIBITED_CONTENT: 'content_filter',
  SPII: 'content_filter',
  IMAGE_SAFETY: 'content_filter',
};

/** Each SSE event is a whole GenerateContentResponse; the stream just ends after the one with finishReason. */
export async function* decodeGeminiStream(
  body: ReadableStream<Uint8Array>,
  context: AiFailureContext,
): AsyncGenerator<WireEvent> {
  let finish: FinishReason | undefined;
  for await (const event of jsonSseEvents(body, context)) {
    if (event.kind === 'invalid') return yield { type: 'error', failure: event.failure };
    if (event.kind === 'done') continue;
    const chunk = event.data;
    if (pick(chunk, 'error') !== undefined) {
      const code = pickNumber(chunk, 'error', 'code') ?? 500;
      yield {
        type: 'error',
        failure: mapGeminiError(
          { status: code, json: chunk, text: event.raw, retryAfterSeconds: undefined },
          context,
        ),
      };
      return;
    }
    const blocked = pickString(chunk, 'promptFeedback', 'blockReason');
    if (blocked) {
      yield { type: 'finish', reason: 'content_filter' };
      return;
    }
    const candidate = pick(chunk, 'candidates', 0);
    const parts = pick(candidate, 'content', 'parts');
    if (Array.isArray(parts)) {
      for (const part of parts) {
        const text = pickString(part, 'text');
        if (text && pick(part, 'thought') !== true) yield { type: 'text', text };
      }
    }
    const reason = pickString(candidate, 'finishReason');
    if (reason && reason !== 'FINISH_REASON_UNSPECIFIED') finish = FINISH[reason] ?? 'stop';
    const usage = pick(chunk, 'usageMetadata');
    const inputTokens = pickNumber(usage, 'promptTokenCount');
    const candidates = pickNumber(usage, 'candidatesTokenCount');
    const thoughts = pickNumber(usage, 'thoughtsTokenCount') ?? 0;
    if (inputTokens !== undefined || candidates !== undefined) {
      yield {
        type: 'usage',
        ...(inputTokens !== undefined ? { inputTokens } : {}),
        ...(candidates !== undefined ? { outputTokens: candidates + thoughts } : {}),
      };
    }
  }
  if (finish) yield { type: 'finish', reason: finish };
}

export function parseGeminiModels(json: unknown): ModelInfo[] {
  const models = pick(json, 'models');
  if (!Array.isArray(models)) return [];
  return models.flatMap((item) => {
    const name = pickString(item, 'name');
    const methods = pick(item, 'supportedGenerationMethods');
    if (!name || !Array.isArray(methods) || !methods.includes('generateContent')) return [];
    if (/embedding|aqa|imagen|veo|tts/i.test(name)) return [];
    const id = name.replace(/^models\//, '');
    const contextWindow = pickNumber(item, 'inputTokenLimit');
    return [
      {
        id,
        label: pickString(item, 'displayName') ?? id,
        ...(contextWindow ? { contextWindow } : {}),
      },
    ];
  });
}

export function createGeminiProvider(config: GeminiConfig): ModelProvider {
  const base = config.baseUrl.replace(/\/+$/, '');
  const label = 'Google Gemini';
  const context = { provider: label, origin: originOf(base) };
  let cached: Result<readonly ModelInfo[], AiFailure> | undefined;

  async function listModels(
    signal?: AbortSignal,
  ): Promise<Result<readonly ModelInfo[], AiFailure>> {
    if (!config.hasKey) return err(aiFailure('not_configured', context));
    const url = `${base}/models?pageSize=1000`;
    const list = await fetchModelList({
      transport: config.transport,
      url,
      headers: {},
      context,
      mapError: mapGeminiError,
      parse: parseGeminiModels,
      ...(signal ? { signal } : {}),
    });
    if (list.ok) cached = list;
    return list;
  }

  async function contextWindow(model: string) {
    const list = cached ?? (await listModels());
    return list.ok ? list.value.find((m) => m.id === model)?.contextWindow : undefined;
  }

  function open(request: ChatRequest, signal: AbortSignal | undefined) {
    return openVendorStream({
      transport: config.transport,
      url: `${base}/models/${encodeURIComponent(request.model)}:streamGenerateContent?alt=sse`,
      headers: {},
      body: buildGeminiBody(request),
      signal,
      context: { ...context, model: request.model },
      mapError: mapGeminiError,
      decode: decodeGeminiStream,
    });
  }

  return {
    id: ProviderId.Gemini,
    label,
    listModels,
    checkAvailability(model?: string, signal?: AbortSignal): Promise<Availability> {
      return availabilityFromModelList({
        label: 'Gemini',
        needsKey: !config.hasKey,
        list: () => listModels(signal),
        model,
        context,
      });
    },
    streamChat(request) {
      return runChatStream(open, request, {
        provider: label,
        contextWindow: () => contextWindow(request.model),
        transport: config.transport,
      });
    },
  };
}
