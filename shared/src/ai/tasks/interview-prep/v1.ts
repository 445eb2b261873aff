// Interview prep prompts, version 1: the question bank with STAR drafts, and feedback on a practice answer.
import { z } from 'zod';
import type { JobRecord } from '../../../job/model';
import type { Achievement } from '../../../letters/achievements';
import {
  PracticeFeedbackSchema,
  QUESTION_GROUPS,
  StarDraftSchema,
  type PrepQuestion,
} from '../../../prep/model';
import type { ChatMessage } from '../../contract';

export const INTERVIEW_PREP_PROMPT_VERSION = 1;

/** What the model returns for the question bank; ids are added by the app. */
export const PrepAnswerSchema = z.object({
  questions: z
    .array(
      z.object({
        group: z.enum(QUESTION_GROUPS),
        question: z.string().trim().min(5).max(600),
        why: z.string().trim().max(600).optional(),
        requirement: z.string().max(600).optional(),
        star: StarDraftSchema.optional(),
        basedOn: z.string().max(600).optional(),
      }),
    )
    .min(4)
    .max(40),
});
export type PrepAnswer = z.infer<typeof PrepAnswerSchema>;

export type PrepPromptInput = {
  readonly job: JobRecord;
  readonly achievements: readonly Achievement[];
  /** Gap and date findings from the resume checks, as sentences. */
  readonly gaps: readonly string[];
  readonly roles: ReadonlyArray<{
    position?: string;
    employer?: string;
    start?: string;
    end?: string;
  }>;
};

export function buildPrepMessages(input: PrepPromptInput): ChatMessage[] {
  const system = [
    'You prepare job applicants for interviews.',
    'Write questions in four groups: "behavioural" (from the job’s responsibilities), "technical" (role-specific, from its required skills and qualifications), "gaps" (about the gaps and changes listed, one each), and "toAsk" (questions the applicant asks the employer, no STAR).',
    'For every behavioural and technical question give a STAR draft (situation, task, action, result) built on ONE bullet from ACHIEVEMENTS, and put that bullet verbatim in "basedOn". Use only facts in that bullet and its role; where a fact is missing, tell the applicant what to add instead of inventing it.',
    'Put the job requirement a question tests in "requirement", as the job states it.',
  ].join('\n');
  const user = [
    `JOB:\n${JSON.stringify({
      title: input.job.job.title,
      company: input.job.job.company,
      responsibilities: input.job.job.responsibilities,
      requiredSkills: input.job.details.requiredSkills,
      requiredQualifications: input.job.details.requiredQualifications,
    })}`,
    `ROLES:\n${JSON.stringify(input.roles)}`,
    `ACHIEVEMENTS:\n${input.achievements.map((a) => `- ${a.text} (${a.where})`).join('\n')}`,
    `GAPS AND CHANGES:\n${input.gaps.length ? input.gaps.map((g) => `- ${g}`).join('\n') : '- none'}`,
  ].join('\n\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/** Ids for the model's questions, and drafts on bullets the resume does not have are dropped. */
export function questionsFromAnswer(
  answer: PrepAnswer,
  achievements: readonly Achievement[],
): PrepQuestion[] {
  const bullets = new Set(achievements.map((a) => a.text));
  return answer.questions.map((q, i) => {
    const grounded = q.basedOn !== undefined && bullets.has(q.basedOn.trim());
    const { star, basedOn, ...rest } = q;
    return {
      id: `${q.group}-${i + 1}`,
      ...rest,
      ...(grounded && star && basedOn ? { star, basedOn: basedOn.trim() } : {}),
    };
  });
}

export { PracticeFeedbackSchema };

export function buildPracticeFeedbackMessages(input: {
  readonly question: PrepQuestion;
  readonly answer: string;
  readonly job: JobRecord;
}): ChatMessage[] {
  const system = [
    'You are an interview coach. Judge the applicant’s answer against the STAR structure (situation, task, action, result) and the job’s requirements.',
    'Mark each STAR part true only if the answer clearly has it. List the job requirements (as the job states them) the answer demonstrates. Give up to three specific strengths and up to three specific improvements, quoting the answer where useful. Score 1 (start again) to 5 (ready).',
  ].join('\n');
  const user = [
    `JOB REQUIREMENTS:\n${JSON.stringify([
      ...input.job.details.requiredSkills,
      ...input.job.details.requiredQualifications,
    ])}`,
    `QUESTION:\n${input.question.question}`,
    input.question.requirement ? `IT TESTS:\n${input.question.requirement}` : '',
    `ANSWER:\n${input.answer}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
