// A double of OpenAI's chat completions API (also OpenRouter and Groq shapes): SSE with `data: [DONE]`,
// comment lines, CRLF, split and merged chunks, and errors exactly as those vendors send them.
import {
  allowAnyOrigin,
  header,
  pieces,
  sendJson,
  startDouble,
  withCrlf,
  writeStream,
  type Double,
  type StreamOptions,
  type ErrorScript,
} from './http-double';

export type OpenAiScript =
  | ({
      readonly kind: 'stream';
      /** The answer, streamed a word at a time; defaults to an echo of the last user message. */
      readonly text?: string;
      readonly crlf?: boolean;
      /** `: OPENROUTER PROCESSING` keep-alive comments between events. */
      readonly comments?: boolean;
      readonly finishReason?: 'stop' | 'length' | 'content_filter' | null;
      /** null sends no usage chunk (some compatible servers do not). */
      readonly usage?: { prompt_tokens: number; completion_tokens: number } | null;
      /** After the text: an in-stream error instead of a finish, as OpenAI and OpenRouter send them. */
      readonly errorAfterText?: Record<string, unknown>;
      /** Whether to end with `data: [DONE]` (default true). */
      readonly done?: boolean;
    } & StreamOptions)
  | ErrorScript;

export type OpenAiDoubleOptions = {
  readonly apiKey?: string;
  /** Path before /chat/completions ("/v1", "/api/v1" for OpenRouter, "/openai/v1" for Groq). */
  readonly prefix?: string;
  readonly models?: ReadonlyArray<{
    id: string;
    context_length?: number;
    context_window?: number;
    name?: string;
  }>;
};

export type OpenAiDouble = Double & {
  /** Base URL for the client ("http://127.0.0.1:PORT/v1"). */
  readonly baseUrl: string;
  /** Scripts for the next chat requests, in order; when empty, requests get an echo stream. */
  readonly enqueue: (...scripts: OpenAiScript[]) => void;
};

export const OPENAI_ERRORS = {
  invalidKey: (key: string) => ({
    error: {
      message: `Incorrect API key provided: ${key.slice(0, 3)}***${key.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_api_key',
    },
  }),
  rateLimited: {
    error: {
      message:
        'Rate limit reached for gpt-4o-mini in organization org-test on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.',
      type: 'requests',
      param: null,
      code: 'rate_limit_exceeded',
    },
  },
  insufficientQuota: {
    error: {
      message: 'You exceeded your current quota, please check your plan and billing details.',
      type: 'insufficient_quota',
      param: null,
      code: 'insufficient_quota',
    },
  },
  contextLength: {
    error: {
      message:
        "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens. Please reduce the length of the messages.",
      type: 'invalid_request_error',
      param: 'messages',
      code: 'context_length_exceeded',
    },
  },
  modelNotFound: (model: string) => ({
    error: {
      message: `The model \`${model}\` does not exist or you do not have access to it.`,
      type: 'invalid_request_error',
      param: null,
      code: 'model_not_found',
    },
  }),
  /** OpenRouter: 402 with a numeric code. */
  openRouterNoCredit: {
    error: {
      code: 402,
      message: 'Insufficient credits. Add more using https://openrouter.ai/credits',
    },
  },
  /** Groq: 413 when a request is larger than the tokens-per-minute allowance. */
  groqTooLarge: {
    error: {
      message:
        'Request too large for model `llama-3.1-8b-instant` in organization `org_test` service tier `on_demand` on tokens per minute (TPM): Limit 6000, Requested 7210, please reduce your message size and try again.',
      type: 'tokens',
      code: 'rate_limit_exceeded',
    },
  },
  serverError: {
    error: {
      message: 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
      param: null,
      code: null,
    },
  },
} as const;

function chunk(
  model: string,
  delta: Record<string, unknown>,
  finish: string | null = null,
  extra: Record<string, unknown> = {},
): string {
  const body = {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 1_760_000_000,
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...extra,
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

function lastUserText(body: unknown): string {
  const messages =
    (body as { messages?: Array<{ role: string; content: string }> })?.messages ?? [];
  return [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
}

export function openAiStreamEvents(
  model: string,
  script: Extract<OpenAiScript, { kind: 'stream' }>,
  requestBody: unknown,
): string[] {
  const text = script.text ?? `You said: ${lastUserText(requestBody)}`;
  const events: string[] = [chunk(model, { role: 'assistant', content: '' })];
  for (const piece of pieces(text)) {
    events.push(chunk(model, { content: piece }));
    if (script.comments) events.push(': OPENROUTER PROCESSING\n\n');
  }
  if (script.errorAfterText) {
    events.push(`data: ${JSON.stringify(script.errorAfterText)}\n\n`);
  } else {
    if (script.finishReason !== null) events.push(chunk(model, {}, script.finishReason ?? 'stop'));
    if (script.usage !== null) {
      const usage = script.usage ?? { prompt_tokens: 21, completion_tokens: pieces(text).length };
      events.push(
        `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', model, choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } })}\n\n`,
      );
    }
    if (script.done !== false) events.push('data: [DONE]\n\n');
  }
  return script.crlf ? withCrlf(events) : events;
}

export async function startOpenAiDouble(options: OpenAiDoubleOptions = {}): Promise<OpenAiDouble> {
  const apiKey = options.apiKey ?? 'sk-test-key';
  const prefix = options.prefix ?? '/v1';
  const models = options.models ?? [
    { id: 'gpt-4o-mini' },
    { id: 'gpt-4.1' },
    { id: 'text-embedding-3-small' },
  ];
  const queue: OpenAiScript[] = [];
  const double = await startDouble(async (req, res, body, url) => {
    if (allowAnyOrigin(req, res)) return;
    const auth = header(req, 'authorization');
    if (auth !== `Bearer ${apiKey}`) {
      return sendJson(res, 401, OPENAI_ERRORS.invalidKey(auth?.replace(/^Bearer /, '') ?? 'none'));
    }
    if (req.method === 'GET' && url.pathname === `${prefix}/models`) {
      return sendJson(res, 200, {
        object: 'list',
        data: models.map((m) => ({ object: 'model', owned_by: 'test', ...m })),
      });
    }
    if (req.method !== 'POST' || url.pathname !== `${prefix}/chat/completions`) {
      return sendJson(res, 404, {
        error: {
          message: `Unknown request URL: ${req.method} ${url.pathname}.`,
          type: 'invalid_request_error',
          param: null,
          code: 'unknown_url',
        },
      });
    }
    const model = String((body as { model?: string })?.model ?? '');
    const script = queue.shift() ?? { kind: 'stream' };
    if (script.kind === 'error') return sendJson(res, script.status, script.body, script.headers);
    if (!models.some((m) => m.id === model))
      return sendJson(res, 404, OPENAI_ERRORS.modelNotFound(model));
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
    });
    await writeStream(res, openAiStreamEvents(model, script, body), script);
  });
  return {
    ...double,
    baseUrl: `${double.origin}${prefix}`,
    enqueue: (...scripts) => queue.push(...scripts),
  };
}
