// /api/ai/*: the allowance (GET quota) and streamed server inference (POST chat) for signed-in users.
import { Hono, type Context } from 'hono';
import { stream } from 'hono/streaming';
import {
  AiChatRequestSchema,
  AiRoutes,
  encodeAiStreamEvent,
  type AiQuotaResponse,
} from '@career-copilot/shared/api/ai';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { PLANS, type PlanId, type PlanLimits } from '@career-copilot/shared/billing/plans';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { ApiError } from '../http/errors';
import { readJson } from '../http/validate';
import type { LlmUpstream, OfferedModel } from '../infra/llm-upstream';
import { accountsAvailable } from '../middleware/accounts-available';
import { requireUser } from '../middleware/session';
import { quotaPeriodEnd } from '../services/ai-quota';
import { runChargedChat, type ChargedChatDeps } from '../services/ai-chat';
import { accountPlan } from '../services/billing';
import type { UserRecord } from '../services/user-store';
import { sessionDeps } from './auth';

export const INFERENCE_OFF_MESSAGE =
  'This Career Copilot server does not offer server models (no model upstream is configured). Your own keys, Ollama and in-browser models work as before.';

/** The signed-in user, from the auth context (a session today; any authenticating middleware later). */
export function authUser(c: Context<AppEnv>): UserRecord {
  const user = c.get('auth')?.user;
  if (!user) throw new ApiError(ErrorCode.Unauthenticated, 'Please sign in to do this.');
  return user;
}

export function requireLlm(deps: AppDeps): LlmUpstream {
  if (!deps.premium.llm)
    throw new ApiError(ErrorCode.InferenceNotConfigured, INFERENCE_OFF_MESSAGE);
  return deps.premium.llm;
}

/** The models a plan may use: the fast one always, the best one from Premium. */
export function modelsFor(llm: LlmUpstream, plan: PlanLimits): OfferedModel[] {
  return llm.models.filter((m) => m.tier === 'fast' || plan.modelTier === 'good');
}

export function pickModel(
  llm: LlmUpstream,
  plan: PlanLimits,
  wanted: { model?: string | undefined; tier?: 'fast' | 'good' | undefined },
): OfferedModel {
  const allowed = modelsFor(llm, plan);
  if (wanted.model) {
    const found = llm.models.find((m) => m.id === wanted.model);
    if (!found) {
      throw new ApiError(
        ErrorCode.ValidationFailed,
        `There is no server model “${wanted.model}”. Available: ${allowed.map((m) => m.id).join(', ')}.`,
      );
    }
    if (!allowed.includes(found)) {
      throw new ApiError(
        ErrorCode.PlanRequired,
        `${found.label} is part of Premium. Upgrade in Account → Plan to use it.`,
      );
    }
    return found;
  }
  const tier = wanted.tier === 'good' && plan.modelTier === 'good' ? 'good' : 'fast';
  return allowed.find((m) => m.tier === tier) ?? allowed[0]!;
}

/** Takes one request from the user's allowance, or refuses with 402 (day used up) or 429 (too fast). */
export async function reserveOrThrow(deps: AppDeps, userId: string, planId: PlanId): Promise<void> {
  const plan = PLANS[planId];
  const reserved = await deps.premium.quota.reserve(userId, plan);
  if (reserved.allowed) return;
  if (reserved.reason === 'minute') {
    throw new ApiError(
      ErrorCode.RateLimited,
      `${plan.label} allows ${plan.requestsPerMinute} server requests a minute. Try again in ${reserved.retryAfterSeconds} seconds.`,
      { retryAfter: reserved.retryAfterSeconds },
    );
  }
  const what =
    reserved.reason === 'requests'
      ? `${plan.dailyRequests} requests`
      : `${plan.dailyTokens.toLocaleString('en-US')} tokens`;
  throw new ApiError(
    ErrorCode.QuotaExceeded,
    `You have used today’s ${plan.label} allowance (${what}). It renews at midnight UTC${planId === 'premium' ? '' : '; upgrade in Account → Plan for more'}.`,
    { retryAfter: reserved.retryAfterSeconds },
  );
}

export function chargedChatDeps(deps: AppDeps, llm: LlmUpstream): ChargedChatDeps {
  return {
    llm,
    quota: deps.premium.quota,
    clock: deps.clock,
    onAiUsage: deps.onAiUsage,
    logger: deps.logger,
    onQuotaNearlyUsed: (userId, quota) => deps.notifications.notifyQuotaNearlyUsed(userId, quota),
  };
}

/** An SSE response whose writer learns when the client hung up (which aborts the upstream call). */
export function sseResponse(
  c: Context<AppEnv>,
  run: (write: (frame: string) => Promise<void>, signal: AbortSignal) => Promise<void>,
): Response {
  c.header('Content-Type', 'text/event-stream; charset=utf-8');
  c.header('Cache-Control', 'no-store');
  c.header('X-Accel-Buffering', 'no');
  const controller = new AbortController();
  const request = c.req.raw.signal;
  const onAbort = () => controller.abort();
  request.addEventListener('abort', onAbort, { once: true });
  return stream(c, async (s) => {
    s.onAbort(onAbort);
    try {
      await run(async (frame) => {
        if (!controller.signal.aborted) await s.write(frame);
      }, controller.signal);
    } finally {
      request.removeEventListener('abort', onAbort);
    }
  });
}

export function aiRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = requireUser(sessionDeps(deps));
  app.use('/api/ai/*', accountsAvailable({ redis: deps.redis, enabled: deps.features.accounts }));

  app.get(AiRoutes.quota, guard, async (c) => {
    const user = authUser(c);
    const llm = requireLlm(deps);
    const { plan } = await accountPlan(
      { billingStore: deps.premium.billingStore, clock: deps.clock },
      user,
    );
    const limits = PLANS[plan];
    const days = await deps.premium.quota.history(user.id);
    const today = days.at(-1) ?? { requests: 0, inputTokens: 0, outputTokens: 0 };
    const body: AiQuotaResponse = {
      plan,
      periodEnd: quotaPeriodEnd(deps.clock.now()).toISOString(),
      tokensUsed: today.inputTokens + today.outputTokens,
      tokensLimit: limits.dailyTokens,
      requestsUsed: today.requests,
      requestsLimit: limits.dailyRequests,
      requestsPerMinute: limits.requestsPerMinute,
      agents: limits.agents,
      days,
      models: modelsFor(llm, limits).map((m) => ({ id: m.id, label: m.label, tier: m.tier })),
    };
    return c.json(body);
  });

  app.post(AiRoutes.chat, guard, async (c) => {
    const user = authUser(c);
    const llm = requireLlm(deps);
    // Reading the body and the plan (a Redis round trip) overlap: both are on the way to the first token.
    const [body, { plan }] = await Promise.all([
      readJson(c, AiChatRequestSchema),
      accountPlan({ billingStore: deps.premium.billingStore, clock: deps.clock }, user),
    ]);
    const model = pickModel(llm, PLANS[plan], body);
    await reserveOrThrow(deps, user.id, plan);
    return sseResponse(c, async (write, signal) => {
      const outcome = await runChargedChat(chargedChatDeps(deps, llm), {
        userId: user.id,
        plan,
        model,
        messages: body.messages,
        signal,
        ...(body.temperature !== undefined ? { temperature: body.temperature } : {}),
        ...(body.maxOutputTokens !== undefined ? { maxOutputTokens: body.maxOutputTokens } : {}),
        ...(body.jsonSchema ? { jsonSchema: body.jsonSchema } : {}),
        onDelta: (text) => write(encodeAiStreamEvent({ type: 'delta', text })),
      });
      await write(
        outcome.ok
          ? encodeAiStreamEvent({
              type: 'usage',
              usage: outcome.usage,
              remainingTokens: outcome.remainingTokens,
            })
          : encodeAiStreamEvent({ type: 'error', failure: outcome.failure }),
      );
    });
  });

  return app;
}
