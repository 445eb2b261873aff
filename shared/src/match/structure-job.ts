// Deterministic job structuring: pasted text or a JSON Resume job file into the Job model and its details.
import { JobDetailsSchema, type Job, type JobDetails } from '../job/model';
import { degreeFieldsIn, degreeLevelsIn, DEGREE_RANK, type DegreeLevel } from './degrees';
import {
  findCompanyInText,
  findEmploymentType,
  findLabelledLocation,
  findRemoteMode,
  findSalary,
  findTitleInText,
  findYearsAsked,
  parseLocation,
  readJobHeader,
} from './job-fields';
import {
  extractSkillRequirements,
  formatSkillRequirement,
  mentionFor,
  type SkillRequirement,
} from './job-skills';
import { JobSectionKind, prepareJobText, splitJobSections, splitSentences } from './job-text';
import { seniorityFromLabel, seniorityFromTitle, seniorityFromYears } from './titles';

export type StructuredJob = {
  readonly job: Job;
  readonly details: JobDetails;
  /** What the rules could not find, said plainly for the user ("No job title found"). */
  readonly notes: readonly string[];
};

const Bucket = { Required: 'required', Preferred: 'preferred', Mentioned: 'mentioned' } as const;
type Bucket = (typeof Bucket)[keyof typeof Bucket];

type Clause = { readonly text: string; readonly bucket: Bucket; readonly kind: JobSectionKind };

const PREFERRED_CUE =
  /\b(?:preferred|preferably|a plus|nice[- ]to[- ]have|bonus|ideally|desirable|desired|advantageous|appreciated|not required|helpful|beneficial|would be great|an advantage|is a plus)\b/i;

const IGNORED_KINDS: ReadonlySet<JobSectionKind> = new Set([
  JobSectionKind.About,
  JobSectionKind.Benefits,
  JobSectionKind.Apply,
]);

/** Splits "Bachelor’s degree (MBA preferred)" into the requirement and its preferred aside. */
function separatePreferredAsides(item: string): { main: string; asides: string[] } {
  const asides: string[] = [];
  const main = item.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
    if (!PREFERRED_CUE.test(inner)) return whole;
    asides.push(inner.trim());
    return '';
  });
  return { main: main.trim(), asides };
}

/** "You will own Core Web Vitals…" inside a requirements paragraph is a duty, not a requirement. */
const DUTY = /^you(?:'ll|’ll| will)\b/i;

function clausesOf(sectionKind: JobSectionKind, items: readonly string[]): Clause[] {
  if (IGNORED_KINDS.has(sectionKind)) return [];
  const out: Clause[] = [];
  for (const item of items) {
    const kind =
      sectionKind === JobSectionKind.Requirements && DUTY.test(item)
        ? JobSectionKind.Responsibilities
        : sectionKind;
    const { main, asides } = separatePreferredAsides(item);
    for (const aside of asides) out.push({ text: aside, bucket: Bucket.Preferred, kind });
    if (main === '') continue;
    const cued = PREFERRED_CUE.test(main);
    const bucket =
      kind === JobSectionKind.Preferred || cued
        ? Bucket.Preferred
        : kind === JobSectionKind.Requirements
          ? Bucket.Required
          : Bucket.Mentioned;
    out.push({ text: main, bucket, kind });
  }
  return out;
}

/** A requirement's identity for de-duplication: its alternatives' keys, order-free. */
function requirementKey(requirement: SkillRequirement): string {
  return requirement
    .map((m) => m.key)
    .sort()
    .join('|');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Blanks out the employer's name so "Harborview Logistics" does not read as a logistics skill. */
function maskName(text: string, name: string | undefined): string {
  if (!name || name.length < 3) return text;
  return text.replace(new RegExp(escapeRegExp(name), 'gi'), (m) => ' '.repeat(m.length));
}

function collectSkills(
  clauses: readonly Clause[],
  explicit: readonly string[],
  company: string | undefined,
) {
  const lists: Record<Bucket, SkillRequirement[]> = { required: [], preferred: [], mentioned: [] };
  for (const keyword of explicit) lists.required.push([mentionFor(keyword)]);
  for (const clause of clauses) {
    const withUnlisted = clause.bucket !== Bucket.Mentioned;
    lists[clause.bucket].push(
      ...extractSkillRequirements(maskName(clause.text, company), withUnlisted),
    );
  }
  const required = lists.required.length > 0 ? lists.required : lists.mentioned;
  const preferredPool =
    lists.required.length > 0 ? [...lists.preferred, ...lists.mentioned] : lists.preferred;
  const seen = new Set<string>();
  const singles = new Set<string>();
  const keep = (list: readonly SkillRequirement[]) =>
    list.filter((r) => {
      const key = requirementKey(r);
      // A group is redundant when one of its alternatives is already asked for on its own.
      if (seen.has(key) || (r.length > 1 && r.some((m) => singles.has(m.key)))) return false;
      seen.add(key);
      if (r.length === 1) singles.add(key);
      return true;
    });
  const requiredKept = keep(required);
  const preferredKept = keep(preferredPool);
  return {
    requiredSkills: requiredKept.map(formatSkillRequirement),
    preferredSkills: preferredKept.map(formatSkillRequirement),
  };
}

function lowestDegree(clauses: readonly Clause[]): { degree?: DegreeLevel; fields: string[] } {
  let degree: DegreeLevel | undefined;
  let fields: string[] = [];
  for (const clause of clauses) {
    if (clause.bucket !== Bucket.Required) continue;
    const levels = degreeLevelsIn(clause.text);
    const lowest = levels[0];
    if (lowest === undefined) continue;
    if (degree === undefined || DEGREE_RANK[lowest] < DEGREE_RANK[degree]) degree = lowest;
    if (fields.length === 0) fields = degreeFieldsIn(clause.text);
  }
  return degree === undefined ? { fields } : { degree, fields };
}

type DerivedInput = {
  readonly title?: string;
  readonly company?: string;
  readonly titleYears?: number;
  readonly experienceLabel?: string;
  readonly clauses: readonly Clause[];
  readonly explicitSkills?: readonly string[];
};

function deriveDetails(input: DerivedInput): JobDetails {
  const { clauses } = input;
  const skills = collectSkills(clauses, input.explicitSkills ?? [], input.company);
  const requiredTexts = clauses.filter((c) => c.bucket === Bucket.Required).map((c) => c.text);
  const mentionedTexts = clauses.filter((c) => c.bucket === Bucket.Mentioned).map((c) => c.text);
  const minYears =
    findYearsAsked(requiredTexts) ?? input.titleYears ?? findYearsAsked(mentionedTexts);
  const { degree, fields } = lowestDegree(clauses);
  const seniority =
    (input.title ? seniorityFromTitle(input.title) : undefined) ??
    (input.experienceLabel ? seniorityFromLabel(input.experienceLabel) : undefined) ??
    (minYears !== undefined ? seniorityFromYears(minYears) : undefined);
  return JobDetailsSchema.parse({
    ...(seniority ? { seniority } : {}),
    requiredQualifications: clauses
      .filter((c) => c.bucket === Bucket.Required && c.kind !== JobSectionKind.Responsibilities)
      .map((c) => c.text),
    preferredQualifications: clauses
      .filter((c) => c.bucket === Bucket.Preferred)
      .map((c) => c.text),
    requiredSkills: skills.requiredSkills,
    preferredSkills: skills.preferredSkills,
    ...(minYears !== undefined ? { minYears } : {}),
    ...(degree ? { degree } : {}),
    ...(fields.length > 0 ? { degreeFields: fields } : {}),
    structuredBy: 'rules',
  });
}

const YOU_WILL =
  /\byou(?:'ll|’ll| will)\b|\byou (?:take|own|lead|drive|build|design)\b|\bresponsib/i;

function notesFor(job: Job, details: JobDetails): string[] {
  const notes: string[] = [];
  if (!job.title) notes.push('No job title found; add it below.');
  if (!job.company) notes.push('No company name found; add it below if you know it.');
  if (details.requiredSkills.length + details.preferredSkills.length === 0) {
    notes.push('No skills recognised. Is this the whole posting? You can list the skills below.');
  }
  return notes;
}

/** Structures a pasted posting (plain text, or HTML copied from a page) with rules only. */
export function structureJob(raw: string): StructuredJob {
  const text = prepareJobText(raw);
  const lines = text.split('\n');
  const header = readJobHeader(lines);
  const body = lines.slice(header.linesUsed).join('\n');
  const sections = splitJobSections(body);
  const title = header.title ?? findTitleInText(body);
  const company = header.company ?? findCompanyInText(body);
  const aboutCompany = company
    ? new RegExp(
        `^(?:at |about )?${escapeRegExp(company)}(?:'s| is| was| has| helps| builds| makes| provides|,)`,
        'i',
      )
    : undefined;
  const clauses = sections.flatMap((s) =>
    clausesOf(
      s.kind,
      // "Harborview Logistics is a growing freight company." describes the employer, not the job.
      s.kind === JobSectionKind.Intro || s.kind === JobSectionKind.Description
        ? s.items.filter((item) => !aboutCompany?.test(item))
        : s.items,
    ),
  );
  const locationText = header.locationText ?? findLabelledLocation(lines);
  const location = locationText ? parseLocation(locationText) : {};
  const remote = findRemoteMode(`${locationText ?? ''}\n${text}`);
  const duties = sections.flatMap((s) =>
    s.kind === JobSectionKind.Responsibilities
      ? s.items
      : s.kind === JobSectionKind.Requirements
        ? s.items.filter((item) => DUTY.test(item))
        : [],
  );
  const responsibilities =
    duties.length > 0
      ? duties
      : sections
          .filter((s) => s.kind === JobSectionKind.Intro || s.kind === JobSectionKind.Description)
          .flatMap((s) => s.items)
          .filter((item) => YOU_WILL.test(item));
  const description = sections
    .filter((s) => s.kind === JobSectionKind.Description || s.kind === JobSectionKind.Intro)
    .flatMap((s) => s.items)
    .filter((item) => !responsibilities.includes(item))
    .join(' ');
  const details = deriveDetails({
    ...(title ? { title } : {}),
    ...(company ? { company } : {}),
    ...(header.titleYears !== undefined ? { titleYears: header.titleYears } : {}),
    clauses,
  });
  const type = findEmploymentType(text);
  const salary = findSalary(text);
  const qualifications = [...details.requiredQualifications, ...details.preferredQualifications];
  const job: Job = {
    ...(title ? { title } : {}),
    ...(company ? { company } : {}),
    ...(type ? { type } : {}),
    ...(description ? { description } : {}),
    ...(Object.keys(location).length > 0 ? { location } : {}),
    ...(remote ? { remote } : {}),
    ...(salary ? { salary } : {}),
    ...(responsibilities.length > 0 ? { responsibilities } : {}),
    ...(qualifications.length > 0 ? { qualifications } : {}),
    ...skillsField(details),
  };
  return { job, details, notes: notesFor(job, details) };
}

/** Structures a JSON Resume job file: its fields are kept as they are; details are derived. */
export function structureJobFile(job: Job): StructuredJob {
  const clauses: Clause[] = [
    ...clausesOf(
      JobSectionKind.Description,
      job.description ? splitSentences(job.description) : [],
    ),
    ...clausesOf(JobSectionKind.Responsibilities, job.responsibilities ?? []),
    ...clausesOf(JobSectionKind.Requirements, job.qualifications ?? []),
  ];
  const explicitSkills = (job.skills ?? []).flatMap((s) => s.keywords ?? []);
  const details = deriveDetails({
    ...(job.title ? { title: job.title } : {}),
    ...(job.company ? { company: job.company } : {}),
    ...(job.experience ? { experienceLabel: job.experience } : {}),
    clauses,
    explicitSkills,
  });
  return { job, details, notes: notesFor(job, details) };
}

/** JSON Resume's `skills` for a structured posting: what is required, then what is preferred. */
export function skillsField(details: JobDetails): Pick<Job, 'skills'> {
  const skills = [
    ...(details.requiredSkills.length > 0
      ? [{ name: 'Required', keywords: details.requiredSkills }]
      : []),
    ...(details.preferredSkills.length > 0
      ? [{ name: 'Preferred', keywords: details.preferredSkills }]
      : []),
  ];
  return skills.length > 0 ? { skills } : {};
}
