// Interview questions without a model: drawn from the job's structured requirements and the resume's own record.
import type { JobRecord } from '../job/model';
import { listAchievements } from '../letters/achievements';
import { checkGaps } from '../match/checks-dates';
import { rolesByRecency } from '../match/career';
import { ACTION_VERB_STEMS } from '../match/action-verbs';
import { stem, tokenize } from '../match/tokens';
import type { IsoDate } from '../lib/dates';
import { monthsBetween } from '../lib/dates';
import type { Resume } from '../resume/model';
import { QuestionGroup, type PrepQuestion } from './model';
import { bestAchievementFor, starFromAchievement } from './star';

export type QuestionBankInput = {
  readonly job: JobRecord;
  readonly resume: Resume;
  /** The user's today, as an ISO date; gaps are measured up to it. */
  readonly today: IsoDate;
};

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

function trimEnd(text: string): string {
  return text.trim().replace(/[.;,:\s]+$/, '');
}

function startsWithVerb(text: string): boolean {
  const first = tokenize(text)[0];
  return first !== undefined && first.start === 0 && ACTION_VERB_STEMS.has(stem(first.lower));
}

const GENERIC_BEHAVIOURAL: ReadonlyArray<{ question: string; why: string; aim: string }> = [
  {
    question: 'Tell me about a time you disagreed with a colleague. What did you do?',
    why: 'Tests how you handle conflict: listen, decide on evidence, keep the relationship.',
    aim: 'settle a disagreement and keep the work moving',
  },
  {
    question: 'Tell me about a project that did not go as planned. What did you learn?',
    why: 'Tests ownership and learning: what went wrong, your part, what you changed after.',
    aim: 'recover a project that had gone off course',
  },
];

/**
 * The question bank for a job and a resume, in four groups: role-specific questions from each
 * required skill and qualification, behavioural ones from the job's responsibilities, questions
 * about the resume's gaps, short roles and change of direction, and questions to ask the employer.
 * Every STAR draft is built on the resume bullet that best matches the question.
 */
export function buildQuestionBank({ job, resume, today }: QuestionBankInput): PrepQuestion[] {
  const achievements = listAchievements(resume, job);
  const questions: PrepQuestion[] = [];
  const add = (q: Omit<PrepQuestion, 'id'>) =>
    questions.push({ id: `${q.group}-${questions.length + 1}`, ...q });
  const withDraft = (topic: string, aim: string) => {
    const a = bestAchievementFor(topic, achievements) ?? achievements[0];
    return a ? { star: starFromAchievement(a, aim), basedOn: a.text } : {};
  };

  for (const skill of job.details.requiredSkills.slice(0, 5)) {
    add({
      group: QuestionGroup.Technical,
      question: `How have you used ${skill} in your work? Walk me through a recent example.`,
      why: `The posting lists ${skill} as required; expect follow-ups on depth and trade-offs.`,
      requirement: skill,
      ...withDraft(skill, `deliver work that depended on ${skill}`),
    });
  }
  for (const qualification of job.details.requiredQualifications.slice(0, 3)) {
    add({
      group: QuestionGroup.Technical,
      question: `The role asks for “${trimEnd(qualification)}”. What in your background shows it?`,
      why: 'They will check each stated requirement; answer with one concrete example.',
      requirement: qualification,
      ...withDraft(qualification, lowerFirst(trimEnd(qualification))),
    });
  }

  for (const responsibility of (job.job.responsibilities ?? []).slice(0, 4)) {
    const task = trimEnd(responsibility);
    const question = startsWithVerb(task)
      ? `Tell me about a time you had to ${lowerFirst(task)}.`
      : `Tell me about your experience with this part of the role: “${task}”.`;
    add({
      group: QuestionGroup.Behavioural,
      question,
      why: 'This is part of the job; they want evidence you have done it before.',
      requirement: responsibility,
      ...withDraft(task, startsWithVerb(task) ? lowerFirst(task) : `handle ${lowerFirst(task)}`),
    });
  }
  for (const generic of GENERIC_BEHAVIOURAL) {
    add({
      group: QuestionGroup.Behavioural,
      question: generic.question,
      why: generic.why,
      ...withDraft(generic.question, generic.aim),
    });
  }

  for (const finding of checkGaps(resume, today).findings) {
    add({
      group: QuestionGroup.Gaps,
      question: `I see ${finding.text}. What were you doing in that time?`,
      why: 'Answer in two or three sentences, truthfully, and end on what you are ready for now.',
    });
  }
  for (const role of resume.work ?? []) {
    if (!role.startDate || !role.endDate) continue;
    const months = monthsBetween(role.startDate, role.endDate, today);
    if (months > 0 && months < 12) {
      add({
        group: QuestionGroup.Gaps,
        question: `You were at ${role.name ?? 'one employer'} for ${months} month${months === 1 ? '' : 's'}. Why did you move on?`,
        why: 'Short stays raise the question of fit; give the reason without blaming anyone.',
      });
    }
  }
  const latest = rolesByRecency(resume)[0];
  const jobTitle = job.job.title?.trim();
  if (latest?.position && jobTitle) {
    const shared = tokenize(latest.position).some((t) =>
      tokenize(jobTitle).some((u) => u.stem === t.stem && t.stem.length > 2),
    );
    if (!shared) {
      add({
        group: QuestionGroup.Gaps,
        question: `You are a ${latest.position} now. Why the move to ${jobTitle}?`,
        why: 'A change of direction needs a story: what draws you, and what carries over.',
      });
    }
  }

  const company = job.job.company?.trim() || 'the company';
  const title = jobTitle || 'this role';
  const firstSkill = job.details.requiredSkills[0];
  const firstTask = job.job.responsibilities?.[0];
  const toAsk = [
    `What would success look like in the first 90 days for the ${title}?`,
    firstTask
      ? `How does the team approach “${trimEnd(firstTask)}” today, and what would you like to change?`
      : `What is the team working on now, and what would you like to change?`,
    firstSkill
      ? `Where does ${firstSkill} cause the team the most trouble at the moment?`
      : `What is the hardest problem the team faces at the moment?`,
    `How is the team at ${company} organised, and who would I work with most closely?`,
    'What are the next steps in the process?',
  ];
  for (const question of toAsk) add({ group: QuestionGroup.ToAsk, question });
  return questions;
}
