// A double of our own premium inference API (shared/src/api/ai.ts) until the real endpoint exists:
// quota per account state, SSE deltas/usage/error, and the API's JSON error bodies.
import { AiRoutes, encodeAiStreamEvent } from '@career-copilot/shared/api/ai';
import type { AiFailure } from '@career-copilot/shared/ai/failures';
import {
  pieces,
  sendJson,
  startDouble,
  writeStream,
  type Double,
  type StreamOptions,
} from './http-double';

export type AccountState = 'signed-out' | 'free' | 'premium' | 'exhausted' | 'not-offered';

export type CareerServerScript =
  | ({
      readonly kind: 'stream';
      readonly text?: string;
      readonly failAfterText?: Pick<AiFailure, 'code' | 'message' | 'retryAfterSeconds'>;
    } & StreamOptions)
  | {
      readonly kind: 'error';
      readonly status: number;
      readonly code: string;
      readonly message: string;
      readonly retryAfter?: number;
    };

export type CareerServerDouble = Double & {
  state: AccountState;
  readonly enqueue: (...scripts: CareerServerScript[]) => void;
};

const apiError = (code: string, message: string, retryAfter?: number) => ({
  error: {
    code,
    message,
    requestId: 'req-double',
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  },
});

export async function startCareerServerDouble(
  initial: AccountState = 'premium',
): Promise<CareerServerDouble> {
  const queue: CareerServerScript[] = [];
  const control = { state: initial };
  const double = await startDouble(async (req, res, body, url) => {
    const state = control.state;
    if (state === 'not-offered')
      return sendJson(
        res,
        404,
        apiError('not_found', `No API route ${req.method} ${url.pathname}.`),
      );
    if (state === 'signed-out')
      return sendJson(res, 401, apiError('unauthenticated', 'Sign in first.'));
    if (url.pathname === AiRoutes.quota && req.method === 'GET') {
      return sendJson(res, 200, {
        plan: state === 'free' ? 'free' : 'premium',
        periodEnd: '2026-12-01T00:00:00.000Z',
        tokensUsed: state === 'exhausted' ? 2_000_000 : state === 'free' ? 1_200 : 12_345,
        tokensLimit: state === 'free' ? 20_000 : 2_000_000,
        requestsUsed: state === 'exhausted' ? 1000 : state === 'free' ? 2 : 12,
        requestsLimit: state === 'free' ? 10 : 1000,
        requestsPerMinute: state === 'free' ? 3 : 40,
        agents: state !== 'free',
        days: [
          { day: '2026-11-30', requests: 3, inputTokens: 900, outputTokens: 400 },
          { day: '2026-12-01', requests: 12, inputTokens: 9_000, outputTokens: 3_345 },
        ],
        models: [
          { id: 'cc-fast', label: 'Copilot Fast', tier: 'fast', contextWindow: 32_768 },
          { id: 'cc-good', label: 'Copilot Writer', tier: 'good', contextWindow: 131_072 },
        ],
      });
    }
    if (url.pathname !== AiRoutes.chat || req.method !== 'POST')
      return sendJson(res, 404, apiError('not_found', 'No such route.'));
    if (state === 'free')
      return sendJson(
        res,
        403,
        apiError('forbidden', 'Premium models are for Premium subscribers.'),
      );
    if (state === 'exhausted')
      return sendJson(
        res,
        402,
        apiError('quota_exceeded', 'You have used this month’s Premium allowance.'),
      );
    const script = queue.shift() ?? { kind: 'stream' };
    if (script.kind === 'error') {
      return sendJson(
        res,
        script.status,
        apiError(script.code, script.message, script.retryAfter),
        script.retryAfter !== undefined ? { 'retry-after': String(script.retryAfter) } : {},
      );
    }
    const messages = (body as { messages?: Array<{ content: string }> })?.messages ?? [];
    const text = script.text ?? `You said: ${messages.at(-1)?.content ?? ''}`;
    const events = pieces(text).map((t) => encodeAiStreamEvent({ type: 'delta', text: t }));
    events.push(
      script.failAfterText
        ? encodeAiStreamEvent({ type: 'error', failure: script.failAfterText })
        : encodeAiStreamEvent({
            type: 'usage',
            usage: { inputTokens: 30, outputTokens: pieces(text).length, finishReason: 'stop' },
            remainingTokens: 1_987_000,
          }),
    );
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    await writeStream(res, events, script);
  });
  return {
    ...double,
    get state() {
      return control.state;
    },
    set state(value: AccountState) {
      control.state = value;
    },
    enqueue: (...scripts: CareerServerScript[]) => void queue.push(...scripts),
  };
}
