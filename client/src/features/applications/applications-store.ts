// The Applications area's state: every application with the jobs and resumes it links, and the edits on it.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import {
  moveApplication,
  undoLastMove,
  type EditProblem,
} from '@career-copilot/shared/application/edits';
import {
  createApplication,
  type ApplicationRecord,
  type ApplicationStatus,
  type ChangeSource,
  type StatusChange,
} from '@career-copilot/shared/application/model';
import type { JobRecord } from '@career-copilot/shared/job/model';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import { newId, nowIso } from '../../lib/ids';
import { applicationDocumentsRepo } from '../../storage/letters-repo';
import { applicationsRepo, jobsRepo, resumesRepo } from '../../storage/repositories';
import { describeStorageError } from '../resumes/resumes-store';

/** What the tracker needs to show about a resume in the library, without its whole document. */
export type ResumeLabel = {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
  readonly baseResumeId?: string;
  readonly jobId?: string;
};

type ApplicationsState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly ApplicationRecord[];
  readonly jobs: Readonly<Record<string, JobRecord>>;
  readonly resumes: Readonly<Record<string, ResumeLabel>>;
  /** Stored applications that could not be read (damaged, or from a newer app). */
  readonly problems: ReadonlyArray<{ id: string; message: string }>;
  readonly error?: string;
};

export const applicationsStore = createStore<ApplicationsState>()(() => ({
  status: 'idle',
  items: [],
  jobs: {},
  resumes: {},
  problems: [],
}));
export const useApplications = <T>(select: (s: ApplicationsState) => T) =>
  useStore(applicationsStore, select);

/** A failed edit, with the sentence to show. */
export type EditFailure = EditProblem | { code: 'missing' | 'storage'; message: string };

const byLastEdited = (a: ApplicationRecord, b: ApplicationRecord) =>
  b.updatedAt.localeCompare(a.updatedAt);

// Other tabs hear about every write and reload, so a board open in two tabs stays the same.
const channel =
  typeof BroadcastChannel === 'undefined'
    ? undefined
    : new BroadcastChannel('career-copilot:applications');
channel?.addEventListener('message', () => void loadApplications());

let loading: Promise<void> | undefined;

export function loadApplications(): Promise<void> {
  loading ??= readAll().finally(() => {
    loading = undefined;
  });
  return loading;
}

/** Loads once; later calls reuse what is in memory (the badge and the views share it). */
export async function ensureApplicationsLoaded(): Promise<void> {
  if (applicationsStore.getState().status === 'idle') await loadApplications();
}

async function readAll(): Promise<void> {
  if (applicationsStore.getState().status !== 'ready') {
    applicationsStore.setState({ status: 'loading' });
  }
  try {
    const [applications, jobs, resumes] = await Promise.all([
      applicationsRepo.list(),
      jobsRepo.list(),
      resumesRepo.list(),
    ]);
    applicationsStore.setState({
      status: 'ready',
      items: applications.records.sort(byLastEdited),
      problems: applications.problems,
      jobs: Object.fromEntries(jobs.records.map((j) => [j.id, j])),
      resumes: Object.fromEntries(
        resumes.records.map((r) => [
          r.id,
          {
            id: r.id,
            name: r.name,
            updatedAt: r.updatedAt,
            ...(r.baseResumeId ? { baseResumeId: r.baseResumeId } : {}),
            ...(r.jobId ? { jobId: r.jobId } : {}),
          },
        ]),
      ),
      error: undefined,
    });
  } catch (error) {
    applicationsStore.setState({ status: 'error', error: describeStorageError(error) });
  }
}

function replaceItem(record: ApplicationRecord): void {
  applicationsStore.setState((s) => ({
    items: s.items.some((a) => a.id === record.id)
      ? s.items.map((a) => (a.id === record.id ? record : a))
      : [record, ...s.items],
  }));
}

function announceChange(id: string): void {
  channel?.postMessage({ id });
}

export type NewApplicationInput = {
  readonly jobId: string;
  readonly resumeId?: string;
  readonly status?: ApplicationStatus;
  readonly statusAt?: string;
};

export async function startApplication(
  input: NewApplicationInput,
): Promise<Result<ApplicationRecord, EditFailure>> {
  const now = nowIso();
  if (input.statusAt && Date.parse(input.statusAt) > Date.parse(now) + 60_000) {
    return err({ code: 'in_future', field: 'at', message: 'That date is in the future.' });
  }
  const record = createApplication({
    id: newId('a_'),
    now,
    jobId: input.jobId,
    ...(input.resumeId ? { resumeId: input.resumeId } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.statusAt ? { statusAt: input.statusAt } : {}),
  });
  try {
    await applicationsRepo.put(record);
  } catch (error) {
    return err({ code: 'storage', message: describeStorageError(error) });
  }
  replaceItem(record);
  announceChange(record.id);
  return ok(record);
}

/**
 * Applies an edit to one application: atomically in storage, then in memory. The edit is a pure
 * function from shared (it may refuse with a problem); `now` is passed in so it can stamp changes.
 */
export async function editApplication(
  id: string,
  edit: (current: ApplicationRecord, now: string) => Result<ApplicationRecord, EditProblem>,
): Promise<Result<ApplicationRecord, EditFailure>> {
  let result: Result<ApplicationRecord, EditProblem | { code: 'missing' }>;
  try {
    result = await applicationsRepo.update(id, (current) => edit(current, nowIso()));
  } catch (error) {
    return err({ code: 'storage', message: describeStorageError(error) });
  }
  if (!result.ok) {
    if (result.error.code === 'missing') {
      void loadApplications();
      return err({
        code: 'missing',
        message: 'This application no longer exists (it may have been deleted in another tab).',
      });
    }
    return err(result.error as EditProblem);
  }
  replaceItem(result.value);
  announceChange(id);
  return ok(result.value);
}

export type MoveOptions = {
  readonly note?: string;
  readonly at?: string;
  readonly source: ChangeSource;
};

/**
 * Moves an application to a stage. The card moves on screen at once; storage follows, and a
 * failure puts it back and says why.
 */
export async function moveApplicationTo(
  id: string,
  status: ApplicationStatus,
  options: MoveOptions,
): Promise<Result<{ record: ApplicationRecord; change: StatusChange }, EditFailure>> {
  const before = applicationsStore.getState().items.find((a) => a.id === id);
  if (before) {
    const optimistic = moveApplication(before, status, options, nowIso());
    if (optimistic.ok) replaceItem(optimistic.value);
  }
  const result = await editApplication(id, (current, now) =>
    moveApplication(current, status, options, now),
  );
  if (!result.ok) {
    if (before && result.error.code !== 'missing') replaceItem(before);
    return result;
  }
  const change = result.value.history.at(-1);
  if (!change) throw new Error('a moved application has history');
  return ok({ record: result.value, change });
}

/** Takes back a move (Undo); refused if the application moved again since. */
export function undoMove(id: string, change: StatusChange) {
  return editApplication(id, (current, now) => undoLastMove(current, change, now));
}

export async function deleteApplication(id: string): Promise<() => Promise<void>> {
  const record = await applicationsRepo.get(id);
  await applicationsRepo.remove(id);
  const documents = await applicationDocumentsRepo.removeFor(id);
  applicationsStore.setState((s) => ({ items: s.items.filter((a) => a.id !== id) }));
  announceChange(id);
  return async () => {
    if (!record) return;
    await applicationsRepo.put(record);
    await applicationDocumentsRepo.restore(documents);
    replaceItem(record);
    announceChange(id);
  };
}
