// The Jobs area's state: saved postings with their original text and structure, and the actions on them.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { JOB_RECORD_VERSION, type JobRecord } from '@career-copilot/shared/job/model';
import {
  MAX_JOB_FILE_BYTES,
  MAX_POSTING_CHARS,
  readPosting,
} from '@career-copilot/shared/match/posting-input';
import {
  buildStructureJobMessages,
  STRUCTURE_JOB_SCHEMA_NAME,
  StructureJobOutputSchema,
} from '@career-copilot/shared/ai/tasks/structure-job/v1';
import { MAX_SAVED_PAGE_BYTES, readSavedPage } from '@career-copilot/shared/match/saved-page';
import { TaskKind } from '@career-copilot/shared/ai/tasks';
import { mergeRefinedJob, type JobFieldChange } from '@career-copilot/shared/match/refine-job';
import { generateTaskObject } from '../../llm/ai';
import type { ProviderEnvironment } from '../../llm/registry';
import { newId, nowIso } from '../../lib/ids';
import { modelsEnvironment } from '../settings/models/models-store';
import { applicationsRepo, jobsRepo } from '../../storage/repositories';
import { describeStorageError } from '../resumes/resumes-store';
import { applyDraft, checkDraft, type JobDraft } from './job-draft';

export { MAX_POSTING_CHARS };

type JobsState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly JobRecord[];
  /** Stored jobs that could not be read; left untouched in the database. */
  readonly problems: ReadonlyArray<{ id: string; message: string }>;
  readonly error?: string;
};

export const jobsStore = createStore<JobsState>()(() => ({
  status: 'idle',
  items: [],
  problems: [],
}));
export const useJobs = <T>(select: (s: JobsState) => T) => useStore(jobsStore, select);

export async function loadJobs(): Promise<void> {
  jobsStore.setState({ status: 'loading' });
  try {
    const { records, problems } = await jobsRepo.list();
    jobsStore.setState({
      status: 'ready',
      items: records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      problems,
      error: undefined,
    });
  } catch (error) {
    jobsStore.setState({ status: 'error', error: describeStorageError(error) });
  }
}

export type AddOutcome =
  | { readonly ok: true; readonly record: JobRecord; readonly notes: readonly string[] }
  | { readonly ok: false; readonly message: string };

export type PostingOverrides = { title?: string; company?: string; sourceUrl?: string };

async function save(record: JobRecord, notes: readonly string[]): Promise<AddOutcome> {
  try {
    await jobsRepo.put(record);
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
  await loadJobs();
  return { ok: true, record, notes };
}

/**
 * Saves a posting: structures it with rules at once (no model), keeps the text exactly as given,
 * and lets a title or company the user typed win over what the rules found.
 */
export async function addJobFromText(
  text: string,
  overrides: PostingOverrides = {},
): Promise<AddOutcome> {
  const read = readPosting(text);
  if (!read.ok) return { ok: false, message: read.error.message };
  const { job, details, notes } = read.value;
  const title = overrides.title?.trim();
  const company = overrides.company?.trim();
  const now = nowIso();
  const record: JobRecord = {
    id: newId('j_'),
    schemaVersion: JOB_RECORD_VERSION,
    createdAt: now,
    updatedAt: now,
    sourceText: text,
    ...(overrides.sourceUrl?.trim() ? { sourceUrl: overrides.sourceUrl.trim() } : {}),
    job: { ...job, ...(title ? { title } : {}), ...(company ? { company } : {}) },
    details,
  };
  const remaining = notes.filter(
    (n) => !(title && n.startsWith('No job title')) && !(company && n.startsWith('No company')),
  );
  return save(record, remaining);
}

const FileKind = { Json: 'json', Page: 'page', Text: 'text' } as const;
type FileKind = (typeof FileKind)[keyof typeof FileKind];

function fileKindOf(file: File): FileKind | undefined {
  const name = file.name.toLowerCase();
  if (/\.json$/.test(name) || file.type === 'application/json') return FileKind.Json;
  if (/\.(?:html?|xhtml)$/.test(name) || /^(?:text\/html|application\/xhtml\+xml)$/.test(file.type))
    return FileKind.Page;
  if (/\.(?:txt|md|markdown|text)$/.test(name) || /^text\/(?:plain|markdown)$/.test(file.type))
    return FileKind.Text;
  return undefined;
}

const LIMITS: Readonly<Record<FileKind, { bytes: number; what: string }>> = {
  json: { bytes: MAX_JOB_FILE_BYTES, what: 'a JSON Resume job file is a few kB' },
  page: { bytes: MAX_SAVED_PAGE_BYTES, what: 'the most a saved page can be is 5 MB' },
  text: { bytes: MAX_JOB_FILE_BYTES, what: 'a posting’s text is a few kB' },
};

async function readFileText(file: File): Promise<string | undefined> {
  try {
    return await file.text();
  } catch {
    return undefined;
  }
}

/** A saved web page: its posting read from the page, the user's title and company winning. */
async function addJobFromPage(
  file: File,
  html: string,
  overrides: PostingOverrides,
): Promise<AddOutcome> {
  const read = readSavedPage(html);
  if (!read.ok) return { ok: false, message: `“${file.name}”: ${read.error.message}` };
  const page = read.value;
  if (page.text.length > MAX_POSTING_CHARS) {
    return {
      ok: false,
      message: `The readable text of “${file.name}” is ${page.text.length.toLocaleString('en-US')} characters, more than the ${MAX_POSTING_CHARS.toLocaleString('en-US')} a posting can be: the page holds more than the posting. Open it, copy just the posting and paste that.`,
    };
  }
  const title = overrides.title?.trim() || page.title;
  const company = overrides.company?.trim() || page.company;
  return addJobFromText(page.text, {
    ...(title ? { title } : {}),
    ...(company ? { company } : {}),
    ...(page.sourceUrl ? { sourceUrl: page.sourceUrl } : {}),
  });
}

/**
 * Imports a file: a JSON Resume job, a web page saved from a job board (.html) or the posting's
 * text (.txt, .md). Checks its kind and size before reading it whole.
 */
export async function addJobFromFile(
  file: File,
  overrides: PostingOverrides = {},
): Promise<AddOutcome> {
  const kind = fileKindOf(file);
  if (!kind) {
    return {
      ok: false,
      message: `“${file.name}” is not a file this can import. Choose a web page saved from your browser (.html), a text file (.txt, .md) or a JSON Resume job file (.json), or paste the posting’s text.`,
    };
  }
  const limit = LIMITS[kind];
  if (file.size > limit.bytes) {
    return {
      ok: false,
      message: `“${file.name}” is ${(file.size / 1_000_000).toFixed(1)} MB; ${limit.what}. Check it is the right file.`,
    };
  }
  const text = await readFileText(file);
  if (text === undefined)
    return { ok: false, message: `“${file.name}” could not be read. Try choosing it again.` };
  if (kind === FileKind.Page) return addJobFromPage(file, text, overrides);
  if (kind === FileKind.Text) return addJobFromText(text, overrides);
  if (!text.trim().startsWith('{')) {
    return {
      ok: false,
      message: `“${file.name}” does not hold a JSON object, so it is not a JSON Resume job file.`,
    };
  }
  return addJobFromText(text);
}

export type SaveOutcome =
  { ok: true; record: JobRecord } | { ok: false; message: string; field?: keyof JobDraft };

/** Stores the user's corrections to the structured fields (the posting text stays as it was). */
export async function saveJobEdits(id: string, draft: JobDraft): Promise<SaveOutcome> {
  const problem = checkDraft(draft)[0];
  if (problem) return { ok: false, message: problem.message, field: problem.field };
  try {
    const current = await jobsRepo.get(id);
    if (!current)
      return {
        ok: false,
        message: 'This job no longer exists; it may have been deleted in another tab.',
      };
    const next = applyDraft(current, draft, nowIso());
    await jobsRepo.put(next);
    await loadJobs();
    return { ok: true, record: next };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}

/** Throws away the user's corrections and structures the original posting again with the rules. */
export async function restructureJob(id: string): Promise<SaveOutcome> {
  try {
    const current = await jobsRepo.get(id);
    if (!current) return { ok: false, message: 'This job no longer exists.' };
    const read = readPosting(current.sourceText);
    if (!read.ok) return { ok: false, message: read.error.message };
    const next: JobRecord = {
      ...current,
      updatedAt: nowIso(),
      job: read.value.job,
      details: read.value.details,
    };
    await jobsRepo.put(next);
    await loadJobs();
    return { ok: true, record: next };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}

export type RefineOutcome =
  | { ok: true; record: JobRecord; changes: readonly JobFieldChange[] }
  | { ok: false; message: string; stopped?: boolean };

/**
 * Has the user's model read the posting and merges its reading into what the rules (or the user)
 * found: gaps filled, items the posting states added; nothing set is replaced.
 */
export async function refineJobWithModel(
  id: string,
  signal?: AbortSignal,
  env: ProviderEnvironment = modelsEnvironment(),
): Promise<RefineOutcome> {
  try {
    const current = await jobsRepo.get(id);
    if (!current) return { ok: false, message: 'This job no longer exists.' };
    const result = await generateTaskObject(
      TaskKind.StructureJob,
      buildStructureJobMessages(current),
      {
        schema: StructureJobOutputSchema,
        schemaName: STRUCTURE_JOB_SCHEMA_NAME,
        env,
        ...(signal ? { signal } : {}),
      },
    );
    if (!result.ok)
      return {
        ok: false,
        message: result.error.message,
        ...(result.error.code === 'aborted' ? { stopped: true } : {}),
      };
    // The user may have saved corrections while the model was reading: merge into the latest.
    const latest = (await jobsRepo.get(id)) ?? current;
    const merged = mergeRefinedJob(latest, result.value);
    if (merged.changes.length === 0) return { ok: true, record: latest, changes: [] };
    const next: JobRecord = {
      ...latest,
      updatedAt: nowIso(),
      job: merged.job,
      details: merged.details,
    };
    await jobsRepo.put(next);
    await loadJobs();
    return { ok: true, record: next, changes: merged.changes };
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
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
