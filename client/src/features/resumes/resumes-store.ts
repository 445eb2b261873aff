// The Resumes area's state: the library of resumes in IndexedDB, and the actions on it.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { RESUME_RECORD_VERSION, type ResumeRecord } from '@career-copilot/shared/resume/record';
import { newId, nowIso } from '../../lib/ids';
import { resumesRepo } from '../../storage/repositories';

type ResumesState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly ResumeRecord[];
  readonly problems: ReadonlyArray<{ id: string; message: string }>;
  readonly error?: string;
};

export const resumesStore = createStore<ResumesState>()(() => ({
  status: 'idle',
  items: [],
  problems: [],
}));
export const useResumes = <T>(select: (s: ResumesState) => T) => useStore(resumesStore, select);

const byLastEdited = (a: ResumeRecord, b: ResumeRecord) => b.updatedAt.localeCompare(a.updatedAt);

export async function loadResumes(): Promise<void> {
  resumesStore.setState({ status: 'loading' });
  try {
    const { records, problems } = await resumesRepo.list();
    resumesStore.setState({
      status: 'ready',
      items: records.sort(byLastEdited),
      problems,
      error: undefined,
    });
  } catch (error) {
    resumesStore.setState({ status: 'error', error: describeStorageError(error) });
  }
}

export async function createBlankResume(name: string): Promise<ResumeRecord> {
  const now = nowIso();
  const record: ResumeRecord = {
    id: newId('r_'),
    schemaVersion: RESUME_RECORD_VERSION,
    name: name.trim() || 'Untitled resume',
    createdAt: now,
    updatedAt: now,
    revision: 0,
    resume: { basics: {}, meta: { source: { kind: 'scratch' } } },
  };
  await resumesRepo.put(record);
  await loadResumes();
  return record;
}

export async function renameResume(id: string, name: string): Promise<void> {
  const record = await resumesRepo.get(id);
  if (!record) return;
  await resumesRepo.put({
    ...record,
    name: name.trim() || record.name,
    updatedAt: nowIso(),
    revision: record.revision + 1,
  });
  await loadResumes();
}

/** Deletes a resume and returns how to bring it back (for the Undo toast). */
export async function deleteResume(id: string): Promise<() => Promise<void>> {
  const record = await resumesRepo.get(id);
  await resumesRepo.remove(id);
  await loadResumes();
  return async () => {
    if (record) await resumesRepo.put(record);
    await loadResumes();
  };
}

export function describeStorageError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'Your browser has no room left for Career Copilot’s data. Free some space (Settings shows how much is used) and try again.';
  }
  if (
    error instanceof DOMException &&
    (error.name === 'InvalidStateError' || error.name === 'UnknownError')
  ) {
    return 'The browser refused to open local storage (private browsing, or storage turned off for this site).';
  }
  return error instanceof Error ? error.message : 'Local storage failed for an unknown reason.';
}
