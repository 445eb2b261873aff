// Interview questions without a model: drawn from the job's structured requirements and the resume's own record.
import type { JobRecord } from '../job/model';
import { listAchievements } from '../letters/achievements';
import { checkGaps } from '../match/checks-dates';
import { rolesByRecency } from '../match/career';
import { isCommonNounPhrase, startsWithVerb, taskFrom } from '../letters/template-letter';
import { isSoftSkill } from '../match/skills-vocabulary';
import { skillMatcher } from '../match/term-matcher';
import { tokenize } from '../match/tokens';
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
  // A draft only on a bullet that is about the question; a generic question may use the strongest bullet.
  const withDraft = (topic: string, aim: string, fallback = false) => {
    const a = bestAchievementFor(topic, achievements) ?? (fallback ? achievements[0] : undefined);
    return a ? { star: starFromAchievement(a, aim), basedOn: a.text } : {};
  };
  const noExample = (what: string) =>
    ` Your resume shows no example of ${what}; if you have one, prepare it, and if not, say how you would learn it.`;

  const matcher = skillMatcher();
  const isSoft = (skill: string) => {
    const ids = matcher.find(skill).flatMap((h) => h.termIds);
    return ids.length > 0 && ids.every((id) => isSoftSkill(id));
  };
  const softSkills = job.details.requiredSkills.filter(isSoft);
  for (const skill of job.details.requiredSkills.filter((s) => !isSoft(s)).slice(0, 5)) {
    const named = isCommonNounPhrase(skill) ? lowerFirst(skill) : skill;
    const draft = withDraft(skill, `deliver work that depended on ${named}`);
    add({
      group: QuestionGroup.Technical,
      question: `How have you used ${named} in your work? Walk me through a recent example.`,
      why: `The posting lists ${named} as required; expect follow-ups on depth and trade-offs.${draft.star ? '' : noExample(named)}`,
      requirement: skill,
      ...draft,
    });
  }
  for (const qualification of job.details.requiredQualifications.slice(0, 3)) {
    const draft = withDraft(qualification, `show ${lowerFirst(trimEnd(qualification))}`);
    add({
      group: QuestionGroup.Technical,
      question: `The role asks for “${trimEnd(qualification)}”. What in your background shows it?`,
      why: `They will check each stated requirement; answer with one concrete example.${draft.star ? '' : noExample('this')}`,
      requirement: qualification,
      ...draft,
    });
  }

  // Responsibilities that read as tasks; statements about the team ("Our stack runs on AWS") are not questions.
  const tasks = (job.job.responsibilities ?? [])
    .map((r) => ({ responsibility: r, task: taskFrom(r) }))
    .filter((t) => startsWithVerb(t.task))
    .slice(0, 4);
  for (const { responsibility, task } of tasks) {
    add({
      group: QuestionGroup.Behavioural,
      question: `Tell me about a time you had to ${lowerFirst(task)}.`,
      requirement: responsibility,
      ...withDraft(task, lowerFirst(task)),
      why: 'This is part of the job; they want evidence you have done it before.',
    });
  }
  for (const skill of softSkills.slice(0, 2)) {
    add({
      group: QuestionGroup.Behavioural,
      question: `Give me an example that shows your ${lowerFirst(skill)} skills.`,
      why: `The posting asks for ${lowerFirst(skill)}; show it with one story rather than claim it.`,
      requirement: skill,
      ...withDraft(skill, `rely on ${lowerFirst(skill)} to get a result`, true),
    });
  }
  for (const generic of GENERIC_BEHAVIOURAL) {
    add({
      group: QuestionGroup.Behavioural,
      question: generic.question,
      why: generic.why,
      ...withDraft(generic.question, generic.aim, true),
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
  const firstSkill = job.details.requiredSkills.find((s) => !isSoft(s));
  const firstTask = job.job.responsibilities?.[0];
  const toAsk = [
    `What would success look like in the first 90 days for the ${title}?`,
    firstTask
      ? `How does the team approach “${taskFrom(firstTask)}” today, and what would you like to change?`
      : `What is the team working on now, and what would you like to change?`,
    firstSkill && !isSoft(firstSkill)
      ? `Where does ${isCommonNounPhrase(firstSkill) ? lowerFirst(firstSkill) : firstSkill} cause the team the most trouble at the moment?`
      : `What is the hardest problem the team faces at the moment?`,
    `How is the team at ${company} organised, and who would I work with most closely?`,
    'What are the next steps in the process?',
  ];
  for (const question of toAsk) add({ group: QuestionGroup.ToAsk, question });
  return questions;
}

/**
 * A model's questions, with any group it left empty filled from the rule-built bank (a model often
 * skips the gaps in a resume or the questions to ask), ids kept unique.
 */
export function completeWithBank(
  fromModel: readonly PrepQuestion[],
  bank: readonly PrepQuestion[],
): PrepQuestion[] {
  const present = new Set(fromModel.map((q) => q.group));
  const missing = bank.filter((q) => !present.has(q.group));
  return [...fromModel, ...missing].map((q, i) => ({ ...q, id: `${q.group}-${i + 1}` }));
}
