// Our own server as a provider (Premium): quota and models from /api/ai/quota, answers from /api/ai/chat.
import {
  AiQuotaResponseSchema,
  AiRoutes,
  AiDeltaEventSchema,
  AiErrorEventSchema,
  AiUsageEventSchema,
  type AiChatRequest,
  type AiQuotaResponse,
} from '../../api/ai';
import { ErrorCode } from '../../api/errors';
import { PLANS } from '../../billing/plans';
import { err, ok, type Result } from '../../lib/result';
import { runChatStream, type WireEvent } from '../chat-stream';
import {
  AvailabilityStatus,
  ProviderId,
  type Availability,
  type ChatRequest,
  type ModelInfo,
  type ModelProvider,
} from '../contract';
import { aiFailure, type AiFailure, type AiFailureContext } from '../failures';
import {
  noAnswerFailure,
  pickNumber,
  pickString,
  readErrorBody,
  send,
  type ErrorBody,
  type Transport,
} from '../transport';
import { jsonSseEvents, openVendorStream } from './vendor-http';

export type ServerProviderConfig = {
  /** Where the API is ("" or the app's own origin in the browser). */
  readonly baseUrl: string;
  /** Sends cookies and the CSRF token (the client's API wrapper provides this fetch). */
  readonly transport: Transport;
};

const LABEL = 'Career Copilot server';
const NOT_OFFERED = 'this server does not offer its own models';

/** Ready with what is left today, or used up with the way to more (upgrade, or wait for tomorrow). */
export function quotaAvailability(q: AiQuotaResponse): Availability {
  const plan = PLANS[q.plan];
  const renews = `${q.periodEnd.slice(11, 16)} UTC`;
  const tokensLeft = Math.max(0, q.tokensLimit - q.tokensUsed);
  const requestsLeft = Math.max(0, q.requestsLimit - q.requestsUsed);
  if (tokensLeft === 0 || requestsLeft === 0) {
    const next = q.plan === 'free' ? PLANS.pro : q.plan === 'pro' ? PLANS.premium : undefined;
    return {
      status: AvailabilityStatus.NeedsAccount,
      message: next
        ? `You have used today’s ${plan.label} allowance of server requests. Upgrade to ${next.label} in Account → Plan for ${next.dailyRequests.toLocaleString('en-US')} requests a day, or use your own key, Ollama or an in-browser model. It renews at ${renews}.`
        : `You have used today’s ${plan.label} allowance of server requests; it renews at ${renews}. Your own key, Ollama and in-browser models still work.`,
    };
  }
  return {
    status: AvailabilityStatus.Ready,
    message: `${plan.label}: ${requestsLeft.toLocaleString('en-US')} requests and ${tokensLeft.toLocaleString('en-US')} tokens left today (renews at ${renews}).`,
  };
}

export function mapServerError(body: ErrorBody, context: AiFailureContext): AiFailure {
  const code = pickString(body.json, 'error', 'code');
  const detail = pickString(body.json, 'error', 'message');
  const retryAfterSeconds = pickNumber(body.json, 'error', 'retryAfter') ?? body.retryAfterSeconds;
  const ctx = { ...context, ...(detail ? { detail } : {}), status: body.status };
  // No such route: this server was deployed without premium inference.
  if (body.status === 404) return aiFailure('needs_account', { ...context, detail: NOT_OFFERED });
  switch (code) {
    case ErrorCode.Unauthenticated:
    case ErrorCode.Forbidden:
    case ErrorCode.CsrfFailed:
      return aiFailure('needs_account', ctx);
    case ErrorCode.QuotaExceeded:
      return aiFailure('out_of_credit', {
        ...ctx,
        detail: detail ?? 'today’s allowance is used up; upgrade in Account → Plan',
      });
    case ErrorCode.RateLimited:
      return aiFailure('rate_limited', {
        ...ctx,
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      });
    case ErrorCode.PayloadTooLarge:
      return aiFailure('context_too_long', ctx);
    case ErrorCode.InferenceNotConfigured:
      return aiFailure('needs_account', { ...context, detail: NOT_OFFERED });
    case ErrorCode.PlanRequired:
      return aiFailure('needs_account', ctx);
    case ErrorCode.ServiceUnavailable:
      return aiFailure('provider_unavailable', {
        ...ctx,
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      });
    default:
      return aiFailure(body.status >= 500 ? 'provider_unavailable' : 'request_rejected', ctx);
  }
}

/** delta → text; usage → usage and finish; error → the failure the server already mapped for users. */
export async function* decodeServerStream(
  body: ReadableStream<Uint8Array>,
  context: AiFailureContext,
): AsyncGenerator<WireEvent> {
  for await (const event of jsonSseEvents(body, context)) {
    if (event.kind === 'invalid') return yield { type: 'error', failure: event.failure };
    if (event.kind === 'done') continue;
    const data = event.data;
    if (event.event === 'delta') {
      const delta = AiDeltaEventSchema.safeParse(data);
      if (!delta.success) {
        yield { type: 'error', failure: aiFailure('bad_response', context) };
        return;
      }
      yield { type: 'text', text: delta.data.text };
    } else if (event.event === 'usage') {
      const usage = AiUsageEventSchema.safeParse(data);
      if (!usage.success) {
        yield { type: 'error', failure: aiFailure('bad_response', context) };
        return;
      }
      yield {
        type: 'usage',
        inputTokens: usage.data.inputTokens,
        outputTokens: usage.data.outputTokens,
      };
      yield { type: 'finish', reason: usage.data.finishReason };
      return;
    } else if (event.event === 'error') {
      const failure = AiErrorEventSchema.safeParse(data);
      yield {
        type: 'error',
        failure: failure.success
          ? { ...failure.data, provider: LABEL }
          : aiFailure('bad_response', context),
      };
      return;
    }
    // Other event names are for newer clients; skip them.
  }
}

export function createServerProvider(config: ServerProviderConfig): ModelProvider {
  const base = config.baseUrl.replace(/\/+$/, '');
  const context = { provider: LABEL };
  let quota: AiQuotaResponse | undefined;

  async function fetchQuota(
    signal?: AbortSignal,
  ): Promise<Result<AiQuotaResponse, AiFailure | 'not_offered'>> {
    const sent = await send(config.transport, base + AiRoutes.quota, {
      method: 'GET',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
    });
    if (!sent.ok) return err(noAnswerFailure(sent.error, context));
    if (sent.value.status === 404) return err('not_offered');
    if (!sent.value.ok) {
      const body = await readErrorBody(sent.value);
      if (pickString(body.json, 'error', 'code') === ErrorCode.InferenceNotConfigured)
        return err('not_offered');
      return err(mapServerError(body, context));
    }
    const parsed = AiQuotaResponseSchema.safeParse(await sent.value.json().catch(() => undefined));
    if (!parsed.success) return err(aiFailure('bad_response', context));
    quota = parsed.data;
    return ok(parsed.data);
  }

  function toModels(q: AiQuotaResponse): ModelInfo[] {
    return q.models.map((m) => ({
      id: m.id,
      label: m.label,
      ...(m.contextWindow ? { contextWindow: m.contextWindow } : {}),
      ...(m.tier ? { details: m.tier === 'fast' ? 'fast' : 'best quality' } : {}),
    }));
  }

  function open(request: ChatRequest, signal: AbortSignal | undefined) {
    const body: AiChatRequest = {
      model: request.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
      ...(request.maxOutputTokens !== undefined
        ? { maxOutputTokens: request.maxOutputTokens }
        : {}),
      ...(request.jsonSchema
        ? {
            jsonSchema: { name: request.jsonSchema.name, schema: { ...request.jsonSchema.schema } },
          }
        : {}),
    };
    return openVendorStream({
      transport: config.transport,
      url: base + AiRoutes.chat,
      headers: {},
      body,
      signal,
      credentials: 'same-origin',
      context: { ...context, model: request.model },
      mapError: mapServerError,
      decode: decodeServerStream,
    });
  }

  return {
    id: ProviderId.Server,
    label: LABEL,
    async listModels(signal) {
      const result = await fetchQuota(signal);
      if (result.ok) return ok(toModels(result.value));
      return err(
        result.error === 'not_offered'
          ? aiFailure('needs_account', {
              ...context,
              detail: NOT_OFFERED,
            })
          : result.error,
      );
    },
    async checkAvailability(model, signal): Promise<Availability> {
      const result = await fetchQuota(signal);
      if (!result.ok) {
        if (result.error === 'not_offered') {
          return {
            status: AvailabilityStatus.Unsupported,
            message:
              'This Career Copilot server does not offer its own models. Everything else works without it.',
          };
        }
        const failure = result.error;
        if (failure.code === 'needs_account') {
          return {
            status: AvailabilityStatus.NeedsAccount,
            message:
              failure.status === 403
                ? 'That model needs a higher plan. See Account → Plan to upgrade.'
                : 'Sign in (in Account) to use our server’s models: every plan, Free included, has a daily allowance.',
            failure,
          };
        }
        return {
          status: AvailabilityStatus.Unreachable,
          message:
            'Cannot reach the Career Copilot server right now. Your own keys, Ollama and in-browser models still work.',
          failure,
        };
      }
      const q = result.value;
      if (model && !q.models.some((m) => m.id === model)) {
        return {
          status: AvailabilityStatus.Unsupported,
          message: `The server no longer offers “${model}”. Pick another model.`,
        };
      }
      return quotaAvailability(q);
    },
    streamChat(request) {
      return runChatStream(open, request, {
        provider: LABEL,
        contextWindow: async () => quota?.models.find((m) => m.id === request.model)?.contextWindow,
        transport: config.transport,
      });
    },
  };
}
