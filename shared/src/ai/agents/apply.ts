// The "apply to this job" agent: its steps and its request and stream contract. Job structuring and
// matching need no model; tailoring, the cover letter and interview questions use the task prompts.
import { z } from 'zod';
import { MAX_POSTING_CHARS } from '../../match/posting-input';
import { ResumeSchema } from '../../resume/model';

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
