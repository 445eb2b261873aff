// One charged answer from the upstream: allowance taken before the call (the route does that),
// deltas passed on, tokens counted and charged afterwards, failures mapped for users. The request
// body is neither logged nor stored: it goes to the upstream and nowhere else.
import { publicFailureFromUpstream } from '@career-copilot/shared/api/ai';
import type { ChatMessage, JsonSchemaSpec, Usage } from '@career-copilot/shared/ai/contract';
import { aiFailure, type AiFailure } from '@career-copilot/shared/ai/failures';
import { estimateChatTokens, estimateTokens } from '@career-copilot/shared/ai/tokens';
import { PLANS, type PlanId } from '@career-copilot/shared/billing/plans';
import type { Clock } from '../infra/clock';
import type { LlmUpstream, OfferedModel } from '../infra/llm-upstream';
import type { Logger } from '../infra/logger';
import { quotaDay, quotaPeriodEnd, type AiQuota } from './ai-quota';
import type { AiUsageEvent } from './premium-services';

export type ChargedChatDeps = {
  readonly llm: LlmUpstream;
  readonly quota: AiQuota;
  readonly clock: Clock;
  readonly onAiUsage: ((event: AiUsageEvent) => void) | undefined;
  readonly logger: Logger;
  /** Told once a day's tokens cross QUOTA_WARNING_SHARE of the allowance (mail, at most once a day). */
  readonly onQuotaNearlyUsed?: (userId: string, quota: QuotaWarning) => void;
};

export type QuotaWarning = {
  readonly percent: number;
  readonly plan: string;
  readonly resetsOn: Date;
  readonly periodId: string;
};

/** Share of the daily tokens after which the user hears that the allowance is nearly used. */
export const QUOTA_WARNING_SHARE = 0.8;

export type ChargedChatRequest = {
  readonly userId: string;
  readonly plan: PlanId;
  readonly model: OfferedModel;
  readonly messages: readonly ChatMessage[];
  readonly temperature?: number;
  readonly maxOutputTokens?: number;
  readonly jsonSchema?: JsonSchemaSpec;
  readonly signal: AbortSignal;
  /** Each piece of text as it arrives. */
  readonly onDelta?: (text: string) => void | Promise<void>;
};

export type ChargedChatOutcome =
  | {
      readonly ok: true;
      readonly text: string;
      readonly usage: Usage;
      readonly remainingTokens: number;
    }
  | { readonly ok: false; readonly failure: AiFailure; readonly usage: Usage };

/** Runs one chat whose request was already counted; charges its tokens whatever the outcome. */
export async function runChargedChat(
  deps: ChargedChatDeps,
  request: ChargedChatRequest,
): Promise<ChargedChatOutcome> {
  const askedAt = deps.clock.now();
  let text = '';
  let usage: Usage | undefined;
  let failure: AiFailure | undefined;
  const events = deps.llm.provider.streamChat({
    model: request.model.upstreamModel,
    messages: request.messages,
    signal: request.signal,
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    ...(request.maxOutputTokens !== undefined ? { maxOutputTokens: request.maxOutputTokens } : {}),
    ...(request.jsonSchema ? { jsonSchema: request.jsonSchema } : {}),
  });
  try {
    for await (const event of events) {
      if (event.type === 'delta') {
        text += event.text;
        await request.onDelta?.(event.text);
      } else if (event.type === 'done') {
        usage = event.usage;
      } else if (event.type === 'failed') {
        failure = event.failure;
        usage = event.usage;
      }
    }
  } catch {
    // A write to a client that went away, or a bug in an adapter: either way the answer ends here.
    failure = aiFailure(request.signal.aborted ? 'aborted' : 'interrupted', {}, text);
  }
  const charged: Usage = usage ?? {
    inputTokens: estimateChatTokens(request.messages),
    outputTokens: estimateTokens(text),
    finishReason: 'stop',
    estimated: true,
  };
  const dayTokens = await deps.quota.charge(request.userId, askedAt, charged);
  const limit = PLANS[request.plan].dailyTokens;
  if (dayTokens >= limit * QUOTA_WARNING_SHARE && deps.onQuotaNearlyUsed) {
    deps.onQuotaNearlyUsed(request.userId, {
      percent: Math.min(100, (dayTokens / limit) * 100),
      plan: PLANS[request.plan].label,
      resetsOn: quotaPeriodEnd(askedAt),
      periodId: quotaDay(askedAt),
    });
  }
  try {
    deps.onAiUsage?.({
      userId: request.userId,
      plan: request.plan,
      requests: 1,
      inputTokens: charged.inputTokens,
      outputTokens: charged.outputTokens,
      at: askedAt,
    });
  } catch (error) {
    // Reporting must never cost the user an answer they were charged for.
    deps.logger.error('onAiUsage failed', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
  if (failure || !usage) {
    const mapped = publicFailureFromUpstream(
      failure ?? aiFailure('interrupted', { provider: 'upstream' }, text),
    );
    return { ok: false, failure: mapped, usage: charged };
  }
  return {
    ok: true,
    text,
    usage,
    remainingTokens: Math.max(0, PLANS[request.plan].dailyTokens - dayTokens),
  };
}
