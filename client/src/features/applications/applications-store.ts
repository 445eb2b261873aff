// The Applications area's state: every application with its job and status history.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
  changeApplicationStatus,
  createApplication,
  type ApplicationRecord,
  type ApplicationStatus,
} from '@career-copilot/shared/application/model';
import type { JobRecord } from '@career-copilot/shared/job/model';
import { newId, nowIso } from '../../lib/ids';
import { applicationsRepo, jobsRepo } from '../../storage/repositories';
import { describeStorageError } from '../resumes/resumes-store';

type ApplicationsState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly ApplicationRecord[];
  readonly jobs: Readonly<Record<string, JobRecord>>;
  readonly error?: string;
};

export const applicationsStore = createStore<ApplicationsState>()(() => ({
  status: 'idle',
  items: [],
  jobs: {},
}));
export const useApplications = <T>(select: (s: ApplicationsState) => T) =>
  useStore(applicationsStore, select);

export async function loadApplications(): Promise<void> {
  applicationsStore.setState({ status: 'loading' });
  try {
    const [{ records }, jobs] = await Promise.all([applicationsRepo.list(), jobsRepo.list()]);
    applicationsStore.setState({
      status: 'ready',
      items: records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      jobs: Object.fromEntries(jobs.records.map((j) => [j.id, j])),
      error: undefined,
    });
  } catch (error) {
    applicationsStore.setState({ status: 'error', error: describeStorageError(error) });
  }
}

export async function startApplication(jobId: string): Promise<ApplicationRecord> {
  const record = createApplication({ id: newId('a_'), jobId, now: nowIso() });
  await applicationsRepo.put(record);
  await loadApplications();
  return record;
}

export async function moveApplication(
  id: string,
  status: ApplicationStatus,
  note?: string,
): Promise<void> {
  const current = await applicationsRepo.get(id);
  if (!current) return;
  await applicationsRepo.put(changeApplicationStatus(current, status, nowIso(), note));
  await loadApplications();
}

export async function deleteApplication(id: string): Promise<() => Promise<void>> {
  const record = await applicationsRepo.get(id);
  await applicationsRepo.remove(id);
  await loadApplications();
  return async () => {
    if (record) await applicationsRepo.put(record);
    await loadApplications();
  };
}
