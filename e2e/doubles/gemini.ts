// A double of the Gemini API (v1beta): streamGenerateContent?alt=sse, models with token limits, and
// google.rpc errors (API_KEY_INVALID, RESOURCE_EXHAUSTED with RetryInfo, NOT_FOUND, INVALID_ARGUMENT).
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

export type GeminiScript =
  | ({
      readonly kind: 'stream';
      readonly text?: string;
      readonly finishReason?: 'STOP' | 'MAX_TOKENS' | 'SAFETY';
      /** The prompt was blocked before any answer (promptFeedback.blockReason). */
      readonly blockReason?: string;
      readonly crlf?: boolean;
      readonly errorAfterText?: { code: number; message: string; status: string };
    } & StreamOptions)
  | ErrorScript;

export type GeminiDouble = Double & {
  readonly baseUrl: string;
  readonly enqueue: (...scripts: GeminiScript[]) => void;
};

const rpc = (code: number, status: string, message: string, details: unknown[] = []) => ({
  error: { code, message, status, ...(details.length ? { details } : {}) },
});

export const GEMINI_ERRORS = {
  invalidKey: rpc(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
    {
      '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
      reason: 'API_KEY_INVALID',
      domain: 'googleapis.com',
      metadata: { service: 'generativelanguage.googleapis.com' },
    },
  ]),
  quota: (retryDelay: string) =>
    rpc(
      429,
      'RESOURCE_EXHAUSTED',
      `You exceeded your current quota, please check your plan and billing details. Please retry in ${retryDelay}.`,
      [
        {
          '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
          violations: [
            {
              quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
              quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
            },
          ],
        },
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay },
      ],
    ),
  notFound: (model: string) =>
    rpc(
      404,
      'NOT_FOUND',
      `models/${model} is not found for API version v1beta, or is not supported for generateContent.`,
    ),
  tooLong: rpc(
    400,
    'INVALID_ARGUMENT',
    'The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).',
  ),
  overloaded: rpc(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.'),
} as const;

const MODELS = [
  {
    name: 'models/gemini-2.5-flash',
    displayName: 'Gemini 2.5 Flash',
    inputTokenLimit: 1_048_576,
    outputTokenLimit: 65_536,
    supportedGenerationMethods: ['generateContent', 'countTokens'],
  },
  {
    name: 'models/gemini-2.5-pro',
    displayName: 'Gemini 2.5 Pro',
    inputTokenLimit: 1_048_576,
    outputTokenLimit: 65_536,
    supportedGenerationMethods: ['generateContent'],
  },
  {
    name: 'models/gemini-tiny',
    displayName: 'Tiny test model',
    inputTokenLimit: 300,
    outputTokenLimit: 100,
    supportedGenerationMethods: ['generateContent'],
  },
  {
    name: 'models/text-embedding-004',
    displayName: 'Text Embedding 004',
    inputTokenLimit: 2048,
    outputTokenLimit: 1,
    supportedGenerationMethods: ['embedContent'],
  },
];

function data(value: unknown): string {
  return `data: ${JSON.stringify(value)}\n\n`;
}

export async function startGeminiDouble(options: { apiKey?: string } = {}): Promise<GeminiDouble> {
  const apiKey = options.apiKey ?? 'AIza-test-key';
  const queue: GeminiScript[] = [];
  const double = await startDouble(async (req, res, body, url) => {
    if (allowAnyOrigin(req, res)) return;
    if (header(req, 'x-goog-api-key') !== apiKey)
      return sendJson(res, 400, GEMINI_ERRORS.invalidKey);
    if (req.method === 'GET' && url.pathname === '/v1beta/models')
      return sendJson(res, 200, { models: MODELS });
    const match = /^\/v1beta\/models\/([^/:]+):streamGenerateContent$/.exec(url.pathname);
    if (req.method !== 'POST' || !match || url.searchParams.get('alt') !== 'sse') {
      return sendJson(res, 404, rpc(404, 'NOT_FOUND', 'Requested entity was not found.'));
    }
    const model = decodeURIComponent(match[1] ?? '');
    const script = queue.shift() ?? { kind: 'stream' };
    if (script.kind === 'error') return sendJson(res, script.status, script.body, script.headers);
    if (!MODELS.some((m) => m.name === `models/${model}`))
      return sendJson(res, 404, GEMINI_ERRORS.notFound(model));
    const request = body as { contents?: Array<{ parts: Array<{ text: string }> }> };
    const text = script.text ?? `You said: ${request.contents?.at(-1)?.parts.at(-1)?.text ?? ''}`;
    const words = pieces(text);
    const usage = (n: number) => ({
      promptTokenCount: 18,
      candidatesTokenCount: n,
      totalTokenCount: 18 + n,
    });
    const events: string[] = [];
    if (script.blockReason) {
      events.push(
        data({
          promptFeedback: { blockReason: script.blockReason },
          usageMetadata: { promptTokenCount: 18, totalTokenCount: 18 },
        }),
      );
    } else {
      words.forEach((word, i) => {
        const last = i === words.length - 1 && !script.errorAfterText;
        events.push(
          data({
            candidates: [
              {
                content: { parts: [{ text: word }], role: 'model' },
                index: 0,
                ...(last ? { finishReason: script.finishReason ?? 'STOP' } : {}),
              },
            ],
            usageMetadata: usage(i + 1),
            modelVersion: model,
          }),
        );
      });
      if (script.errorAfterText) events.push(data({ error: script.errorAfterText }));
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'x-content-type-options': 'nosniff',
    });
    // Gemini ends its SSE with CRLF line endings and no [DONE]; the connection just closes.
    await writeStream(res, script.crlf === false ? events : withCrlf(events), script);
  });
  return {
    ...double,
    baseUrl: `${double.origin}/v1beta`,
    enqueue: (...scripts) => queue.push(...scripts),
  };
}
