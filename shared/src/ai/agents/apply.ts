// The "apply to this job" agent: its steps, its request and stream contract, and the prompts of its
// model steps (tailor, cover letter, interview questions). Job structuring and matching need no model.
import { z } from 'zod';
import type { Job } from '../../job/model';
import type { MatchAnalysis } from '../../match/analysis-model';
import { MAX_POSTING_CHARS } from '../../match/posting-input';
import { ResumeSchema, type Resume } from '../../resume/model';
import type { ChatMessage } from '../contract';

export const ApplyStep = {
  StructureJob: 'structure_job',
  Match: 'match',
  Tailor: 'tailor',
  CoverLetter: 'cover_letter',
  InterviewQuestions: 'interview_questions',
} as const;
export type ApplyStep = (typeof ApplyStep)[keyof typeof ApplyStep];
export const APPLY_STEPS = Object.values(ApplyStep) as [ApplyStep, ...ApplyStep[]];
export const APPLY_MODEL_STEPS = [
  ApplyStep.Tailor,
  ApplyStep.CoverLetter,
  ApplyStep.InterviewQuestions,
] as const;
export type ApplyModelStep = (typeof APPLY_MODEL_STEPS)[number];

export const APPLY_STEP_LABELS: Readonly<Record<ApplyStep, string>> = {
  structure_job: 'Reading the job posting',
  match: 'Matching your resume',
  tailor: 'Tailoring your resume',
  cover_letter: 'Writing a cover letter',
  interview_questions: 'Preparing interview questions',
};

export const ApplyAgentRequestSchema = z.object({
  resume: ResumeSchema,
  /** The posting as pasted, or a JSON Resume job document. */
  posting: z.string().min(1).max(MAX_POSTING_CHARS),
  /** Today as an ISO date, from the user's device (its time zone decides what "today" is). */
  today: z.iso.date(),
});
export type ApplyAgentRequest = z.infer<typeof ApplyAgentRequestSchema>;

/** `event: step` — one step finished; model steps also stream `event: delta` with their step name. */
export const ApplyStepEventSchema = z.object({
  step: z.enum(APPLY_STEPS),
  /** Model-free steps: their structured result; model steps: the whole text. */
  result: z.unknown(),
});
export const ApplyDeltaEventSchema = z.object({ step: z.enum(APPLY_STEPS), text: z.string() });

const SYSTEM =
  'You are Career Copilot, a careful career coach. Use only facts from the resume; never invent employers, dates, degrees, numbers or skills. Write plain text without Markdown headings.';

function resumeText(resume: Resume): string {
  // The model reads the resume as JSON: compact, complete, and unambiguous about what is what.
  return JSON.stringify(resume);
}

function jobText(job: Job, posting: string): string {
  const head = [job.title, job.company].filter(Boolean).join(' at ');
  return `${head ? `${head}\n\n` : ''}${posting.slice(0, 20_000)}`;
}

/** The messages for one model step, with what the earlier steps found. */
export function applyStepMessages(
  step: ApplyModelStep,
  input: { resume: Resume; posting: string; job: Job; match: MatchAnalysis; tailored?: string },
): ChatMessage[] {
  const missing = input.match.missing.map((t) => t.requirement).slice(0, 15);
  const matched = input.match.matched.map((t) => t.matchedLabel ?? t.requirement).slice(0, 20);
  const facts = `Match score: ${input.match.score}/100. Shown in the resume: ${matched.join(', ') || 'none'}. Not shown: ${missing.join(', ') || 'none'}.`;
  const context = `JOB POSTING:\n${jobText(input.job, input.posting)}\n\nRESUME (JSON Resume):\n${resumeText(input.resume)}\n\n${facts}`;
  const task =
    step === 'tailor'
      ? 'Tailor the resume to this job: write a new 2–3 sentence summary, then up to 6 rewritten bullet points (each naming the role it belongs to) that bring forward the experience this job asks for. Mention a missing requirement only where the resume truly supports it, and list the ones it does not under "Gaps to address honestly".'
      : step === 'cover_letter'
        ? `Write a cover letter of at most 300 words for this job, in the first person, from the candidate. Concrete, warm, no clichés; end with a short call to action.${input.tailored ? `\n\nThe tailored resume points to build on:\n${input.tailored}` : ''}`
        : 'Write 8 interview questions this employer is likely to ask this candidate, mixing technical, behavioural and gap-probing ones. After each, one line on how this candidate could answer from their actual experience.';
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: `${context}\n\nTASK: ${task}` },
  ];
}
