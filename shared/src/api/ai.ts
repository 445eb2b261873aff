// Contract of premium inference: POST /api/ai/chat streams SSE (delta, usage, error); GET /api/ai/quota.
import { z } from 'zod';
import { FinishReason, type Usage } from '../ai/contract';
import { AiFailureCode, aiFailure, type AiFailure } from '../ai/failures';
import { PLAN_IDS } from '../billing/plans';

export const AiRoutes = {
  chat: '/api/ai/chat',
  quota: '/api/ai/quota',
  /** Premium: the "apply to this job" pipeline in one streamed call. */
  agentsApply: '/api/ai/agents/apply',
} as const;

export const AiTierSchema = z.enum(['fast', 'good']);

/** The largest prompt the server accepts, in characters (about 100k tokens). */
export const MAX_SERVER_PROMPT_CHARS = 400_000;

export const AiChatRequestSchema = z.object({
  /** One of the models GET /api/ai/quota lists; the server's default for the tier when absent. */
  model: z.string().min(1).max(200).optional(),
  tier: AiTierSchema.optional(),
  messages: z
    .array(
      z.object({
        role: z.enum(['system', 'user', 'assistant']),
        content: z.string().max(MAX_SERVER_PROMPT_CHARS),
      }),
    )
    .min(1)
    .max(64)
    .refine(
      (messages) =>
        messages.reduce((sum, m) => sum + m.content.length, 0) <= MAX_SERVER_PROMPT_CHARS,
      `all messages together must be at most ${MAX_SERVER_PROMPT_CHARS} characters`,
    ),
  temperature: z.number().min(0).max(2).optional(),
  maxOutputTokens: z.number().int().min(1).max(32_768).optional(),
  jsonSchema: z
    .object({
      name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
      schema: z.record(z.string(), z.unknown()),
    })
    .optional(),
});
export type AiChatRequest = z.infer<typeof AiChatRequestSchema>;

/** `event: delta` — a piece of the answer. */
export const AiDeltaEventSchema = z.object({ text: z.string() });
/** `event: usage` — the last event of a successful answer. */
export const AiUsageEventSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  finishReason: z.enum([FinishReason.Stop, FinishReason.Length, FinishReason.ContentFilter]),
  /** Tokens left this period after this answer. */
  remainingTokens: z.number().int().nonnegative().optional(),
});
/** `event: error` — the last event of a failed answer (upstream failures already mapped for users). */
export const AiErrorEventSchema = z.object({
  code: z.enum(Object.values(AiFailureCode) as [AiFailureCode, ...AiFailureCode[]]),
  message: z.string(),
  retryAfterSeconds: z.number().nonnegative().optional(),
});

/** One UTC day of server inference. */
export const AiUsageDaySchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  requests: z.number().int().nonnegative(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
});
export type AiUsageDay = z.infer<typeof AiUsageDaySchema>;

export const AiQuotaResponseSchema = z.object({
  plan: z.enum(PLAN_IDS),
  /** When today's allowance renews (the next UTC midnight). */
  periodEnd: z.iso.datetime(),
  tokensUsed: z.number().int().nonnegative(),
  tokensLimit: z.number().int().nonnegative(),
  requestsUsed: z.number().int().nonnegative(),
  requestsLimit: z.number().int().nonnegative(),
  requestsPerMinute: z.number().int().nonnegative(),
  /** Whether the plan includes the multi-step agents. */
  agents: z.boolean(),
  /** The last days of use, oldest first, today last. */
  days: z.array(AiUsageDaySchema),
  models: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      tier: AiTierSchema.optional(),
      contextWindow: z.number().int().positive().optional(),
    }),
  ),
});
export type AiQuotaResponse = z.infer<typeof AiQuotaResponseSchema>;

/** One SSE frame of the chat stream; the server writes these, the client reads them. */
export function encodeAiStreamEvent(
  event:
    | { readonly type: 'delta'; readonly text: string }
    | { readonly type: 'usage'; readonly usage: Usage; readonly remainingTokens?: number }
    | {
        readonly type: 'error';
        readonly failure: Pick<AiFailure, 'code' | 'message' | 'retryAfterSeconds'>;
      },
): string {
  const [name, data] =
    event.type === 'delta'
      ? ['delta', { text: event.text }]
      : event.type === 'usage'
        ? [
            'usage',
            {
              inputTokens: event.usage.inputTokens,
              outputTokens: event.usage.outputTokens,
              finishReason: event.usage.finishReason,
              ...(event.remainingTokens !== undefined
                ? { remainingTokens: event.remainingTokens }
                : {}),
            },
          ]
        : [
            'error',
            {
              code: event.failure.code,
              message: event.failure.message,
              ...(event.failure.retryAfterSeconds !== undefined
                ? { retryAfterSeconds: event.failure.retryAfterSeconds }
                : {}),
            },
          ];
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** What the server's user may be told about an upstream failure: our infrastructure is not theirs to fix. */
export function publicFailureFromUpstream(upstream: AiFailure): AiFailure {
  const provider = 'Career Copilot’s model server';
  switch (upstream.code) {
    case 'aborted':
    case 'context_too_long':
    case 'output_truncated':
    case 'content_filtered':
    case 'bad_json':
      return {
        ...upstream,
        provider,
        message: aiFailure(upstream.code, { ...upstream, provider }).message,
      };
    case 'rate_limited':
      return aiFailure('rate_limited', {
        provider,
        ...(upstream.retryAfterSeconds !== undefined
          ? { retryAfterSeconds: upstream.retryAfterSeconds }
          : {}),
      });
    case 'interrupted':
      return aiFailure('interrupted', { provider }, upstream.partialText);
    default:
      // Keys, credit, Ollama being down, a missing model: ours to fix, so the user just sees an outage.
      return aiFailure('provider_unavailable', { provider }, upstream.partialText);
  }
}
