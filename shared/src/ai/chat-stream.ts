// What every provider's chat stream does the same way: count first, retry politely, keep partial text.
import type { Result } from '../lib/result';
import type { ChatEvent, ChatRequest, FinishReason, Usage } from './contract';
import { aiFailure, isRetryableFailure, type AiFailure } from './failures';
import { defaultSleep, isAbortError, type Transport } from './transport';
import { checkContextBudget, estimateChatTokens, estimateTokens } from './tokens';

/** What a vendor's wire format decodes into, before the shared policy turns it into ChatEvents. */
export type WireEvent =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'usage'; readonly inputTokens?: number; readonly outputTokens?: number }
  /** The vendor said the answer is complete, and why it stopped. */
  | { readonly type: 'finish'; readonly reason: FinishReason }
  /** A failure the vendor reported inside a stream that had started fine. */
  | { readonly type: 'error'; readonly failure: AiFailure };

/** Sends the request; resolves when the answer's headers are in (an HTTP error is a failure here). */
export type OpenWireStream = (
  request: ChatRequest,
  signal: AbortSignal | undefined,
) => Promise<Result<AsyncIterable<WireEvent>, AiFailure>>;

export type RetryPolicy = {
  /** Attempts in total, the first included. */
  readonly maxAttempts: number;
  /** A Retry-After longer than this is reported to the user instead of waited out. */
  readonly maxWaitSeconds: number;
  /** First backoff when the vendor gives no Retry-After; doubles each attempt, with jitter. */
  readonly baseDelayMs: number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  maxWaitSeconds: 60,
  baseDelayMs: 1000,
};

export type ChatStreamOptions = {
  /** The provider's name as the user sees it, for messages. */
  readonly provider: string;
  /** The model's context window, when known; the check is skipped otherwise. */
  readonly contextWindow?: () => Promise<number | undefined>;
  readonly retry?: RetryPolicy;
  readonly transport: Pick<Transport, 'sleep' | 'random'>;
};

/** Seconds to wait before attempt `attempt + 1`, or undefined when we should not wait at all. */
export function retryDelaySeconds(
  failure: AiFailure,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if (!isRetryableFailure(failure) || attempt >= policy.maxAttempts) return undefined;
  if (failure.retryAfterSeconds !== undefined) {
    return failure.retryAfterSeconds <= policy.maxWaitSeconds
      ? failure.retryAfterSeconds
      : undefined;
  }
  const backoff = (policy.baseDelayMs / 1000) * 2 ** (attempt - 1);
  return Math.min(policy.maxWaitSeconds, backoff * (0.5 + random()));
}

/**
 * Runs one chat through a vendor's wire: checks the context budget before sending, retries rate
 * limits and overloads before anything has streamed (honouring Retry-After), turns a stop at the
 * token limit into `output_truncated`, and keeps the partial text on abort or a dropped connection.
 */
export async function* runChatStream(
  open: OpenWireStream,
  request: ChatRequest,
  options: ChatStreamOptions,
): AsyncGenerator<ChatEvent> {
  const { signal } = request;
  const context = { provider: options.provider, model: request.model };
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const sleep = options.transport.sleep ?? defaultSleep;
  const random = options.transport.random ?? Math.random;
  if (signal?.aborted) return yield { type: 'failed', failure: aiFailure('aborted', context) };

  const contextWindow = await options.contextWindow?.().catch(() => undefined);
  const budget = checkContextBudget(request.messages, {
    contextWindow,
    ...(request.maxOutputTokens !== undefined ? { maxOutputTokens: request.maxOutputTokens } : {}),
    ...context,
  });
  if (!budget.ok) return yield { type: 'failed', failure: budget.error };

  let text = '';
  let inputTokens: number | undefined;
  let outputTokens: number | undefined;
  let finish: FinishReason | undefined;
  const usage = (reason: FinishReason): Usage => {
    const estimated = inputTokens === undefined || outputTokens === undefined;
    return {
      inputTokens: inputTokens ?? estimateChatTokens(request.messages),
      outputTokens: outputTokens ?? estimateTokens(text),
      finishReason: reason,
      ...(estimated ? { estimated: true } : {}),
    };
  };

  for (let attempt = 1; ; attempt++) {
    const opened = await open(request, signal);
    if (opened.ok) {
      let streamFailure: AiFailure | undefined;
      try {
        for await (const event of opened.value) {
          if (event.type === 'text') {
            if (event.text === '') continue;
            text += event.text;
            yield { type: 'delta', text: event.text };
          } else if (event.type === 'usage') {
            inputTokens = event.inputTokens ?? inputTokens;
            outputTokens = event.outputTokens ?? outputTokens;
          } else if (event.type === 'finish') {
            finish = event.reason;
          } else {
            streamFailure = event.failure;
            break;
          }
        }
      } catch (error) {
        streamFailure =
          signal?.aborted || isAbortError(error)
            ? aiFailure('aborted', context)
            : aiFailure('interrupted', context);
      }
      if (!streamFailure && signal?.aborted) streamFailure = aiFailure('aborted', context);
      if (streamFailure) {
        // An overload reported as the stream's first event is as safe to retry as an HTTP 529.
        const delay =
          text === '' ? retryDelaySeconds(streamFailure, attempt, policy, random) : undefined;
        if (delay === undefined) {
          return yield {
            type: 'failed',
            failure: text ? { ...streamFailure, partialText: text } : streamFailure,
            usage: usage(finish ?? 'stop'),
          };
        }
        const waited = yield* waitToRetry(streamFailure, attempt, delay);
        if (!waited) return;
        continue;
      }
      if (finish === undefined) {
        return yield {
          type: 'failed',
          failure: aiFailure('interrupted', context, text),
          usage: usage('stop'),
        };
      }
      if (finish === 'length') {
        const failure = aiFailure(
          'output_truncated',
          {
            ...context,
            ...(request.maxOutputTokens ? { maxOutputTokens: request.maxOutputTokens } : {}),
          },
          text,
        );
        return yield { type: 'failed', failure, usage: usage('length') };
      }
      if (finish === 'content_filter') {
        return yield {
          type: 'failed',
          failure: aiFailure('content_filtered', context, text),
          usage: usage(finish),
        };
      }
      return yield { type: 'done', usage: usage(finish) };
    }

    const delay = retryDelaySeconds(opened.error, attempt, policy, random);
    if (delay === undefined) return yield { type: 'failed', failure: opened.error };
    const waited = yield* waitToRetry(opened.error, attempt, delay);
    if (!waited) return;
  }

  async function* waitToRetry(failure: AiFailure, attempt: number, delaySeconds: number) {
    yield { type: 'retry', attempt, delaySeconds, failure } as const;
    try {
      await sleep(delaySeconds * 1000, signal);
      return true;
    } catch {
      yield { type: 'failed', failure: aiFailure('aborted', context) } as const;
      return false;
    }
  }
}
