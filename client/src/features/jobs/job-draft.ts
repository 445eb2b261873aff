// The structured-job form: a stored job as editable text fields, and the edited fields back as a job.
import {
  JobDetailsSchema,
  RemoteMode,
  Seniority,
  type JobRecord,
} from '@career-copilot/shared/job/model';
import { isDegreeLevel } from '@career-copilot/shared/match/degrees';
import { parseLocation } from '@career-copilot/shared/match/job-fields';
import { skillsField } from '@career-copilot/shared/match/structure-job';

/** Every field a user can correct, as the form holds it: lists are one entry per line. */
export type JobDraft = {
  title: string;
  company: string;
  location: string;
  remote: string;
  type: string;
  salary: string;
  description: string;
  seniority: string;
  minYears: string;
  degree: string;
  degreeFields: string;
  requiredSkills: string;
  preferredSkills: string;
  requiredQualifications: string;
  preferredQualifications: string;
  responsibilities: string;
};

const lines = (list: readonly string[] | undefined) => (list ?? []).join('\n');
const toList = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function formatLocation(location: JobRecord['job']['location']): string {
  if (!location) return '';
  return [location.city, location.region, location.countryCode].filter(Boolean).join(', ');
}

export function draftFromJob(record: JobRecord): JobDraft {
  const { job, details } = record;
  return {
    title: job.title ?? '',
    company: job.company ?? '',
    location: formatLocation(job.location),
    remote: job.remote ?? '',
    type: job.type ?? '',
    salary: job.salary ?? '',
    description: job.description ?? '',
    seniority: details.seniority ?? '',
    minYears: details.minYears === undefined ? '' : String(details.minYears),
    degree: details.degree ?? '',
    degreeFields: (details.degreeFields ?? []).join(', '),
    requiredSkills: lines(details.requiredSkills),
    preferredSkills: lines(details.preferredSkills),
    requiredQualifications: lines(details.requiredQualifications),
    preferredQualifications: lines(details.preferredQualifications),
    responsibilities: lines(job.responsibilities),
  };
}

export type DraftProblem = { readonly field: keyof JobDraft; readonly message: string };

/** What is wrong with a draft, field by field; empty when it can be saved. */
export function checkDraft(draft: JobDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.title.trim().length > 200)
    problems.push({ field: 'title', message: 'Keep the title under 200 characters.' });
  const years = draft.minYears.trim();
  if (years !== '' && !/^\d{1,2}(?:\.\d)?$/.test(years)) {
    problems.push({
      field: 'minYears',
      message: 'Years must be a number from 0 to 99, or empty when the posting names none.',
    });
  }
  return problems;
}

/** The location as typed: unchanged text keeps every stored field (address, postcode). */
function locationOf(record: JobRecord, text: string): Pick<JobRecord['job'], 'location'> {
  if (text === '') return {};
  if (text === formatLocation(record.job.location) && record.job.location)
    return { location: record.job.location };
  const parsed = parseLocation(text);
  return { location: Object.keys(parsed).length > 0 ? parsed : { address: text } };
}

const SENIORITIES = new Set<string>(Object.values(Seniority));
const REMOTE_MODES = new Set<string>(Object.values(RemoteMode));

/**
 * The job with the user's corrections. The original posting text is never touched; the details
 * are marked as structured by the user so a later re-run of the rules does not silently undo them.
 */
export function applyDraft(record: JobRecord, draft: JobDraft, now: string): JobRecord {
  const location = draft.location.trim();
  const {
    title: _t,
    company: _c,
    location: _l,
    remote: _r,
    type: _ty,
    responsibilities: _re,
    skills: _s,
    qualifications: _q,
    ...rest
  } = record.job;
  const details = JobDetailsSchema.parse({
    ...(SENIORITIES.has(draft.seniority) ? { seniority: draft.seniority } : {}),
    requiredQualifications: toList(draft.requiredQualifications),
    preferredQualifications: toList(draft.preferredQualifications),
    requiredSkills: toList(draft.requiredSkills),
    preferredSkills: toList(draft.preferredSkills),
    ...(draft.minYears.trim() ? { minYears: Number(draft.minYears) } : {}),
    ...(isDegreeLevel(draft.degree) ? { degree: draft.degree } : {}),
    ...(draft.degreeFields.trim()
      ? {
          degreeFields: draft.degreeFields
            .split(',')
            .map((f) => f.trim())
            .filter(Boolean),
        }
      : {}),
    structuredBy: 'user',
  });
  const qualifications = [...details.requiredQualifications, ...details.preferredQualifications];
  const responsibilities = toList(draft.responsibilities);
  return {
    ...record,
    updatedAt: now,
    job: {
      ...rest,
      ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
      ...(draft.company.trim() ? { company: draft.company.trim() } : {}),
      ...locationOf(record, location),
      ...(REMOTE_MODES.has(draft.remote) ? { remote: draft.remote } : {}),
      ...(draft.type.trim() ? { type: draft.type.trim() } : {}),
      ...(draft.salary.trim() ? { salary: draft.salary.trim() } : {}),
      ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
      ...(responsibilities.length > 0 ? { responsibilities } : {}),
      ...(qualifications.length > 0 ? { qualifications } : {}),
      ...skillsField(details),
    },
    details,
  };
}
