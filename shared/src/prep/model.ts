// The InterviewPrep model: an application's question bank with STAR drafts, and the practice answers given.
import { z } from 'zod';
import { upgradeRecord, type RecordDefinition } from '../lib/versioned';

export const QuestionGroup = {
  Behavioural: 'behavioural',
  Technical: 'technical',
  Gaps: 'gaps',
  ToAsk: 'toAsk',
} as const;
export type QuestionGroup = (typeof QuestionGroup)[keyof typeof QuestionGroup];
export const QUESTION_GROUPS = Object.values(QuestionGroup) as [QuestionGroup, ...QuestionGroup[]];

export const QUESTION_GROUP_LABELS: Readonly<Record<QuestionGroup, string>> = {
  behavioural: 'Behavioural',
  technical: 'Role-specific',
  gaps: 'About gaps and changes',
  toAsk: 'Questions to ask them',
};

const short = z.string().trim().max(2000);

export const StarDraftSchema = z.object({
  situation: short,
  task: short,
  action: short,
  result: short,
});
export type StarDraft = z.infer<typeof StarDraftSchema>;

export const PrepQuestionSchema = z.object({
  id: z.string().min(1),
  group: z.enum(QUESTION_GROUPS),
  question: z.string().trim().min(5).max(600),
  /** Why an interviewer asks it, or what it tests. */
  why: z.string().trim().max(600).optional(),
  /** The requirement of the job it is about, as the posting says it. */
  requirement: z.string().max(600).optional(),
  /** A STAR answer grounded in the resume (absent for questions to ask them). */
  star: StarDraftSchema.optional(),
  /** The resume bullet the draft is built on, as printed. */
  basedOn: z.string().max(600).optional(),
});
export type PrepQuestion = z.infer<typeof PrepQuestionSchema>;

export const StarPart = {
  Situation: 'situation',
  Task: 'task',
  Action: 'action',
  Result: 'result',
} as const;
export type StarPart = (typeof StarPart)[keyof typeof StarPart];
export const STAR_PARTS = Object.values(StarPart) as [StarPart, ...StarPart[]];

export const PracticeFeedbackSchema = z.object({
  /** Which STAR parts the answer has. */
  star: z.object({
    situation: z.boolean(),
    task: z.boolean(),
    action: z.boolean(),
    result: z.boolean(),
  }),
  /** Requirements of the job the answer speaks to, as the posting says them. */
  requirementsCovered: z.array(z.string().max(600)).max(20),
  strengths: z.array(z.string().trim().min(1).max(400)).max(6),
  improvements: z.array(z.string().trim().min(1).max(400)).max(6),
  /** 1 (start again) to 5 (ready). */
  score: z.number().int().min(1).max(5),
});
export type PracticeFeedback = z.infer<typeof PracticeFeedbackSchema>;

export const PracticeAttemptSchema = z.object({
  id: z.string().min(1),
  questionId: z.string().min(1),
  answer: z.string().max(10_000),
  at: z.iso.datetime(),
  feedback: PracticeFeedbackSchema,
  /** Who judged it: the user's model, or the built-in STAR and requirements check. */
  by: z.enum(['model', 'rules']),
});
export type PracticeAttempt = z.infer<typeof PracticeAttemptSchema>;

export const INTERVIEW_PREP_RECORD_VERSION = 1;

export const InterviewPrepRecordSchema = z.object({
  id: z.string().min(1),
  schemaVersion: z.literal(INTERVIEW_PREP_RECORD_VERSION),
  applicationId: z.string().min(1),
  jobId: z.string().min(1),
  resumeId: z.string().optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Who wrote the questions: the user's model, or the bank drawn from the job's requirements. */
  source: z.enum(['model', 'rules']),
  model: z.string().max(200).optional(),
  questions: z.array(PrepQuestionSchema).max(80),
  attempts: z.array(PracticeAttemptSchema).max(500),
});
export type InterviewPrepRecord = z.infer<typeof InterviewPrepRecordSchema>;

export const interviewPrepRecordDefinition: RecordDefinition<InterviewPrepRecord> = {
  kind: 'interview preparation',
  currentVersion: INTERVIEW_PREP_RECORD_VERSION,
  schema: InterviewPrepRecordSchema,
  migrations: {},
};

export function upgradeInterviewPrepRecord(raw: unknown) {
  return upgradeRecord(interviewPrepRecordDefinition, raw);
}
