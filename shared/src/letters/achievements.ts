// The resume's bullets a letter can lead with, most relevant to the job first.
import type { Job, JobDetails } from '../job/model';
import { roleLabel } from '../match/career';
import { skillMatcher } from '../match/term-matcher';
import { tokenize } from '../match/tokens';
import type { Resume } from '../resume/model';

export type Achievement = {
  /** The bullet as printed in the resume. */
  readonly text: string;
  /** Where it comes from: "Senior Engineer, Acme". */
  readonly where: string;
  /** The organisation, when the bullet belongs to one. */
  readonly organisation?: string;
  readonly position?: string;
  /** Higher is more relevant to the job. */
  readonly relevance: number;
};

/** Words too common to say anything about relevance. */
const STOP = new Set(
  'a an and the of to in for on with at by from as or our we you your is are be will this that it its into across using use'.split(
    ' ',
  ),
);

function jobTerms(job: Job, details: JobDetails): { skills: Set<string>; words: Set<string> } {
  const texts = [
    job.title ?? '',
    ...(job.responsibilities ?? []),
    ...(job.qualifications ?? []),
    ...details.requiredSkills,
    ...details.preferredSkills,
    ...details.requiredQualifications,
  ];
  const matcher = skillMatcher();
  const skills = new Set(texts.flatMap((t) => matcher.find(t).flatMap((h) => h.termIds)));
  const words = new Set(
    texts.flatMap((t) => tokenize(t).map((tok) => tok.stem)).filter((w) => !STOP.has(w)),
  );
  return { skills, words };
}

/** Scores a bullet: shared skills count most, shared words a little, a number (a result) a bit. */
function relevance(text: string, terms: { skills: Set<string>; words: Set<string> }): number {
  const skills = new Set(
    skillMatcher()
      .find(text)
      .flatMap((h) => h.termIds),
  );
  let score = 0;
  for (const s of skills) if (terms.skills.has(s)) score += 3;
  const stems = new Set(tokenize(text).map((t) => t.stem));
  for (const w of stems) if (!STOP.has(w) && terms.words.has(w)) score += 0.5;
  if (/\d/.test(text)) score += 1;
  return score;
}

/** An entry's bullets; an entry written as a paragraph gives its sentences instead. */
function bulletsOf(entry: {
  highlights?: string[] | undefined;
  summary?: string | undefined;
  description?: unknown;
}): string[] {
  if (entry.highlights?.length) return entry.highlights;
  const text = entry.summary ?? (typeof entry.description === 'string' ? entry.description : '');
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u)
    .map((t) => t.trim())
    .filter((t) => t.split(/\s+/).length >= 4);
}

/** Every bullet of work, volunteering and projects, ranked against the job (stable for ties). */
export function listAchievements(
  resume: Resume,
  target?: { readonly job: Job; readonly details: JobDetails },
): Achievement[] {
  const terms = target ? jobTerms(target.job, target.details) : undefined;
  const out: Array<Achievement & { order: number }> = [];
  const push = (text: string, where: string, organisation?: string, position?: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean.length < 12) return;
    out.push({
      text: clean,
      where,
      ...(organisation ? { organisation } : {}),
      ...(position ? { position } : {}),
      relevance: terms ? relevance(clean, terms) : 0,
      order: out.length,
    });
  };
  for (const w of resume.work ?? [])
    for (const h of bulletsOf(w)) push(h, roleLabel(w.position, w.name), w.name, w.position);
  for (const v of resume.volunteer ?? [])
    for (const h of bulletsOf(v))
      push(h, roleLabel(v.position, v.organization), v.organization, v.position);
  for (const p of resume.projects ?? [])
    for (const h of bulletsOf(p)) push(h, `Project · ${p.name ?? 'untitled'}`, p.name);
  return out
    .sort((a, b) => b.relevance - a.relevance || a.order - b.order)
    .map(({ order: _o, ...a }) => a);
}
