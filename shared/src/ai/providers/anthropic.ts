// Anthropic's Messages API from the browser: the direct-access header, SSE events, forced-tool JSON, errors.
import { err, type Result } from '../../lib/result';
import { knownContextWindow } from '../catalog';
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

export const ANTHROPIC_VERSION = '2023-06-01';

export type AnthropicConfig = {
  /** "https://api.anthropic.com/v1" */
  readonly baseUrl: string;
  readonly transport: Transport;
  readonly hasKey: boolean;
};

/** Anthropic requires max_tokens; this is what we ask for when the caller does not say. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 4096;
const TOOL_NAME_FALLBACK = 'answer';

export function buildAnthropicBody(request: ChatRequest): Record<string, unknown> {
  const system = request.messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n\n');
  // The API wants alternating user/assistant turns; consecutive turns of one role are merged.
  const messages: Array<{ role: 'user' | 'assistant'; content: string }> = [];
  for (const m of request.messages) {
    if (m.role === 'system') continue;
    const last = messages.at(-1);
    if (last && last.role === m.role) last.content += `\n\n${m.content}`;
    else messages.push({ role: m.role, content: m.content });
  }
  const body: Record<string, unknown> = {
    model: request.model,
    max_tokens: request.maxOutputTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    messages,
    stream: true,
  };
  if (system) body.system = system;
  if (request.temperature !== undefined)
    body.temperature = Math.min(1, Math.max(0, request.temperature));
  if (request.jsonSchema) {
    // A forced tool call is structured output every Claude model supports; its input is the JSON.
    const name = request.jsonSchema.name || TOOL_NAME_FALLBACK;
    body.tools = [
      {
        name,
        description: 'Give the answer in this structure.',
        input_schema: request.jsonSchema.schema,
      },
    ];
    body.tool_choice = { type: 'tool', name };
  }
  return body;
}

export function readAnthropicError(json: unknown): VendorError {
  const type = pickString(json, 'error', 'type');
  const message = pickString(json, 'error', 'message');
  const spendCap =
    pickString(json, 'error', 'details', 'error_code') === 'enforced_spend_limit_reached';
  const decided: AiFailureCode | undefined = spendCap
    ? 'out_of_credit'
    : type === 'authentication_error'
      ? 'invalid_key'
      : type === 'billing_error'
        ? 'out_of_credit'
        : type === 'overloaded_error' || type === 'api_error' || type === 'timeout_error'
          ? 'provider_unavailable'
          : type === 'not_found_error'
            ? 'model_missing'
            : type === 'request_too_large'
              ? 'context_too_long'
              : type === 'rate_limit_error'
                ? 'rate_limited'
                : undefined;
  return {
    ...(type ? { code: type } : {}),
    ...(message ? { message } : {}),
    ...(decided ? { decided } : {}),
  };
}

export function mapAnthropicError(body: ErrorBody, context: AiFailureContext): AiFailure {
  return classifyHttpError(body, readAnthropicError(body.json), context);
}

const STOP: Readonly<Record<string, FinishReason>> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  tool_use: 'stop',
  pause_turn: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  refusal: 'content_filter',
};

/** message_start → content_block_delta… → message_delta (stop reason, usage) → message_stop. */
export async function* decodeAnthropicStream(
  body: ReadableStream<Uint8Array>,
  context: AiFailureContext,
): AsyncGenerator<WireEvent> {
  let stopReason: FinishReason | undefined;
  for await (const event of jsonSseEvents(body, context)) {
    if (event.kind === 'invalid') return yield { type: 'error', failure: event.failure };
    if (event.kind === 'done') continue;
    const data = event.data;
    const type = event.event === 'message' ? pickString(data, 'type') : event.event;
    switch (type) {
      case 'message_start': {
        const input = pickNumber(data, 'message', 'usage', 'input_tokens');
        if (input !== undefined) yield { type: 'usage', inputTokens: input };
        break;
      }
      case 'content_block_delta': {
        const text = pickString(data, 'delta', 'text') ?? pickString(data, 'delta', 'partial_json');
        if (text) yield { type: 'text', text };
        break;
      }
      case 'message_delta': {
        const reason = pickString(data, 'delta', 'stop_reason');
        if (reason) stopReason = STOP[reason] ?? 'stop';
        const output = pickNumber(data, 'usage', 'output_tokens');
        if (output !== undefined) yield { type: 'usage', outputTokens: output };
        break;
      }
      case 'message_stop':
        yield { type: 'finish', reason: stopReason ?? 'stop' };
        return;
      case 'error': {
        const vendor = readAnthropicError(data);
        const status = vendor.code === 'overloaded_error' ? 529 : 500;
        yield {
          type: 'error',
          failure: classifyHttpError(
            { status, json: data, text: event.raw, retryAfterSeconds: undefined },
            vendor,
            context,
          ),
        };
        return;
      }
      default:
        break; // ping, content_block_start/stop and future event types
    }
  }
}

export function parseAnthropicModels(json: unknown): ModelInfo[] {
  const data = pick(json, 'data');
  if (!Array.isArray(data)) return [];
  return data.flatMap((item) => {
    const id = pickString(item, 'id');
    if (!id) return [];
    const contextWindow = pickNumber(item, 'max_input_tokens') ?? knownContextWindow(id);
    return [
      {
        id,
        label: pickString(item, 'display_name') ?? id,
        ...(contextWindow ? { contextWindow } : {}),
      },
    ];
  });
}

export function createAnthropicProvider(config: AnthropicConfig): ModelProvider {
  const base = config.baseUrl.replace(/\/+$/, '');
  const label = 'Anthropic';
  const context = { provider: label, origin: originOf(base) };
  const headers = {
    'Content-Type': 'application/json',
    'anthropic-version': ANTHROPIC_VERSION,
    // Anthropic refuses browser (CORS) calls without this explicit opt-in; the key is the user's own.
    'anthropic-dangerous-direct-browser-access': 'true',
  };
  let cached: Result<readonly ModelInfo[], AiFailure> | undefined;

  async function listModels(
    signal?: AbortSignal,
  ): Promise<Result<readonly ModelInfo[], AiFailure>> {
    if (!config.hasKey) return err(aiFailure('not_configured', context));
    const url = `${base}/models?limit=1000`;
    const list = await fetchModelList({
      transport: config.transport,
      url,
      headers,
      context,
      mapError: mapAnthropicError,
      parse: parseAnthropicModels,
      ...(signal ? { signal } : {}),
    });
    if (list.ok) cached = list;
    return list;
  }

  function open(request: ChatRequest, signal: AbortSignal | undefined) {
    return openVendorStream({
      transport: config.transport,
      url: `${base}/messages`,
      headers,
      body: buildAnthropicBody(request),
      signal,
      context: { ...context, model: request.model },
      mapError: mapAnthropicError,
      decode: decodeAnthropicStream,
    });
  }

  return {
    id: ProviderId.Anthropic,
    label,
    listModels,
    checkAvailability(model?: string, signal?: AbortSignal): Promise<Availability> {
      return availabilityFromModelList({
        label,
        needsKey: !config.hasKey,
        list: () => listModels(signal),
        model,
        context,
      });
    },
    streamChat(request) {
      return runChatStream(open, request, {
        provider: label,
        contextWindow: async () =>
          (cached?.ok
            ? cached.value.find((m) => m.id === request.model)?.contextWindow
            : undefined) ?? knownContextWindow(request.model),
        transport: config.transport,
      });
    },
  };
}
