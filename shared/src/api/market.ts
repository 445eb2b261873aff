// Contract of the opt-in, de-identified job-market report. A shared posting is reduced on the device
// to a role from a closed vocabulary, a seniority level and skill ids from the skills vocabulary:
// no free text, so nothing identifying can be sent, and the server schema refuses anything else.
import { z } from 'zod';
import type { JobDetails } from '../job/model';
import { Seniority } from '../job/model';
import { parseSkillRequirement } from '../match/job-skills';
import { getSkillTerm } from '../match/skills-vocabulary';

export const MarketRoutes = {
  postings: '/api/market/postings',
  roles: '/api/market/roles',
  skills: '/api/market/skills',
} as const;

/** The nouns that name what a role is (the last one in a title is its head). */
export const ROLE_HEADS = [
  'engineer',
  'developer',
  'architect',
  'scientist',
  'analyst',
  'designer',
  'manager',
  'director',
  'lead',
  'administrator',
  'consultant',
  'accountant',
  'auditor',
  'controller',
  'coordinator',
  'specialist',
  'officer',
  'representative',
  'recruiter',
  'writer',
  'editor',
  'researcher',
  'technician',
  'tester',
  'nurse',
  'teacher',
  'assistant',
  'associate',
] as const;

/** Words that narrow a role ("frontend engineer", "data analyst"); anything else is dropped. */
export const ROLE_QUALIFIERS = [
  'software',
  'frontend',
  'backend',
  'fullstack',
  'web',
  'mobile',
  'ios',
  'android',
  'data',
  'ml',
  'ai',
  'cloud',
  'devops',
  'platform',
  'infrastructure',
  'site',
  'reliability',
  'security',
  'network',
  'systems',
  'database',
  'embedded',
  'game',
  'qa',
  'test',
  'automation',
  'product',
  'project',
  'program',
  'engineering',
  'marketing',
  'sales',
  'account',
  'customer',
  'support',
  'success',
  'financial',
  'finance',
  'business',
  'ux',
  'ui',
  'graphic',
  'content',
  'operations',
  'hr',
  'people',
  'legal',
  'research',
  'technical',
  'solutions',
  'java',
  'python',
  'javascript',
  'typescript',
  'react',
  'net',
  'payroll',
  'tax',
  'it',
] as const;

const HEADS: ReadonlySet<string> = new Set(ROLE_HEADS);
const QUALIFIERS: ReadonlySet<string> = new Set(ROLE_QUALIFIERS);
const WORD_SYNONYMS: Readonly<Record<string, string>> = {
  'front-end': 'frontend',
  'back-end': 'backend',
  'full-stack': 'fullstack',
  dev: 'developer',
  eng: 'engineer',
  sre: 'site reliability engineer',
  swe: 'software engineer',
  devs: 'developer',
  engineers: 'engineer',
  developers: 'developer',
  '.net': 'net',
  quality: 'qa',
};

/**
 * The role a title names, in the closed vocabulary: up to two qualifiers and a head noun
 * ("Senior Front-End Developer (React) at Acme" → "frontend developer"); undefined when the title
 * has no head noun we know.
 */
export function roleFromTitle(title: string): string | undefined {
  const words = title
    .toLowerCase()
    .replace(/\b(front|back|full)[\s-]end\b/g, '$1-end')
    .replace(/\bfull[\s-]stack\b/g, 'full-stack')
    .split(/[^a-z.+#-]+/)
    .flatMap((w) => (WORD_SYNONYMS[w] ?? w.replace(/^[.-]+|[.-]+$/g, '')).split(' '))
    .filter(Boolean);
  let head = -1;
  for (let i = 0; i < words.length; i++) if (HEADS.has(words[i]!)) head = i;
  if (head === -1) return undefined;
  const qualifiers: string[] = [];
  for (let i = head - 1; i >= 0 && qualifiers.length < 2; i--) {
    const w = words[i]!;
    if (QUALIFIERS.has(w) && !qualifiers.includes(w)) qualifiers.unshift(w);
    else if (qualifiers.length > 0) break;
  }
  return [...qualifiers, words[head]].join(' ');
}

/** True for a role made only of vocabulary words: qualifiers then one head noun. */
export function isKnownRole(role: string): boolean {
  const words = role.split(' ');
  if (words.length < 1 || words.length > 3) return false;
  const head = words[words.length - 1]!;
  return HEADS.has(head) && words.slice(0, -1).every((w) => QUALIFIERS.has(w));
}

const SENIORITIES = Object.values(Seniority) as [Seniority, ...Seniority[]];
export const MAX_SHARED_SKILLS = 40;

/** Everything a shared posting may hold. Strict: any other field is an error, not dropped. */
export const SharedPostingSchema = z.strictObject({
  role: z.string().max(60).refine(isKnownRole, 'must be a role from the app’s role vocabulary'),
  seniority: z.enum(SENIORITIES).optional(),
  skills: z
    .array(
      z
        .string()
        .refine(
          (id) => getSkillTerm(id) !== undefined,
          'must be skill ids from the app’s vocabulary',
        ),
    )
    .min(1, 'must name at least one skill from the app’s vocabulary')
    .max(MAX_SHARED_SKILLS)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a skill'),
});
export type SharedPosting = z.infer<typeof SharedPostingSchema>;

/** What the device sends for a job, or undefined when the job has no known role or skills. */
export function sharedPostingFor(job: {
  readonly title?: string | undefined;
  readonly details: Pick<JobDetails, 'seniority' | 'requiredSkills' | 'preferredSkills'>;
}): SharedPosting | undefined {
  const role = job.title ? roleFromTitle(job.title) : undefined;
  if (!role) return undefined;
  const ids: string[] = [];
  for (const line of [...job.details.requiredSkills, ...job.details.preferredSkills]) {
    for (const mention of parseSkillRequirement(line)) {
      if (mention.termId && !ids.includes(mention.termId)) ids.push(mention.termId);
    }
  }
  if (ids.length === 0) return undefined;
  return {
    role,
    ...(job.details.seniority ? { seniority: job.details.seniority } : {}),
    skills: ids.slice(0, MAX_SHARED_SKILLS),
  };
}

/** A calendar month, `YYYY-MM`. */
export const MonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-01');
/** How many months of the report are kept. */
export const MARKET_RETENTION_MONTHS = 24;

export const MarketSkillsQuerySchema = z
  .object({
    role: z.string().max(60).refine(isKnownRole, 'must be a role from the app’s role vocabulary'),
    from: MonthSchema,
    to: MonthSchema,
  })
  .refine((q) => q.from <= q.to, { message: '"from" must not be after "to"' });

export const MarketRolesResponseSchema = z.object({
  roles: z.array(z.object({ role: z.string(), postings: z.number().int() })),
});

export const SkillCountSchema = z.object({
  id: z.string(),
  label: z.string(),
  count: z.number().int(),
  /** Share of the period's postings for the role that ask for it, 0–1. */
  share: z.number(),
});
export const MarketSkillsResponseSchema = z.object({
  role: z.string(),
  postings: z.number().int(),
  top: z.array(SkillCountSchema),
  months: z.array(
    z.object({
      month: MonthSchema,
      postings: z.number().int(),
      top: z.array(SkillCountSchema),
    }),
  ),
});
export type MarketSkillsResponse = z.infer<typeof MarketSkillsResponseSchema>;
