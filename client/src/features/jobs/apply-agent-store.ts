// The Premium "apply to this job" agent on a job page: which step is running, what each produced.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { runApplyAgent } from '@career-copilot/shared/ai/agents/apply-client';
import type { ApplyStep } from '@career-copilot/shared/ai/agents/apply';
import type { AiFailure } from '@career-copilot/shared/ai/failures';
import { TailorOutputSchema } from '@career-copilot/shared/ai/tasks/tailor/v1';
import type { JobRecord } from '@career-copilot/shared/job/model';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';
import type { Suggestion } from '@career-copilot/shared/tailor/suggestions';
import { browserEnvironment } from '../../llm/registry';
import { todayIso } from './match-store';
import { offerTailoring } from './tailor-store';

type AgentState = {
  readonly jobId: string | undefined;
  readonly running: boolean;
  readonly current: ApplyStep | undefined;
  /** Model steps: their text (as it streams); model-free steps: a one-line summary. */
  readonly results: Partial<Record<ApplyStep, string>>;
  readonly failure: AiFailure | undefined;
  readonly usage: { inputTokens: number; outputTokens: number } | undefined;
};

const initial: AgentState = {
  jobId: undefined,
  running: false,
  current: undefined,
  results: {},
  failure: undefined,
  usage: undefined,
};

export const applyAgentStore = createStore<AgentState>()(() => initial);
export const useApplyAgent = <T>(select: (s: AgentState) => T) => useStore(applyAgentStore, select);

let controller: AbortController | undefined;

/** Steps that answer in JSON show progress while they stream, and their result when done. */
const JSON_STEPS: ReadonlySet<ApplyStep> = new Set(['tailor', 'interview_questions']);

function summarise(step: ApplyStep, result: unknown): string {
  if (step === 'structure_job') {
    const j = result as {
      job?: { title?: string; company?: string };
      details?: { requiredSkills?: string[] };
    };
    const title = [j.job?.title, j.job?.company].filter(Boolean).join(' at ') || 'The job';
    return `${title}: ${(j.details?.requiredSkills ?? []).length} required skills read.`;
  }
  if (step === 'match') {
    const m = result as { score?: number; missing?: Array<{ requirement: string }> };
    const missing = (m.missing ?? []).map((t) => t.requirement);
    return `Match score ${m.score ?? '?'} / 100.${missing.length ? ` Not shown yet: ${missing.slice(0, 8).join(', ')}.` : ''}`;
  }
  if (step === 'tailor') {
    const t = result as { suggestions?: Suggestion[] };
    const lines = (t.suggestions ?? []).map((s) => {
      const flagged = s.flags.length
        ? ` (check: ${s.flags.map((f) => f.text).join(', ')} is not in your resume)`
        : '';
      switch (s.kind) {
        case 'summary':
        case 'rewrite':
          return `• ${s.where}: ${s.after}${flagged}`;
        case 'skills-order':
          return `• Skills first: ${s.order.slice(0, 6).join(', ')}`;
        default:
          return `• Move ${s.section} up: ${s.reason}`;
      }
    });
    return lines.length
      ? `${lines.join('\n')}\nThey are ready for review in “Tailor your resume” above.`
      : 'No changes suggested.';
  }
  if (step === 'interview_questions') {
    const questions = result as Array<{ question: string }>;
    return questions.map((q) => `• ${q.question}`).join('\n');
  }
  return typeof result === 'string' ? result : JSON.stringify(result);
}

export async function runAgent(job: JobRecord, base: ResumeRecord): Promise<void> {
  controller?.abort();
  const own = new AbortController();
  controller = own;
  applyAgentStore.setState({ ...initial, jobId: job.id, running: true });
  const env = browserEnvironment();
  const events = runApplyAgent(
    env.serverTransport,
    env.serverBaseUrl,
    { resume: base.resume, posting: job.sourceText, today: todayIso() },
    own.signal,
  );
  const partial: Partial<Record<ApplyStep, string>> = {};
  for await (const event of events) {
    if (controller !== own) return;
    const { results } = applyAgentStore.getState();
    if (event.type === 'delta') {
      const sofar = (partial[event.step] ?? '') + event.text;
      partial[event.step] = sofar;
      applyAgentStore.setState({
        current: event.step,
        results: {
          ...results,
          [event.step]: JSON_STEPS.has(event.step)
            ? `Working… ${sofar.length.toLocaleString('en-US')} characters so far`
            : sofar,
        },
      });
    } else if (event.type === 'step') {
      applyAgentStore.setState({
        results: { ...results, [event.step]: summarise(event.step, event.result) },
      });
      if (event.step === 'tailor') {
        const output = TailorOutputSchema.safeParse((event.result as { output?: unknown }).output);
        if (output.success) await offerTailoring(job, base, output.data);
      }
    } else if (event.type === 'done') {
      applyAgentStore.setState({ running: false, current: undefined, usage: event });
    } else {
      applyAgentStore.setState({ running: false, current: undefined, failure: event.failure });
    }
  }
}

export function stopAgent(): void {
  controller?.abort();
}
