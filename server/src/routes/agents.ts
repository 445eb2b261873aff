// POST /api/ai/agents/apply (Premium): structure the job, match, then tailor, write a cover letter and
// prepare interview questions on the server model, streaming each step's result as it is ready.
import { Hono } from 'hono';
import { ApplyAgentRequestSchema } from '@career-copilot/shared/ai/agents/apply';
import { aiFailure } from '@career-copilot/shared/ai/failures';
import { AiRoutes, encodeAiStreamEvent } from '@career-copilot/shared/api/ai';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { PLANS } from '@career-copilot/shared/billing/plans';
import { readPosting } from '@career-copilot/shared/match/posting-input';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { ApiError } from '../http/errors';
import { readJson } from '../http/validate';
import { requireUser } from '../middleware/session';
import { runApplyPipeline } from '../services/apply-agent';
import { accountPlan } from '../services/billing';
import {
  authUser,
  chargedChatDeps,
  pickModel,
  requireLlm,
  reserveOrThrow,
  sseResponse,
} from './ai';
import { sessionDeps } from './auth';

function frame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function agentRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // accountsAvailable comes from aiRoutes' /api/ai/* middleware.

  app.post(AiRoutes.agentsApply, requireUser(sessionDeps(deps)), async (c) => {
    const user = authUser(c);
    const llm = requireLlm(deps);
    const { plan } = await accountPlan(
      { billingStore: deps.premium.billingStore, clock: deps.clock },
      user,
    );
    if (!PLANS[plan].agents) {
      throw new ApiError(
        ErrorCode.PlanRequired,
        'The “apply to this job” agent is part of Premium. Upgrade in Account → Plan, or run each step yourself on any model.',
      );
    }
    const body = await readJson(c, ApplyAgentRequestSchema);
    const read = readPosting(body.posting);
    if (!read.ok) throw new ApiError(ErrorCode.ValidationFailed, read.error.message);
    const model = pickModel(llm, PLANS[plan], { tier: 'good' });
    // The first model step's allowance is taken before anything streams, so a refusal is a plain 4xx.
    await reserveOrThrow(deps, user.id, plan);

    return sseResponse(c, async (write, signal) => {
      // The first model call's request was taken above, so a refusal could still be a plain 4xx.
      let prepaid = true;
      const outcome = await runApplyPipeline(
        {
          deps: chargedChatDeps(deps, llm),
          userId: user.id,
          plan,
          model,
          signal,
          now: deps.clock.now(),
          reserve: async () => {
            if (prepaid) return void (prepaid = false);
            try {
              await reserveOrThrow(deps, user.id, plan);
              return undefined;
            } catch (error) {
              if (!(error instanceof ApiError)) throw error;
              const code = error.code === ErrorCode.RateLimited ? 'rate_limited' : 'out_of_credit';
              return {
                ...aiFailure(code, { provider: 'Career Copilot server' }),
                message: error.message,
                ...(error.retryAfter !== undefined ? { retryAfterSeconds: error.retryAfter } : {}),
              };
            }
          },
        },
        body,
        read.value,
        {
          step: (step, result) => write(frame('step', { step, result })),
          delta: (step, text) => write(frame('delta', { step, text })),
        },
      );
      await write(
        outcome.ok
          ? encodeAiStreamEvent({ type: 'usage', usage: outcome.usage })
          : encodeAiStreamEvent({ type: 'error', failure: outcome.failure }),
      );
    });
  });

  return app;
}
