// A double of Anthropic's Messages API: named SSE events (message_start … message_stop, ping, error),
// forced-tool JSON as input_json_delta, the browser-access header rule, and Anthropic's error bodies.
import {
  allowAnyOrigin,
  header,
  pieces,
  sendJson,
  startDouble,
  writeStream,
  type Double,
  type StreamOptions,
  type ErrorScript,
} from './http-double';

export type AnthropicScript =
  | ({
      readonly kind: 'stream';
      readonly text?: string;
      readonly stopReason?: 'end_turn' | 'max_tokens' | 'refusal';
      /** An `event: error` after the text (Anthropic sends overloaded_error this way mid-stream). */
      readonly errorAfterText?: { type: string; message: string };
      readonly usage?: { input_tokens: number; output_tokens: number };
    } & StreamOptions)
  | ErrorScript;

export type AnthropicDouble = Double & {
  readonly baseUrl: string;
  readonly enqueue: (...scripts: AnthropicScript[]) => void;
};

const errorBody = (type: string, message: string) => ({
  type: 'error',
  error: { type, message },
  request_id: 'req_011CTestDouble',
});

export const ANTHROPIC_ERRORS = {
  invalidKey: errorBody('authentication_error', 'invalid x-api-key'),
  overloaded: errorBody('overloaded_error', 'Overloaded'),
  rateLimited: errorBody(
    'rate_limit_error',
    'This request would exceed the rate limit for your organization of 50 requests per minute.',
  ),
  lowCredit: errorBody(
    'invalid_request_error',
    'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
  ),
  promptTooLong: errorBody(
    'invalid_request_error',
    'prompt is too long: 210412 tokens > 200000 maximum',
  ),
  notFound: (model: string) => errorBody('not_found_error', `model: ${model}`),
  spendCap: {
    type: 'error',
    error: {
      type: 'rate_limit_error',
      message: 'You have reached your usage tier’s monthly spend limit.',
      details: { error_code: 'enforced_spend_limit_reached' },
    },
    request_id: 'req_011CTestDouble',
  },
  corsHeaderMissing: errorBody(
    'authentication_error',
    "CORS requests must set 'anthropic-dangerous-direct-browser-access' header",
  ),
} as const;

function event(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

export async function startAnthropicDouble(
  options: { apiKey?: string; models?: string[] } = {},
): Promise<AnthropicDouble> {
  const apiKey = options.apiKey ?? 'sk-ant-test-key';
  const models = options.models ?? ['claude-haiku-4-5', 'claude-sonnet-4-5'];
  const queue: AnthropicScript[] = [];
  const double = await startDouble(async (req, res, body, url) => {
    if (allowAnyOrigin(req, res)) return;
    if (
      header(req, 'origin') &&
      header(req, 'anthropic-dangerous-direct-browser-access') !== 'true'
    ) {
      return sendJson(res, 401, ANTHROPIC_ERRORS.corsHeaderMissing);
    }
    if (header(req, 'x-api-key') !== apiKey) return sendJson(res, 401, ANTHROPIC_ERRORS.invalidKey);
    if (!header(req, 'anthropic-version')) {
      return sendJson(
        res,
        400,
        errorBody('invalid_request_error', 'anthropic-version: header is required'),
      );
    }
    if (req.method === 'GET' && url.pathname === '/v1/models') {
      return sendJson(res, 200, {
        data: models.map((id) => ({
          type: 'model',
          id,
          display_name: id.replace(/-/g, ' '),
          created_at: '2025-10-01T00:00:00Z',
        })),
        has_more: false,
        first_id: models[0],
        last_id: models.at(-1),
      });
    }
    if (req.method !== 'POST' || url.pathname !== '/v1/messages') {
      return sendJson(res, 404, errorBody('not_found_error', 'Not Found'));
    }
    const request = body as {
      model?: string;
      tools?: Array<{ name: string }>;
      tool_choice?: { type: string; name: string };
      messages?: Array<{ content: string }>;
    };
    const script = queue.shift() ?? { kind: 'stream' };
    if (script.kind === 'error') return sendJson(res, script.status, script.body, script.headers);
    const model = String(request.model ?? '');
    if (!models.includes(model)) return sendJson(res, 404, ANTHROPIC_ERRORS.notFound(model));
    const text = script.text ?? `You said: ${request.messages?.at(-1)?.content ?? ''}`;
    const usage = script.usage ?? { input_tokens: 25, output_tokens: pieces(text).length };
    const tool = request.tool_choice?.type === 'tool' ? request.tool_choice.name : undefined;
    const events = [
      event('message_start', {
        type: 'message_start',
        message: {
          id: 'msg_test',
          type: 'message',
          role: 'assistant',
          content: [],
          model,
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: usage.input_tokens, output_tokens: 1 },
        },
      }),
      event('content_block_start', {
        type: 'content_block_start',
        index: 0,
        content_block: tool
          ? { type: 'tool_use', id: 'toolu_test', name: tool, input: {} }
          : { type: 'text', text: '' },
      }),
      event('ping', { type: 'ping' }),
      ...pieces(text).map((piece) =>
        event('content_block_delta', {
          type: 'content_block_delta',
          index: 0,
          delta: tool
            ? { type: 'input_json_delta', partial_json: piece }
            : { type: 'text_delta', text: piece },
        }),
      ),
    ];
    if (script.errorAfterText) {
      events.push(event('error', { type: 'error', error: script.errorAfterText }));
    } else {
      events.push(
        event('content_block_stop', { type: 'content_block_stop', index: 0 }),
        event('message_delta', {
          type: 'message_delta',
          delta: {
            stop_reason: script.stopReason ?? (tool ? 'tool_use' : 'end_turn'),
            stop_sequence: null,
          },
          usage: { output_tokens: usage.output_tokens },
        }),
        event('message_stop', { type: 'message_stop' }),
      );
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'request-id': 'req_011CTestDouble',
    });
    await writeStream(res, events, script);
  });
  return {
    ...double,
    baseUrl: `${double.origin}/v1`,
    enqueue: (...scripts) => queue.push(...scripts),
  };
}
