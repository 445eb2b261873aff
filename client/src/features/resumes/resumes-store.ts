// The Resumes area's state: the library of resumes in IndexedDB, and the actions on it.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { defaultPaperForLocale } from '@career-copilot/shared/resume/paper';
import { DEFAULT_TEMPLATE_ID } from '@career-copilot/shared/render/templates/template';
import type { Resume } from '@career-copilot/shared/resume/model';
import { RESUME_RECORD_VERSION, type ResumeRecord } from '@career-copilot/shared/resume/record';
import { newId, nowIso } from '../../lib/ids';
import { resumesRepo } from '../../storage/repositories';
import { announceResumeEvent, onResumeEvent } from './resume-events';

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
  if (resumesStore.getState().status !== 'ready') resumesStore.setState({ status: 'loading' });
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

/** Keeps the list current when another tab saves, creates or deletes a resume. */
export function followOtherTabs(): () => void {
  return onResumeEvent(() => void loadResumes());
}

/** A resume's text for the search box: its name, the person, headline and employers. */
export function searchableText(record: ResumeRecord): string {
  const r = record.resume;
  return [
    record.name,
    r.basics?.name,
    r.basics?.label,
    ...(r.work ?? []).flatMap((w) => [w.name, w.position]),
    ...(r.skills ?? []).flatMap((s) => [s.name, ...(s.keywords ?? [])]),
  ]
    .filter(Boolean)
    .join(' ')
    .toLocaleLowerCase();
}

/** Resumes whose text holds every word of the query, in library order. */
export function searchResumes(items: readonly ResumeRecord[], query: string): ResumeRecord[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((r) => {
    const text = searchableText(r);
    return words.every((w) => text.includes(w));
  });
}

function newRecord(name: string, resume: Resume, extra: Partial<ResumeRecord> = {}): ResumeRecord {
  const now = nowIso();
  return {
    id: newId('r_'),
    schemaVersion: RESUME_RECORD_VERSION,
    name,
    createdAt: now,
    updatedAt: now,
    revision: 0,
    resume,
    ...extra,
  };
}

async function addRecord(record: ResumeRecord): Promise<ResumeRecord> {
  await resumesRepo.put(record);
  announceResumeEvent({ type: 'created', resumeId: record.id });
  await loadResumes();
  return record;
}

export async function createBlankResume(name: string): Promise<ResumeRecord> {
  const paper = defaultPaperForLocale(
    typeof navigator === 'undefined' ? undefined : navigator.language,
  );
  return addRecord(
    newRecord(name.trim() || 'Untitled resume', {
      meta: { source: { kind: 'scratch' }, template: { id: DEFAULT_TEMPLATE_ID, paper } },
    }),
  );
}

/** Saves a resume as a new library entry (an edited copy kept when two tabs disagreed). */
export async function createResumeFrom(
  name: string,
  resume: Resume,
  baseResumeId?: string,
  jobId?: string,
): Promise<ResumeRecord> {
  return addRecord(
    newRecord(name, resume, {
      ...(baseResumeId ? { baseResumeId } : {}),
      ...(jobId ? { jobId } : {}),
    }),
  );
}

/** A tailored copy: the same content, linked to the resume it was made from. */
export async function duplicateResume(id: string): Promise<ResumeRecord | undefined> {
  const source = await resumesRepo.get(id);
  if (!source) return undefined;
  const resume = structuredClone(source.resume);
  resume.meta = { ...resume.meta, source: { kind: 'tailored' } };
  return addRecord(
    newRecord(`Tailored copy of ${source.name}`, resume, {
      baseResumeId: source.id,
      ...(source.jobId ? { jobId: source.jobId } : {}),
    }),
  );
}

export async function renameResume(id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) return;
  const saved = await resumesRepo.update(id, (r) => ({ ...r, name: trimmed, updatedAt: nowIso() }));
  if (saved) announceResumeEvent({ type: 'saved', resumeId: id, revision: saved.revision });
  await loadResumes();
}

/** Deletes a resume and returns how to bring it back (for the Undo toast). */
export async function deleteResume(id: string): Promise<() => Promise<void>> {
  const record = await resumesRepo.get(id);
  await resumesRepo.removeWithDraft(id);
  announceResumeEvent({ type: 'deleted', resumeId: id });
  await loadResumes();
  return async () => {
    if (record) {
      await resumesRepo.put(record);
      announceResumeEvent({ type: 'created', resumeId: id });
    }
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
