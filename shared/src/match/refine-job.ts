// Merging a model's reading of a posting into what the rules found: fill the gaps, add what the posting says, list each change.
import type { StructureJobOutput } from '../ai/tasks/structure-job/v1';
import { JobDetailsSchema, type Job, type JobDetails, type JobRecord } from '../job/model';
import { DEGREE_LABELS, type DegreeLevel } from './degrees';
import { parseLocation } from './job-fields';
import { skillsField } from './structure-job';
import { SENIORITY_LABELS } from './titles';

export type JobFieldChange = {
  /** The field as the user sees it ("Required skills"). */
  readonly field: string;
  readonly before: string;
  readonly after: string;
};

export type RefinedJob = {
  readonly job: Job;
  readonly details: JobDetails;
  readonly changes: readonly JobFieldChange[];
};

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();

/** True when the posting itself contains the words: a model may not add what the posting never said. */
function inPosting(posting: string, phrase: string): boolean {
  const key = fold(phrase);
  return key !== '' && ` ${posting} `.includes(` ${key} `);
}

function unionLists(
  current: readonly string[],
  proposed: readonly string[],
  posting: string,
  alternatives: boolean,
): string[] {
  const out = [...current];
  const seen = new Set(current.map(fold));
  for (const raw of proposed) {
    const item = raw.replace(/\s+/g, ' ').trim();
    if (!item || seen.has(fold(item))) continue;
    // "Vitest or Jest": each alternative must be in the posting.
    const parts = alternatives ? item.split(/\s+or\s+/i) : [item];
    if (!parts.every((part) => inPosting(posting, part))) continue;
    seen.add(fold(item));
    out.push(item);
  }
  return out;
}

const REMOTE_WORDS = { Full: 'Remote', Hybrid: 'Hybrid', None: 'On site' } as const;

const listText = (items: readonly string[]) => (items.length ? items.join(', ') : '—');

/**
 * The rules' result with the model's additions: empty fields filled, list items the posting
 * contains word for word added after the rules' own; nothing the rules (or the user) set is
 * replaced, and nothing the posting does not say gets in.
 */
export function mergeRefinedJob(
  record: Pick<JobRecord, 'sourceText' | 'job' | 'details'>,
  refined: StructureJobOutput,
): RefinedJob {
  const posting = fold(record.sourceText);
  const changes: JobFieldChange[] = [];
  const job: Job = { ...record.job };
  const details: JobDetails = { ...record.details };
  const fillText = (field: 'title' | 'company', label: string) => {
    const value = refined[field]?.trim();
    if (job[field]?.trim() || !value || !inPosting(posting, value)) return;
    job[field] = value;
    changes.push({ field: label, before: '—', after: value });
  };
  fillText('title', 'Title');
  fillText('company', 'Company');
  const place = refined.location?.trim();
  if (!job.location?.city && !job.location?.region && place && inPosting(posting, place)) {
    job.location = { ...job.location, ...parseLocation(place) };
    changes.push({ field: 'Location', before: '—', after: place });
  }
  if (!job.remote && refined.remote) {
    job.remote = refined.remote;
    changes.push({ field: 'Remote', before: '—', after: REMOTE_WORDS[refined.remote] });
  }
  if (!details.seniority && refined.seniority) {
    details.seniority = refined.seniority;
    changes.push({ field: 'Seniority', before: '—', after: SENIORITY_LABELS[refined.seniority] });
  }
  if (details.minYears === undefined && refined.minYears !== null) {
    details.minYears = refined.minYears;
    changes.push({ field: 'Years of experience', before: '—', after: `${refined.minYears}+` });
  }
  if (!details.degree && refined.degree) {
    details.degree = refined.degree;
    changes.push({
      field: 'Degree',
      before: '—',
      after: DEGREE_LABELS[refined.degree as DegreeLevel],
    });
  }
  const lists = [
    ['requiredSkills', 'Required skills', true],
    ['preferredSkills', 'Preferred skills', true],
    ['requiredQualifications', 'Required qualifications', false],
    ['preferredQualifications', 'Preferred qualifications', false],
  ] as const;
  for (const [key, label, isSkill] of lists) {
    // A skill already required is not also added as preferred.
    const taken = key === 'preferredSkills' ? details.requiredSkills : [];
    const merged = unionLists(
      details[key],
      refined[key].filter((s) => !taken.some((t) => fold(t) === fold(s))),
      posting,
      isSkill,
    );
    if (merged.length === details[key].length) continue;
    changes.push({
      field: label,
      before: listText(details[key]),
      after: `added ${listText(merged.slice(details[key].length))}`,
    });
    details[key] = merged;
  }
  const duties = unionLists(job.responsibilities ?? [], refined.responsibilities, posting, false);
  const skillsChanged = changes.some((c) => c.field.endsWith('skills'));
  if (duties.length !== (job.responsibilities ?? []).length) {
    changes.push({
      field: 'Responsibilities',
      before: `${job.responsibilities?.length ?? 0} found`,
      after: `${duties.length} found`,
    });
    job.responsibilities = duties;
  }
  const next = JobDetailsSchema.parse({
    ...details,
    structuredBy: changes.length ? 'model' : details.structuredBy,
  });
  return { job: skillsChanged ? { ...job, ...skillsField(next) } : job, details: next, changes };
}
