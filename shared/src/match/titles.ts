// Job titles: what a role is called, how senior it reads, and how close two titles are.
import { Seniority } from '../job/model';
import { stem, tokenize } from './tokens';

/** The nouns a job title ends in; used to recognise a title in a sentence or a first line. */
export const ROLE_NOUNS = [
  'engineer',
  'developer',
  'programmer',
  'architect',
  'scientist',
  'analyst',
  'designer',
  'manager',
  'director',
  'lead',
  'head',
  'officer',
  'executive',
  'president',
  'founder',
  'accountant',
  'bookkeeper',
  'controller',
  'auditor',
  'clerk',
  'cashier',
  'teller',
  'coordinator',
  'specialist',
  'technician',
  'administrator',
  'assistant',
  'associate',
  'consultant',
  'advisor',
  'adviser',
  'representative',
  'agent',
  'recruiter',
  'generalist',
  'nurse',
  'physician',
  'therapist',
  'pharmacist',
  'dentist',
  'hygienist',
  'aide',
  'caregiver',
  'intern',
  'apprentice',
  'trainee',
  'writer',
  'editor',
  'producer',
  'marketer',
  'strategist',
  'planner',
  'supervisor',
  'receptionist',
  'secretary',
  'paralegal',
  'attorney',
  'lawyer',
  'counsel',
  'teacher',
  'tutor',
  'instructor',
  'professor',
  'lecturer',
  'researcher',
  'tester',
  'owner',
  'operator',
  'mechanic',
  'electrician',
  'driver',
  'chef',
  'cook',
  'buyer',
  'trainer',
  'coach',
  'expert',
  'partner',
  'librarian',
  'technologist',
  'photographer',
  'artist',
  'steward',
  'investigator',
  'underwriter',
  'actuary',
  'economist',
  'statistician',
  'veterinarian',
] as const;

const ROLE_NOUN_SET = new Set<string>(ROLE_NOUNS);
export const ROLE_NOUN_PATTERN = `(?:${ROLE_NOUNS.join('|')})(?:s)?`;

/** True when the last word of a phrase is a role noun ("Senior Backend Engineer"). */
export function endsWithRoleNoun(phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[a-z]+/g);
  const last = words?.[words.length - 1];
  return (
    last !== undefined && (ROLE_NOUN_SET.has(last) || ROLE_NOUN_SET.has(last.replace(/s$/, '')))
  );
}

/** Titles where "manager" is the job itself, not a rank: a product manager manages no one. */
const ROLE_MANAGERS =
  /\b(?:product|project|program|programme|account|case|community|property|brand|content|campaign|social media|relationship|delivery)\s+manager\b/i;

/** "Staff Engineer" is a level; "Staff Accountant" and "Staff Nurse" are not. */
const STAFF_LEVEL =
  / staff (?:[a-z]+ ){0,2}(?:engineer|developer|scientist|designer|architect|researcher|product manager) /;

/** The seniority a title states outright, if any. */
export function seniorityFromTitle(title: string): Seniority | undefined {
  const t = ` ${title.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  if (/ (?:chief|ceo|cto|cfo|coo|cio|cmo|president|founder|co founder|cofounder) /.test(t))
    return Seniority.Executive;
  if (/ (?:director|head of|vp|vice president) /.test(t)) return Seniority.Director;
  if (/ (?:principal|distinguished|fellow) /.test(t)) return Seniority.Principal;
  if (/ (?:intern|internship|trainee|apprentice|co op) /.test(t)) return Seniority.Intern;
  if (/ (?:lead|leader|tech lead|team lead) /.test(t) || STAFF_LEVEL.test(t)) return Seniority.Lead;
  if (/ (?:senior|sr|iii|iv|experienced) /.test(t)) return Seniority.Senior;
  if (/ (?:junior|jr|entry|entry level|graduate|i) /.test(t) || /^ associate /.test(t))
    return Seniority.Entry;
  if (/ (?:mid|mid level|intermediate|ii) /.test(t)) return Seniority.Mid;
  if (/ manager /.test(t) && !ROLE_MANAGERS.test(title)) return Seniority.Manager;
  return undefined;
}

/** What years of experience usually mean for seniority, when nothing else says. */
export function seniorityFromYears(years: number): Seniority {
  if (years < 2) return Seniority.Entry;
  if (years < 5) return Seniority.Mid;
  return Seniority.Senior;
}

/** A JSON Resume job's `experience` field ("Mid-level", "Senior", "Entry level"). */
export function seniorityFromLabel(label: string): Seniority | undefined {
  const t = label.toLowerCase();
  if (/intern/.test(t)) return Seniority.Intern;
  if (/entry|junior|graduate/.test(t)) return Seniority.Entry;
  if (/mid|intermediate/.test(t)) return Seniority.Mid;
  if (/senior/.test(t)) return Seniority.Senior;
  if (/lead|staff/.test(t)) return Seniority.Lead;
  if (/principal/.test(t)) return Seniority.Principal;
  if (/director|head/.test(t)) return Seniority.Director;
  if (/executive|chief/.test(t)) return Seniority.Executive;
  return seniorityFromTitle(label);
}

/** Rank for comparing levels; a manager sits with leads, a director with principals. */
export const SENIORITY_RANK: Readonly<Record<Seniority, number>> = {
  intern: 0,
  entry: 1,
  mid: 2,
  senior: 3,
  lead: 4,
  manager: 4,
  principal: 5,
  director: 5,
  executive: 6,
};

export const SENIORITY_LABELS: Readonly<Record<Seniority, string>> = {
  intern: 'Intern',
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  lead: 'Lead / staff',
  manager: 'Manager',
  principal: 'Principal',
  director: 'Director',
  executive: 'Executive',
};

const TITLE_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bfront[\s-]*end\b/g, 'frontend'],
  [/\bback[\s-]*end\b/g, 'backend'],
  [/\bfull[\s-]*stack\b|\b(?:mern|mean|lamp)(?:\s+stack)?\b/g, 'fullstack'],
  [/\bmachine learning\b/g, 'ml'],
  [/\bartificial intelligence\b/g, 'ai'],
  [/\bsoftware development engineer\b|\bsde\b|\bswe\b/g, 'software engineer'],
  [/\bquality assurance\b/g, 'qa'],
  [/\buser experience\b/g, 'ux'],
  [/\bdev ?ops\b/g, 'devops'],
  [/\bsite reliability\b/g, 'sre'],
  [/\bhuman resources\b/g, 'hr'],
  [/\bit support\b|\bhelp ?desk\b|\bservice desk\b|\btechnical support\b/g, 'support'],
];

const TITLE_SYNONYMS: Readonly<Record<string, string>> = {
  developer: 'engineer',
  dev: 'engineer',
  programmer: 'engineer',
  coder: 'engineer',
  accounting: 'accountant',
  bookkeeper: 'accountant',
  administrative: 'administrator',
  admin: 'administrator',
  marketer: 'marketing',
  rep: 'representative',
};

const TITLE_NOISE = new Set([
  'of',
  'and',
  'the',
  'for',
  'a',
  'an',
  'to',
  'in',
  'at',
  'with',
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'senior',
  'sr',
  'junior',
  'jr',
  'lead',
  'staff',
  'principal',
  'level',
  'entry',
  'mid',
  'experienced',
  'remote',
  'hybrid',
  'time',
  'full',
  'part',
  'contract',
  'intern',
  'associate',
  'year',
  'years',
  'experience',
  'm',
  'f',
  'd',
  'x',
  'team',
]);

/**
 * The words that say what a role is, normalised: "Sr. Front-End Developer II" gives
 * ["frontend", "engineer"]. Seniority and filler words are dropped; synonyms are folded.
 */
export function titleCore(title: string): string[] {
  let t = title.toLowerCase().replace(/&/g, ' and ');
  for (const [re, replacement] of TITLE_PHRASES) t = t.replace(re, replacement);
  const words: string[] = [];
  for (const token of tokenize(t)) {
    const word = TITLE_SYNONYMS[token.lower] ?? token.lower;
    if (TITLE_NOISE.has(word) || /^\d+\+?$/.test(word)) continue;
    const stemmed = stem(word);
    if (!words.includes(stemmed)) words.push(stemmed);
  }
  return words;
}

/**
 * How well a resume title covers a job title, 0–1: half for the head noun (engineer, accountant),
 * half for the words before it (frontend, java, product); a generic head (manager, specialist)
 * counts a fifth. "PM" reads as product, project or program manager, whichever the job title says.
 */
export function titleSimilarity(jobTitle: string, resumeTitle: string): number {
  const job = titleCore(jobTitle);
  const resume = titleCore(expandPm(resumeTitle, jobTitle));
  const head = job[job.length - 1];
  if (head === undefined || resume.length === 0) return 0;
  const modifiers = job.slice(0, -1);
  const headScore = resume.includes(head) ? 1 : 0;
  if (modifiers.length === 0) return headScore;
  const covered = modifiers.filter((m) => resume.includes(m)).length / modifiers.length;
  // "Manager" or "Specialist" alone says little: an accounting manager is no product manager.
  const headWeight = GENERIC_HEADS.has(head) ? 0.2 : 0.5;
  return headWeight * headScore + (1 - headWeight) * covered;
}

const GENERIC_HEADS = new Set(
  [
    'manager',
    'specialist',
    'coordinator',
    'assistant',
    'analyst',
    'consultant',
    'representative',
    'officer',
    'director',
    'administrator',
    'associate',
    'lead',
    'head',
  ].map(stem),
);

function expandPm(title: string, context: string): string {
  if (!/\bPMs?\b/.test(title)) return title;
  const kind = /\bproject\b/i.test(context)
    ? 'Project'
    : /\bprogram/i.test(context)
      ? 'Program'
      : 'Product';
  return title.replace(/\bPMs?\b/g, `${kind} Manager`);
}
