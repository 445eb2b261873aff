// A cover letter without a model: the job's and the resume's own facts, set in sentences chosen by tone and length.
import type { JobRecord } from '../job/model';
import { ACTION_VERB_STEMS } from '../match/action-verbs';
import { rolesByRecency } from '../match/career';
import { extractResumeFacts } from '../match/resume-facts';
import { getSkillTerm, isSoftSkill } from '../match/skills-vocabulary';
import { skillMatcher } from '../match/term-matcher';
import { stem, tokenize } from '../match/tokens';
import type { Resume } from '../resume/model';
import { listAchievements, type Achievement } from './achievements';
import type { LetterLength, LetterOptions, LetterTone } from './model';

type Phrases = {
  readonly opening: (role: string, company: string) => string;
  readonly evidence: string;
  readonly skills: (list: string) => string;
  readonly responsibility: (task: string) => string;
  readonly closing: string;
  readonly signOff: string;
};

const PHRASES: Readonly<Record<LetterTone, Phrases>> = {
  professional: {
    opening: (role, company) => `I am writing to apply for the ${role} position at ${company}.`,
    evidence: 'A few examples from my work show what I would bring to the role.',
    skills: (list) => `Your posting asks for ${list}; each of these is part of my experience.`,
    responsibility: (task) =>
      `The chance to ${task} is a large part of what draws me to this role.`,
    closing:
      'I would welcome the opportunity to discuss how my experience fits your needs. Thank you for your time and consideration.',
    signOff: 'Sincerely,',
  },
  warm: {
    opening: (role, company) =>
      `I was glad to see the ${role} opening at ${company}, and I would like to be considered for it.`,
    evidence: 'Some of the work I am proudest of is close to what this role asks for.',
    skills: (list) => `I noticed you are looking for ${list}, all of which I have worked with.`,
    responsibility: (task) => `I would enjoy the chance to ${task} with your team.`,
    closing:
      'I would be happy to talk about how I could help your team. Thank you for reading my application.',
    signOff: 'Kind regards,',
  },
  enthusiastic: {
    opening: (role, company) => `I am excited to apply for the ${role} role at ${company}.`,
    evidence: 'Here is what I have delivered so far that I would bring with me.',
    skills: (list) => `You are looking for ${list}, and that is exactly the toolkit I work with.`,
    responsibility: (task) => `I would love to ${task}.`,
    closing:
      'I would be delighted to talk about how I can contribute from day one. Thank you for considering my application.',
    signOff: 'Best regards,',
  },
};

/** How much each length says. */
const SHAPE: Readonly<
  Record<LetterLength, { achievements: number; skills: boolean; task: boolean; study: boolean }>
> = {
  short: { achievements: 1, skills: true, task: false, study: false },
  medium: { achievements: 2, skills: true, task: true, study: false },
  long: { achievements: 3, skills: true, task: true, study: true },
};

function sentence(text: string): string {
  const trimmed = text.trim().replace(/[;,:\s]+$/, '');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Bullets start with a verb ("Led", "Helped", "Meet"); a past tense counts even when it is not in the list. */
export function startsWithVerb(text: string): boolean {
  const first = tokenize(text)[0];
  if (first === undefined || first.start !== 0) return false;
  return ACTION_VERB_STEMS.has(stem(first.lower)) || /^\p{Lu}\p{Ll}{2,}ed$/u.test(first.text);
}

/** A name typed in capitals ("MARCUS HALLOWAY") signs as "Marcus Halloway". */
function signature(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** A responsibility as a task to follow "to": no "You will", no trailing clauses past the first comma when long. */
export function taskFrom(responsibility: string): string {
  let task = responsibility
    .trim()
    .replace(/^(?:you will|you'll|you would|you are going to)\s+/i, '');
  if (task.length > 110) task = task.split(/[,;(]/)[0] ?? task;
  return task.replace(/[.;,:\s]+$/, '');
}

function lowerFirst(text: string): string {
  // "Led" → "led", but leave acronyms ("AWS …") and proper names that are all capitals alone.
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function achievementSentences(chosen: readonly Achievement[]): string[] {
  return chosen.map((a, index) => {
    const body = sentence(a.text);
    const sameAsBefore = index > 0 && chosen[index - 1]?.organisation === a.organisation;
    const at = a.organisation && !sameAsBefore ? `At ${a.organisation}, ` : '';
    // "Collaborating with …", "Working closely …": a duty, not a past act.
    if (/^\p{Lu}\p{Ll}+ing\b/u.test(a.text))
      return at || index === 0
        ? `${at ? at + 'my' : 'My'} work has included ${lowerFirst(body)}`
        : `It has also included ${lowerFirst(body)}`;
    if (startsWithVerb(a.text)) {
      const who = at ? `${at}I` : index === 0 ? 'I' : 'I also';
      return `${who} ${lowerFirst(body)}`;
    }
    return at ? `At ${a.organisation}: ${body}` : body;
  });
}

/** "Front-end development", "Site reliability engineering": a phrase, not a product name ("Kubernetes or AWS"). */
export function isCommonNounPhrase(label: string): boolean {
  return /^\p{Lu}\p{Ll}+[- ](?!or\b|and\b)\p{Ll}/u.test(label);
}

/** Vocabulary labels that are phrases ("Back-end development") read lower case mid-sentence. */
function skillInSentence(label: string): string {
  return isCommonNounPhrase(label) ? lowerFirst(label) : label;
}

/** Required skills (then preferred) the resume shows, by their vocabulary labels, at most four. */
function matchedSkills(job: JobRecord, resume: Resume): string[] {
  const known = new Set(extractResumeFacts(resume).skills);
  const matcher = skillMatcher();
  const out: string[] = [];
  for (const requirement of [...job.details.requiredSkills, ...job.details.preferredSkills]) {
    for (const hit of matcher.find(requirement)) {
      // "Communication", "Teamwork": everyone claims them; a letter shows them instead of listing them.
      const id = hit.termIds.find((t) => known.has(t) && !isSoftSkill(t));
      if (!id) continue;
      const label = skillInSentence(getSkillTerm(id)?.label ?? hit.text);
      if (!out.includes(label)) out.push(label);
    }
    if (out.length >= 4) break;
  }
  return out.slice(0, 4);
}

/** "a Backend Engineer", "an Accountant"; titles held by one person read without ("CEO", "Head of Data"). */
function withArticle(title: string): string {
  if (
    /^(?:head|chief|director|vp|vice|president|founder|co-founder|ceo|cto|cfo|coo|cio)\b/i.test(
      title,
    )
  )
    return title;
  return `${/^[aeiou]/i.test(title) ? 'an' : 'a'} ${title}`;
}

function careerSentence(resume: Resume): string | undefined {
  const roles = rolesByRecency(resume).filter((w) => w.position || w.name);
  const [latest, previous] = roles;
  if (!latest) return undefined;
  const as = (w: typeof latest) =>
    [w.position ? `as ${withArticle(w.position)}` : 'in my role', w.name ? `at ${w.name}` : '']
      .filter(Boolean)
      .join(' ');
  const current = !latest.endDate;
  const first = current
    ? `I currently work ${as(latest)}`
    : `Most recently, I worked ${as(latest)}`;
  return previous ? `${first}, and before that ${as(previous)}.` : `${first}.`;
}

function studySentence(resume: Resume): string | undefined {
  const e = (resume.education ?? []).find((x) => x.studyType && x.institution);
  if (!e) return undefined;
  const what = [e.studyType, e.area ? `in ${e.area}` : ''].filter(Boolean).join(' ');
  return `I hold a ${what} from ${e.institution}.`;
}

/** The first responsibility that reads as a task ("Build and run our APIs"), ready to follow "to". */
function taskPhrase(job: JobRecord): string | undefined {
  const task = (job.job.responsibilities ?? [])
    .map(taskFrom)
    .find((r) => startsWithVerb(r) && r.length < 160);
  return task ? lowerFirst(task) : undefined;
}

export type TemplateLetterInput = {
  readonly resume: Resume;
  readonly job: JobRecord;
  readonly options: LetterOptions;
};

/**
 * A complete letter built only from facts the resume and the posting state: the role and company,
 * the person's latest roles, the achievements they chose (or the most relevant ones), the required
 * skills they show, one of the job's tasks, and a close in the chosen tone. Nothing is made up, so
 * the claims check finds nothing to flag in it.
 */
export function writeTemplateLetter({ resume, job, options }: TemplateLetterInput): string {
  const phrases = PHRASES[options.tone];
  const shape = SHAPE[options.length];
  const company = job.job.company?.trim();
  const role = job.job.title?.trim() || 'advertised';
  const greeting = company ? `Dear ${company} hiring team,` : 'Dear Hiring Manager,';

  const opening = [phrases.opening(role, company ?? 'your company'), careerSentence(resume)]
    .filter(Boolean)
    .join(' ');

  const ranked = listAchievements(resume, job);
  const chosen = options.leadAchievements
    .map((text) => ranked.find((a) => a.text === text) ?? { text, where: '', relevance: 0 })
    .concat(ranked.filter((a) => !options.leadAchievements.includes(a.text)))
    .slice(0, shape.achievements);
  const evidence = chosen.length
    ? [phrases.evidence, ...achievementSentences(chosen)].join(' ')
    : undefined;

  const skills = shape.skills ? matchedSkills(job, resume) : [];
  const task = shape.task ? taskPhrase(job) : undefined;
  const fit = [
    skills.length ? phrases.skills(listInWords(skills)) : undefined,
    task ? phrases.responsibility(task) : undefined,
    shape.study ? studySentence(resume) : undefined,
  ]
    .filter(Boolean)
    .join(' ');

  const name = resume.basics?.name?.trim();
  return [
    greeting,
    opening,
    evidence,
    fit || undefined,
    phrases.closing,
    [phrases.signOff, name ? signature(name) : undefined].filter(Boolean).join('\n'),
  ]
    .filter((p): p is string => Boolean(p))
    .join('\n\n');
}
