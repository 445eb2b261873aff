// The "apply to this job" pipeline on the server: the model-free steps from shared/match, the model
// steps with the same prompts, schemas and guards the app uses on the device (tailor/v1 with the
// invention guard, cover-letter/v1, interview-prep/v1 completed from the question bank). Every model
// call goes through the charged upstream: its allowance taken first, its tokens charged after.
import type { ApplyAgentRequest, ApplyStep } from '@career-copilot/shared/ai/agents/apply';
import {
  AvailabilityStatus,
  type ChatEvent,
  type ChatRequest,
  type ModelProvider,
} from '@career-copilot/shared/ai/contract';
import { aiFailure, type AiFailure } from '@career-copilot/shared/ai/failures';
import { generateObject } from '@career-copilot/shared/ai/generate-object';
import {
  buildCoverLetterMessages,
  readCoverLetterAnswer,
} from '@career-copilot/shared/ai/tasks/cover-letter/v1';
import {
  buildPrepMessages,
  PrepAnswerSchema,
  questionsFromAnswer,
} from '@career-copilot/shared/ai/tasks/interview-prep/v1';
import {
  buildTailorMessages,
  TAILOR_SCHEMA_NAME,
  TailorOutputSchema,
} from '@career-copilot/shared/ai/tasks/tailor/v1';
import { TASKS } from '@career-copilot/shared/ai/tasks';
import type { Usage } from '@career-copilot/shared/ai/contract';
import { JOB_RECORD_VERSION, type JobRecord } from '@career-copilot/shared/job/model';
import { listAchievements } from '@career-copilot/shared/letters/achievements';
import { DEFAULT_LETTER_OPTIONS } from '@career-copilot/shared/letters/model';
import { analyseMatch } from '@career-copilot/shared/match/analyse-match';
import { checkGaps } from '@career-copilot/shared/match/checks-dates';
import type { StructuredJob } from '@career-copilot/shared/match/structure-job';
import { buildQuestionBank, completeWithBank } from '@career-copilot/shared/prep/question-bank';
import { reviewTailoring } from '@career-copilot/shared/tailor/suggestions';
import { ok } from '@career-copilot/shared/lib/result';
import type { OfferedModel } from '../infra/llm-upstream';
import { runChargedChat, type ChargedChatDeps } from './ai-chat';

export type AgentEmit = {
  readonly step: (step: ApplyStep, result: unknown) => Promise<void>;
  readonly delta: (step: ApplyStep, text: string) => Promise<void>;
};

export type AgentRun = {
  readonly deps: ChargedChatDeps;
  readonly userId: string;
  readonly plan: 'free' | 'pro' | 'premium';
  readonly model: OfferedModel;
  readonly signal: AbortSignal;
  /** Takes one request from the allowance; a failure the stream reports when it is used up. */
  readonly reserve: () => Promise<AiFailure | undefined>;
  readonly now: Date;
};

/**
 * A provider over the charged upstream, so shared generateObject (schema, repair, one retry) runs
 * here exactly as on the device; each attempt is one request from the allowance.
 */
function chargedProvider(run: AgentRun, onDelta: (text: string) => Promise<void>): ModelProvider {
  return {
    id: 'server',
    label: 'Career Copilot server',
    listModels: () => Promise.resolve(ok([{ id: run.model.id, label: run.model.label }])),
    checkAvailability: () =>
      Promise.resolve({
        status: AvailabilityStatus.Ready,
        message: `${run.model.label} is ready.`,
      }),
    async *streamChat(request: ChatRequest): AsyncGenerator<ChatEvent> {
      const refused = await run.reserve();
      if (refused) return yield { type: 'failed', failure: refused };
      const outcome = await runChargedChat(run.deps, {
        userId: run.userId,
        plan: run.plan,
        model: run.model,
        messages: request.messages,
        signal: run.signal,
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
        ...(request.maxOutputTokens !== undefined
          ? { maxOutputTokens: request.maxOutputTokens }
          : {}),
        ...(request.jsonSchema ? { jsonSchema: request.jsonSchema } : {}),
        onDelta,
      });
      if (!outcome.ok)
        return yield { type: 'failed', failure: outcome.failure, usage: outcome.usage };
      yield { type: 'delta', text: outcome.text };
      yield { type: 'done', usage: outcome.usage };
    },
  };
}

/** Runs the pipeline, emitting each step; returns the tokens used, or the failure that stopped it. */
export async function runApplyPipeline(
  run: AgentRun,
  request: ApplyAgentRequest,
  structured: StructuredJob,
  emit: AgentEmit,
): Promise<{ ok: true; usage: Usage } | { ok: false; failure: AiFailure }> {
  const at = run.now.toISOString();
  const job: JobRecord = {
    id: 'agent',
    schemaVersion: JOB_RECORD_VERSION,
    createdAt: at,
    updatedAt: at,
    sourceText: request.posting,
    job: structured.job,
    details: structured.details,
  };
  const { resume, today } = request;
  await emit.step('structure_job', { job: job.job, details: job.details, notes: structured.notes });
  const analysis = analyseMatch(resume, job, { today });
  await emit.step('match', analysis);

  const totals = { inputTokens: 0, outputTokens: 0 };
  const count = (usage: Usage) => {
    totals.inputTokens += usage.inputTokens;
    totals.outputTokens += usage.outputTokens;
  };

  const tailorProvider = chargedProvider(run, (text) => emit.delta('tailor', text));
  const tailored = await generateObject({
    provider: tailorProvider,
    model: run.model.id,
    schema: TailorOutputSchema,
    schemaName: TAILOR_SCHEMA_NAME,
    messages: buildTailorMessages({ resume, job, analysis }),
    temperature: TASKS.tailor.temperature,
    maxOutputTokens: TASKS.tailor.maxOutputTokens,
    signal: run.signal,
    onUsage: count,
  });
  if (!tailored.ok) return { ok: false, failure: tailored.error };
  // The same guard as on the device: what the model invented is flagged, not applied. The model's
  // answer goes along, so the job page can offer it for review in "Tailor your resume".
  await emit.step('tailor', {
    ...reviewTailoring(resume, tailored.value.value),
    output: tailored.value.value,
  });

  const letterProvider = chargedProvider(run, (text) => emit.delta('cover_letter', text));
  const letterEvents = letterProvider.streamChat({
    model: run.model.id,
    messages: buildCoverLetterMessages({ resume, job, options: DEFAULT_LETTER_OPTIONS }),
    temperature: TASKS.coverLetter.temperature,
    maxOutputTokens: TASKS.coverLetter.maxOutputTokens,
  });
  let letterText = '';
  for await (const event of letterEvents) {
    if (event.type === 'delta') letterText += event.text;
    else if (event.type === 'done') count(event.usage);
    else if (event.type === 'failed') {
      if (event.usage) count(event.usage);
      return { ok: false, failure: event.failure };
    }
  }
  const letter = readCoverLetterAnswer(letterText);
  if (!letter.ok) {
    return {
      ok: false,
      failure: aiFailure('bad_response', {
        provider: 'Career Copilot server',
        detail: letter.error,
      }),
    };
  }
  await emit.step('cover_letter', letter.value);

  const achievements = listAchievements(resume, job).slice(0, 20);
  const prepProvider = chargedProvider(run, (text) => emit.delta('interview_questions', text));
  const prep = await generateObject({
    provider: prepProvider,
    model: run.model.id,
    schema: PrepAnswerSchema,
    schemaName: 'interview_prep',
    messages: buildPrepMessages({
      job,
      achievements,
      gaps: checkGaps(resume, today).findings.map((f) => f.text),
      roles: (resume.work ?? []).map((w) => ({
        ...(w.position ? { position: w.position } : {}),
        ...(w.name ? { employer: w.name } : {}),
        ...(w.startDate ? { start: w.startDate } : {}),
        ...(w.endDate ? { end: w.endDate } : {}),
      })),
    }),
    temperature: TASKS.interviewPrep.temperature,
    maxOutputTokens: TASKS.interviewPrep.maxOutputTokens,
    signal: run.signal,
    onUsage: count,
  });
  if (!prep.ok) return { ok: false, failure: prep.error };
  const bank = buildQuestionBank({ job, resume, today });
  await emit.step(
    'interview_questions',
    completeWithBank(questionsFromAnswer(prep.value.value, achievements), bank),
  );
  return { ok: true, usage: { ...totals, finishReason: 'stop' } };
}
