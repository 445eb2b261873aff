// How a resume version reads in the tracker: its name, and what it is a tailored copy of.
import type { JobRecord } from '@career-copilot/shared/job/model';
import { describeJob } from '@career-copilot/shared/application/summary';
import type { ResumeLabel } from './applications-store';

/** "Tailored for Staff Engineer at Acme, from “Backend resume”", or undefined for a base resume. */
export function tailoredNote(
  resume: ResumeLabel,
  resumes: Readonly<Record<string, ResumeLabel>>,
  jobs: Readonly<Record<string, JobRecord>>,
): string | undefined {
  if (!resume.baseResumeId && !resume.jobId) return undefined;
  const parts: string[] = [];
  if (resume.jobId) parts.push(`tailored for ${describeJob(jobs[resume.jobId]?.job)}`);
  else parts.push('a tailored copy');
  if (resume.baseResumeId) {
    const base = resumes[resume.baseResumeId];
    parts.push(base ? `from “${base.name}”` : 'from a resume since deleted');
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The resumes to offer for an application: copies tailored for its job first, then the rest,
 * newest first within each group.
 */
export function resumeChoices(
  resumes: Readonly<Record<string, ResumeLabel>>,
  jobId: string | undefined,
): ResumeLabel[] {
  const all = Object.values(resumes).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const forJob = all.filter((r) => jobId && r.jobId === jobId);
  return [...forJob, ...all.filter((r) => !forJob.includes(r))];
}
