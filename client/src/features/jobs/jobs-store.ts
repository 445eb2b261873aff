// The Jobs area's state: saved postings, kept with their original text.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
  JOB_RECORD_VERSION,
  JobDetailsSchema,
  type JobRecord,
} from '@career-copilot/shared/job/model';
import { newId, nowIso } from '../../lib/ids';
import { applicationsRepo, jobsRepo } from '../../storage/repositories';
import { describeStorageError } from '../resumes/resumes-store';

type JobsState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly JobRecord[];
  readonly error?: string;
};

export const jobsStore = createStore<JobsState>()(() => ({ status: 'idle', items: [] }));
export const useJobs = <T>(select: (s: JobsState) => T) => useStore(jobsStore, select);

/** The most a pasted posting may hold: generous for any real posting, small enough to stay fast. */
export const MAX_POSTING_CHARS = 100_000;

export async function loadJobs(): Promise<void> {
  jobsStore.setState({ status: 'loading' });
  try {
    const { records } = await jobsRepo.list();
    jobsStore.setState({
      status: 'ready',
      items: records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      error: undefined,
    });
  } catch (error) {
    jobsStore.setState({ status: 'error', error: describeStorageError(error) });
  }
}

export type NewJobInput = {
  title: string;
  company: string;
  sourceText: string;
  sourceUrl?: string;
};

export function validateNewJob(input: NewJobInput): string | undefined {
  if (!input.sourceText.trim()) return 'Paste the job posting’s text.';
  if (input.sourceText.length > MAX_POSTING_CHARS) {
    return `That posting is ${input.sourceText.length.toLocaleString()} characters; the most we keep is ${MAX_POSTING_CHARS.toLocaleString()}. Paste only the posting itself.`;
  }
  return undefined;
}

export async function addJob(input: NewJobInput): Promise<JobRecord> {
  const problem = validateNewJob(input);
  if (problem) throw new Error(problem);
  const now = nowIso();
  const firstLine = input.sourceText.trim().split('\n')[0]?.trim().slice(0, 120) ?? '';
  const record: JobRecord = {
    id: newId('j_'),
    schemaVersion: JOB_RECORD_VERSION,
    createdAt: now,
    updatedAt: now,
    sourceText: input.sourceText,
    ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}),
    job: {
      title: input.title.trim() || firstLine || 'Untitled job',
      ...(input.company.trim() ? { company: input.company.trim() } : {}),
    },
    details: JobDetailsSchema.parse({}),
  };
  await jobsRepo.put(record);
  await loadJobs();
  return record;
}

export async function deleteJob(id: string): Promise<() => Promise<void>> {
  const record = await jobsRepo.get(id);
  await jobsRepo.remove(id);
  await loadJobs();
  return async () => {
    if (record) await jobsRepo.put(record);
    await loadJobs();
  };
}

/** How many applications point at a job, so deleting it can warn first. */
export async function countApplicationsForJob(id: string): Promise<number> {
  return (await applicationsRepo.listForJob(id)).length;
}
