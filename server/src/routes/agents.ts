// POST /api/ai/agents/apply (Premium): structure the job, match, then tailor, write a cover letter and
// prepare interview questions on the server model, streaming each step's result as it is ready.
import { Hono } from 'hono';
import {
  APPLY_MODEL_STEPS,
  ApplyAgentRequestSchema,
  applyStepMessages,
} from '@career-copilot/shared/ai/agents/apply';
import { TASKS } from '@career-copilot/shared/ai/tasks';
import { AiRoutes, encodeAiStreamEvent } from '@career-copilot/shared/api/ai';
import { ErrorCode } from '@career-copilot/shared/api/errors';
import { PLANS } from '@career-copilot/shared/billing/plans';
import { analyseMatch } from '@career-copilot/shared/match/analyse-match';
import { readPosting } from '@career-copilot/shared/match/posting-input';
import type { AppDeps } from '../app';
import type { AppEnv } from '../app-env';
import { ApiError } from '../http/errors';
import { readJson } from '../http/validate';
import { requireUser } from '../middleware/session';
import { runChargedChat } from '../services/ai-chat';
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

const TASK_OF_STEP = {
  tailor: TASKS.tailor,
  cover_letter: TASKS.coverLetter,
  interview_questions: TASKS.interviewPrep,
} as const;

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
      const job = { job: read.value.job, details: read.value.details };
      await write(
        frame('step', { step: 'structure_job', result: { ...job, notes: read.value.notes } }),
      );
      const match = analyseMatch(body.resume, job, { today: body.today });
      await write(frame('step', { step: 'match', result: match }));
      let tailored: string | undefined;
      const totals = { inputTokens: 0, outputTokens: 0 };
      for (const [index, step] of APPLY_MODEL_STEPS.entries()) {
        if (index > 0) {
          try {
            await reserveOrThrow(deps, user.id, plan);
          } catch (error) {
            const message =
              error instanceof ApiError ? error.message : 'The allowance could not be checked.';
            return void (await write(
              encodeAiStreamEvent({
                type: 'error',
                failure: {
                  code:
                    error instanceof ApiError && error.code === ErrorCode.RateLimited
                      ? 'rate_limited'
                      : 'out_of_credit',
                  message,
                },
              }),
            ));
          }
        }
        const task = TASK_OF_STEP[step];
        const outcome = await runChargedChat(chargedChatDeps(deps, llm), {
          userId: user.id,
          plan,
          model,
          messages: applyStepMessages(step, {
            resume: body.resume,
            posting: body.posting,
            job: job.job,
            match,
            ...(tailored ? { tailored } : {}),
          }),
          temperature: task.temperature,
          maxOutputTokens: task.maxOutputTokens,
          signal,
          onDelta: (text) => write(frame('delta', { step, text })),
        });
        totals.inputTokens += outcome.usage.inputTokens;
        totals.outputTokens += outcome.usage.outputTokens;
        if (!outcome.ok)
          return void (await write(
            encodeAiStreamEvent({ type: 'error', failure: outcome.failure }),
          ));
        if (step === 'tailor') tailored = outcome.text;
        await write(frame('step', { step, result: outcome.text }));
      }
      await write(
        encodeAiStreamEvent({
          type: 'usage',
          usage: { ...totals, finishReason: 'stop' },
        }),
      );
    });
  });

  return app;
}
