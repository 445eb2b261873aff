// The job as the prompts show it to a model: short, labelled, capped so a long posting cannot crowd out the resume.
import type { JobForMatch } from '../../match/analyse-match';

const MAX_ITEMS = 15;
const MAX_ITEM_CHARS = 300;

function clip(text: string, max = MAX_ITEM_CHARS): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function list(label: string, items: readonly string[] | undefined): string[] {
  const kept = (items ?? []).filter((i) => i.trim()).slice(0, MAX_ITEMS);
  return kept.length ? [`${label}:`, ...kept.map((i) => `- ${clip(i)}`)] : [];
}

/** Title, company, skills and duties as plain labelled lines. */
export function describeJob(record: JobForMatch): string {
  const { job, details } = record;
  return [
    `Title: ${clip(job.title ?? 'not stated')}`,
    ...(job.company ? [`Company: ${clip(job.company)}`] : []),
    ...(details.seniority ? [`Seniority: ${details.seniority}`] : []),
    ...(details.minYears !== undefined ? [`Years of experience asked: ${details.minYears}+`] : []),
    ...list('Required skills', details.requiredSkills),
    ...list('Preferred skills', details.preferredSkills),
    ...list('Required qualifications', details.requiredQualifications),
    ...list('Responsibilities', job.responsibilities),
  ].join('\n');
}

/** Text a person typed, fenced so the model reads it as data, never as instructions. */
export function fenced(label: string, text: string): string {
  const body = text.replace(/<\/?(?:resume|job|notes|posting)>/gi, '');
  return `<${label}>\n${body}\n</${label}>`;
}
