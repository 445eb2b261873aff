// What the person's resume and notes state, and what the posting states, prepared once for the anti-invention guard.
import type { Job } from '../job/model';
import { degreeLevelOf, degreeLevelsIn, type DegreeLevel } from '../match/degrees';
import { indexResumeTerms } from '../match/resume-terms';
import { findNumbers } from '../match/resume-facts';
import { withImplied } from '../match/skills-vocabulary';
import { skillMatcher } from '../match/term-matcher';
import { tokenize } from '../match/tokens';
import type { Resume } from '../resume/model';

/** What one source (the person, or the posting) says, in forms quick to look up. */
export type Facts = {
  /** Lower case, punctuation folded to spaces and padded with one, for phrase look-ups. */
  readonly text: string;
  /** Values of every number but years: "$18M" → 18000000, "twelve" → 12. */
  readonly numbers: ReadonlySet<number>;
  readonly years: ReadonlySet<number>;
  /** Vocabulary terms shown, with the broader terms they imply. */
  readonly skills: ReadonlySet<string>;
  readonly degrees: ReadonlySet<DegreeLevel>;
  /** Every word, lower case, for spotting names found nowhere. */
  readonly words: ReadonlySet<string>;
};

export type EvidenceSources = {
  readonly resume: Resume;
  /** What the user told us about themselves beyond the resume. */
  readonly notes?: string;
  /** The job a letter is written for; its facts are the employer's, not the person's. */
  readonly job?: Job;
  /** The posting as pasted. */
  readonly jobText?: string;
};

export type Evidence = {
  /** The resume (every string but our `meta`) and the notes: what may be claimed about the person. */
  readonly person: Facts;
  /** The posting: evidence only for what a text says about the employer, never about the person. */
  readonly posting?: Facts;
  /** The employer and the role applied for, as comparable keys: naming them is never an invention. */
  readonly addressee: readonly string[];
  /** Names the sources state (employers, schools, titles, the person, the posting's own lines), lower case. */
  readonly stated: readonly string[];
};

/** Lower case, quotes unified, anything but letters, digits, +, # and ' to one space; padded. */
export function comparable(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}+#']+/gu, ' ')
    .trim()} `;
}

/** Every string in the resume (not our `meta`), so a fact anywhere in it counts as evidence. */
function resumeStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) resumeStrings(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) if (key !== 'meta') resumeStrings(v, out);
}

function factsOf(
  strings: readonly string[],
  extraSkills: Iterable<string> = [],
  extraDegrees: Iterable<DegreeLevel> = [],
): Facts {
  const all = strings.join('\n');
  const numbers = new Set<number>();
  const years = new Set<number>();
  const skills = new Set<string>(extraSkills);
  const words = new Set<string>();
  const matcher = skillMatcher();
  for (const s of strings) {
    for (const n of findNumbers(s)) (n.isYear ? years : numbers).add(n.value);
    for (const hit of matcher.find(s))
      for (const id of hit.termIds.flatMap(withImplied)) skills.add(id);
    for (const t of tokenize(s)) words.add(t.lower);
  }
  return {
    text: comparable(all),
    numbers,
    years,
    skills,
    degrees: new Set([...degreeLevelsIn(all), ...extraDegrees]),
    words,
  };
}

/** The posting's text: what was pasted and every structured field of the job. */
function postingStrings(job: Job | undefined, jobText: string | undefined): string[] {
  return [
    jobText ?? '',
    job?.title ?? '',
    job?.company ?? '',
    job?.description ?? '',
    ...(job?.responsibilities ?? []),
    ...(job?.qualifications ?? []),
    ...(job?.skills ?? []).flatMap((s) => [s.name ?? '', ...(s.keywords ?? [])]),
    job?.location?.city ?? '',
    job?.location?.region ?? '',
  ].filter((s) => s.trim() !== '');
}

/**
 * Lines of the posting a text may quote ("the chance to define the product strategy"): it then
 * restates the job, not the person. Three words or more, with "You will" taken off.
 */
function postingPhrases(job: Job | undefined): string[] {
  const out = new Set<string>();
  for (const line of [...(job?.responsibilities ?? []), ...(job?.qualifications ?? [])]) {
    const whole = line
      .trim()
      .replace(/^(?:you will|you'll|you would)\s+/i, '')
      .replace(/[.;,:\s]+$/, '')
      .toLowerCase();
    const head = whole.split(/[,;(]/)[0]?.trim() ?? '';
    for (const phrase of [whole, head]) if (phrase.split(/\s+/).length >= 3) out.add(phrase);
  }
  return [...out];
}

/** Builds the evidence once: from the resume and notes, and the job when the text is written for one. */
export function buildEvidence(sources: EvidenceSources): Evidence {
  const { resume, notes = '', job, jobText } = sources;
  const strings: string[] = [];
  resumeStrings(resume, strings);
  strings.push(notes);
  const held = (resume.education ?? []).flatMap((e) => {
    const level = degreeLevelOf(e.studyType);
    return level ? [level] : [];
  });
  const person = factsOf(strings, indexResumeTerms(resume).terms.keys(), held);
  const posting = postingStrings(job, jobText);
  const addressee = [job?.company ?? '', job?.title ?? ''].filter((n) => n.trim().length > 1);
  const work = resume.work ?? [];
  const volunteer = resume.volunteer ?? [];
  const education = resume.education ?? [];
  const stated = [
    ...work.flatMap((w) => [w.name, w.position]),
    ...volunteer.flatMap((v) => [v.organization, v.position]),
    ...education.flatMap((e) => [
      e.institution,
      e.studyType,
      [e.studyType, e.area].filter(Boolean).join(' in '),
    ]),
    resume.basics?.name,
    resume.basics?.label,
    ...addressee,
  ]
    .filter((n): n is string => typeof n === 'string' && n.trim().length > 1)
    .map((n) => n.toLowerCase());
  return {
    person,
    ...(posting.length > 0 ? { posting: factsOf(posting) } : {}),
    addressee: addressee.map(comparable),
    stated: [...new Set([...stated, ...postingPhrases(job)])],
  };
}
