// The one contract every model provider implements: list models, check availability, prepare, stream a chat.
import type { Result } from '../lib/result';
import type { AiFailure } from './failures';

export const ProviderId = {
  OpenAI: 'openai',
  OpenRouter: 'openrouter',
  Groq: 'groq',
  /** Any OpenAI-compatible endpoint at a base URL the user gives (vLLM, LM Studio, LiteLLM…). */
  Custom: 'custom',
  Anthropic: 'anthropic',
  Gemini: 'gemini',
  Ollama: 'ollama',
  WebLlm: 'webllm',
  /** Our own server, for Premium subscribers. */
  Server: 'server',
} as const;
export type ProviderId = (typeof ProviderId)[keyof typeof ProviderId];

export const ALL_PROVIDER_IDS = Object.values(ProviderId) as readonly ProviderId[];

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (ALL_PROVIDER_IDS as readonly string[]).includes(value);
}

export type ChatRole = 'system' | 'user' | 'assistant';
export type ChatMessage = { readonly role: ChatRole; readonly content: string };

/** A JSON Schema the answer must follow, with a short name vendors require ("job_posting"). */
export type JsonSchemaSpec = {
  readonly name: string;
  readonly schema: Readonly<Record<string, unknown>>;
  /** Gemini's responseSchema dialect (OpenAPI 3.0 subset), when the caller has one. */
  readonly openApiSchema?: Readonly<Record<string, unknown>>;
};

export type ChatRequest = {
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly temperature?: number;
  readonly maxOutputTokens?: number;
  /** Ask for JSON following this schema, with the provider's native structured output. */
  readonly jsonSchema?: JsonSchemaSpec;
  readonly signal?: AbortSignal;
};

export const FinishReason = {
  Stop: 'stop',
  Length: 'length',
  ContentFilter: 'content_filter',
} as const;
export type FinishReason = (typeof FinishReason)[keyof typeof FinishReason];

export type Usage = {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly finishReason: FinishReason;
  /** True when the provider reported no counts and these are our own estimates. */
  readonly estimated?: boolean;
};

export type ChatEvent =
  | { readonly type: 'delta'; readonly text: string }
  /** Waiting before trying again (rate limit, overload); nothing has been streamed yet. */
  | {
      readonly type: 'retry';
      readonly attempt: number;
      readonly delaySeconds: number;
      readonly failure: AiFailure;
    }
  | { readonly type: 'done'; readonly usage: Usage }
  /** The last event of a failed stream; text streamed so far is in `failure.partialText`. */
  | { readonly type: 'failed'; readonly failure: AiFailure; readonly usage?: Usage };

export type ModelInfo = {
  readonly id: string;
  readonly label: string;
  /** Tokens the model reads at once (input and output together), when known. */
  readonly contextWindow?: number;
  /** Download size (WebLLM) or size on disk (Ollama). */
  readonly sizeBytes?: number;
  /** Graphics memory needed to run it (WebLLM). */
  readonly vramBytes?: number;
  /** One line for the picker ("8B · Q4_K_M", "downloaded"). */
  readonly details?: string;
  readonly downloaded?: boolean;
};

export const AvailabilityStatus = {
  Ready: 'ready',
  NeedsKey: 'needs_key',
  NeedsDownload: 'needs_download',
  NeedsAccount: 'needs_account',
  Unsupported: 'unsupported',
  Unreachable: 'unreachable',
  CorsBlocked: 'cors_blocked',
} as const;
export type AvailabilityStatus = (typeof AvailabilityStatus)[keyof typeof AvailabilityStatus];

export type Availability = {
  readonly status: AvailabilityStatus;
  /** What the user should know or do, in one or two sentences. */
  readonly message: string;
  /** The failure behind a status other than ready, for callers that want the code. */
  readonly failure?: AiFailure;
};

export type PrepareProgress = {
  /** 0…1, or undefined while the total is unknown. */
  readonly fraction: number | undefined;
  readonly text: string;
  readonly loadedBytes?: number;
  readonly totalBytes?: number;
};

export type PrepareOptions = {
  readonly onProgress?: (progress: PrepareProgress) => void;
  readonly signal?: AbortSignal;
};

export interface ModelProvider {
  readonly id: ProviderId;
  /** Name shown to the user ("OpenAI", "Ollama on this computer"). */
  readonly label: string;
  listModels(signal?: AbortSignal): Promise<Result<readonly ModelInfo[], AiFailure>>;
  /** Whether a chat with `model` (or with this provider at all) can run now, and if not, why. */
  checkAvailability(model?: string, signal?: AbortSignal): Promise<Availability>;
  /** Downloads and loads a model where that is a separate step (WebLLM). */
  prepare?(model: string, options?: PrepareOptions): Promise<Result<void, AiFailure>>;
  /** Never throws for expected failures: the stream ends with a `failed` event instead. */
  streamChat(request: ChatRequest): AsyncIterable<ChatEvent>;
}

export type ChatOutcome = { readonly text: string; readonly usage: Usage };

/** Reads a chat stream to the end: all the text and the usage, or the failure (with partial text). */
export async function collectChat(
  events: AsyncIterable<ChatEvent>,
  onEvent?: (event: ChatEvent) => void,
): Promise<Result<ChatOutcome, AiFailure> & { readonly usage?: Usage }> {
  let text = '';
  for await (const event of events) {
    onEvent?.(event);
    if (event.type === 'delta') text += event.text;
    else if (event.type === 'done') return { ok: true, value: { text, usage: event.usage } };
    else if (event.type === 'failed')
      return { ok: false, error: event.failure, ...(event.usage ? { usage: event.usage } : {}) };
  }
  throw new Error('chat stream ended without a done or failed event');
}
