// Cover letter prompt, version 1: the messages for a streamed letter and the check its answer must pass.
import { z } from 'zod';
import type { JobRecord } from '../../../job/model';
import { err, ok, type Result } from '../../../lib/result';
import { describeZodIssue } from '../../../lib/versioned';
import { LENGTH_WORDS, MAX_LETTER_CHARS, type LetterOptions } from '../../../letters/model';
import type { Resume } from '../../../resume/model';
import type { ChatMessage } from '../../contract';

export const COVER_LETTER_PROMPT_VERSION = 1;

const TONE_GUIDE: Readonly<Record<LetterOptions['tone'], string>> = {
  professional: 'professional and direct: plain sentences, no flattery, no clichés',
  warm: 'warm and personable, while staying businesslike',
  enthusiastic: 'enthusiastic and energetic, without exclamation marks or hype words',
};

/** A finished letter: plain text, a greeting to a sign-off, within bounds. */
export const CoverLetterAnswerSchema = z
  .string()
  .min(250, 'the letter is too short to be a cover letter')
  .max(MAX_LETTER_CHARS, 'the letter is far too long')
  .refine((t) => !/^\s*[{[]/.test(t), 'the answer is JSON, not a letter')
  .refine(
    (t) => t.split(/\n\s*\n/).length >= 3,
    'the letter needs paragraphs separated by blank lines',
  );

/** The resume as the model sees it: the facts it may use, nothing it may not (no contact details). */
function resumeFacts(resume: Resume): unknown {
  return {
    name: resume.basics?.name,
    headline: resume.basics?.label,
    summary: resume.basics?.summary,
    work: (resume.work ?? []).map((w) => ({
      employer: w.name,
      position: w.position,
      startDate: w.startDate,
      endDate: w.endDate ?? 'present',
      highlights: w.highlights,
    })),
    education: (resume.education ?? []).map((e) => ({
      institution: e.institution,
      studyType: e.studyType,
      area: e.area,
      endDate: e.endDate,
    })),
    skills: (resume.skills ?? []).map((s) =>
      [s.name, ...(s.keywords ?? [])].filter(Boolean).join(': '),
    ),
    projects: (resume.projects ?? []).map((p) => ({ name: p.name, highlights: p.highlights })),
    certificates: (resume.certificates ?? []).map((c) => c.name),
  };
}

export type CoverLetterPromptInput = {
  readonly resume: Resume;
  readonly job: JobRecord;
  readonly options: LetterOptions;
  /** What the user added about themselves; facts the model may use besides the resume. */
  readonly notes?: string;
};

export function buildCoverLetterMessages(input: CoverLetterPromptInput): ChatMessage[] {
  const { job, options } = input;
  const words = LENGTH_WORDS[options.length];
  const lead = options.leadAchievements.length
    ? `Lead with these achievements from the resume, in this order, keeping their facts exactly:\n${options.leadAchievements.map((a) => `- ${a}`).join('\n')}`
    : 'Lead with the one or two achievements from the resume most relevant to the job.';
  const system = [
    'You write cover letters for job applicants.',
    'Use only facts stated in the RESUME, the NOTES and the JOB. Never invent an employer, title, date, degree, number, metric, skill or tool. If the resume does not show a requirement, do not claim it; you may say you are keen to learn it.',
    `Tone: ${TONE_GUIDE[options.tone]}.`,
    `Length: ${words.min}–${words.max} words in the body.`,
    'Format: plain text. A greeting line, three or four paragraphs separated by blank lines, a sign-off line and the applicant’s name. No subject line, no address block, no markdown, no placeholders in brackets, no commentary before or after the letter.',
  ].join('\n');
  const user = [
    `JOB:\n${JSON.stringify({
      title: job.job.title,
      company: job.job.company,
      location: job.job.location,
      responsibilities: job.job.responsibilities,
      requiredSkills: job.details.requiredSkills,
      preferredSkills: job.details.preferredSkills,
      requiredQualifications: job.details.requiredQualifications,
    })}`,
    `RESUME:\n${JSON.stringify(resumeFacts(input.resume))}`,
    input.notes?.trim() ? `NOTES:\n${input.notes.trim()}` : '',
    lead,
    'Write the letter now.',
  ]
    .filter(Boolean)
    .join('\n\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/** Strips what models wrap letters in ("Here is your cover letter:", code fences, think blocks). */
export function cleanLetterText(text: string): string {
  return text
    .replace(/<think>[\s\S]*?<\/think>/g, '')
    .replace(/^\s*```[a-z]*\s*\n?/i, '')
    .replace(/\n?\s*```\s*$/, '')
    .replace(/^\s*(?:sure[,!.]?\s*)?here(?:'s| is)[^\n]*(?:cover )?letter[^\n]*:\s*\n+/i, '')
    .replace(/\r\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The finished answer as a letter, or what is wrong with it (shown to the user, who may keep editing). */
export function readCoverLetterAnswer(text: string): Result<string, string> {
  const cleaned = cleanLetterText(text);
  const checked = CoverLetterAnswerSchema.safeParse(cleaned);
  return checked.success ? ok(checked.data) : err(describeZodIssue(checked.error));
}
