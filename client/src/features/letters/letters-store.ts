// The cover letter area's state: one application's letter, its saved versions, the draft and a streamed generation.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { AiFailure } from '@career-copilot/shared/ai/failures';
import { TaskKind } from '@career-copilot/shared/ai/tasks';
import {
  buildCoverLetterMessages,
  readCoverLetterAnswer,
} from '@career-copilot/shared/ai/tasks/cover-letter/v1';
import { setDocuments } from '@career-copilot/shared/application/edits';
import type { ApplicationRecord } from '@career-copilot/shared/application/model';
import type { JobRecord } from '@career-copilot/shared/job/model';
import {
  DEFAULT_LETTER_OPTIONS,
  LetterSource,
  MAX_LETTER_CHARS,
  type CoverLetterRecord,
  type LetterOptions,
} from '@career-copilot/shared/letters/model';
import { writeTemplateLetter } from '@career-copilot/shared/letters/template-letter';
import { ok } from '@career-copilot/shared/lib/result';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';
import { newId, nowIso } from '../../lib/ids';
import { resolveModel, streamTask } from '../../llm/ai';
import { coverLettersRepo } from '../../storage/letters-repo';
import { applicationsRepo, jobsRepo, resumesRepo } from '../../storage/repositories';
import { editApplication } from '../applications/applications-store';
import { describeStorageError } from '../resumes/resumes-store';
import { modelsEnvironment } from '../settings/models/models-store';

type LetterState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
  readonly application?: ApplicationRecord;
  readonly job?: JobRecord;
  readonly resumes: readonly ResumeRecord[];
  readonly resumeId?: string;
  readonly versions: readonly CoverLetterRecord[];
  readonly draft: string;
  readonly options: LetterOptions;
  readonly generating: boolean;
  /** While a rate limit is waited out. */
  readonly note?: string;
  readonly failure?: AiFailure;
  /** The model's answer arrived but is not a usable letter; kept in the editor to fix by hand. */
  readonly problem?: string;
  readonly error?: string;
};

const initial: LetterState = {
  status: 'idle',
  resumes: [],
  versions: [],
  draft: '',
  options: DEFAULT_LETTER_OPTIONS,
  generating: false,
};

export const lettersStore = createStore<LetterState>()(() => initial);
export const useLetter = <T>(select: (s: LetterState) => T) => useStore(lettersStore, select);

let controller: AbortController | undefined;

export async function openLetter(applicationId: string): Promise<void> {
  controller?.abort();
  lettersStore.setState({ ...initial, status: 'loading' });
  try {
    const application = await applicationsRepo.get(applicationId);
    if (!application) return lettersStore.setState({ status: 'missing' });
    const [job, resumes, versions] = await Promise.all([
      jobsRepo.get(application.jobId),
      resumesRepo.list(),
      coverLettersRepo.listVersions(applicationId),
    ]);
    const latest = versions.at(-1);
    const resumeId =
      latest?.resumeId ??
      application.resumeId ??
      resumes.records.find((r) => !r.jobId)?.id ??
      resumes.records[0]?.id;
    lettersStore.setState({
      status: 'ready',
      application,
      ...(job ? { job } : {}),
      resumes: resumes.records,
      ...(resumeId ? { resumeId } : {}),
      versions,
      draft: latest?.text ?? '',
      options: latest?.options ?? DEFAULT_LETTER_OPTIONS,
    });
  } catch (error) {
    lettersStore.setState({ status: 'error', error: describeStorageError(error) });
  }
}

export function setDraft(draft: string): void {
  lettersStore.setState({ draft, problem: undefined });
}

export function setLetterOptions(options: LetterOptions): void {
  lettersStore.setState({ options });
}

export function chooseResume(resumeId: string): void {
  lettersStore.setState({
    resumeId,
    options: { ...lettersStore.getState().options, leadAchievements: [] },
  });
}

export function currentResume(
  state: LetterState = lettersStore.getState(),
): ResumeRecord | undefined {
  return state.resumes.find((r) => r.id === state.resumeId);
}

async function saveVersion(
  source: LetterSource,
  text: string,
  extra: { model?: string; restoredFrom?: number } = {},
): Promise<CoverLetterRecord | undefined> {
  const state = lettersStore.getState();
  if (!state.application) return undefined;
  if (text.length > MAX_LETTER_CHARS) {
    lettersStore.setState({
      error: `A letter can be at most ${MAX_LETTER_CHARS.toLocaleString('en')} characters.`,
    });
    return undefined;
  }
  try {
    const record = await coverLettersRepo.addVersion({
      id: newId('letter-'),
      applicationId: state.application.id,
      jobId: state.application.jobId,
      ...(state.resumeId ? { resumeId: state.resumeId } : {}),
      createdAt: nowIso(),
      source,
      options: state.options,
      text,
      ...extra,
    });
    lettersStore.setState((s) => ({ versions: [...s.versions, record], error: undefined }));
    await editApplication(state.application.id, (a, now) =>
      ok(setDocuments(a, { coverLetterId: record.id }, now)),
    );
    return record;
  } catch (error) {
    lettersStore.setState({ error: describeStorageError(error) });
    return undefined;
  }
}

/** Unsaved edits become a version before anything replaces them (a new letter, a restore). */
async function keepUnsavedDraft(): Promise<void> {
  const { draft, versions } = lettersStore.getState();
  if (draft.trim() !== '' && draft !== versions.at(-1)?.text)
    await saveVersion(LetterSource.Edit, draft);
}

/** Saves what is in the editor as a new version. */
export function saveDraft(): Promise<CoverLetterRecord | undefined> {
  return saveVersion(LetterSource.Edit, lettersStore.getState().draft);
}

/** Brings back an earlier version as the newest one, so nothing in between is lost. */
export async function restoreVersion(number: number): Promise<void> {
  const version = lettersStore.getState().versions.find((v) => v.number === number);
  if (!version) return;
  await keepUnsavedDraft();
  lettersStore.setState({ draft: version.text, options: version.options, problem: undefined });
  await saveVersion(LetterSource.Restore, version.text, { restoredFrom: number });
}

/** A letter from the template, without a model; saved as a version at once. */
export async function writeLetterWithoutModel(): Promise<void> {
  const state = lettersStore.getState();
  const resume = currentResume(state);
  if (!state.job || !resume) return;
  await keepUnsavedDraft();
  const text = writeTemplateLetter({
    resume: resume.resume,
    job: state.job,
    options: state.options,
  });
  lettersStore.setState({ draft: text, failure: undefined, problem: undefined });
  await saveVersion(LetterSource.Template, text);
}

/** Streams a letter from the user's model into the editor; a finished, valid letter is saved as a version. */
export async function generateLetter(): Promise<void> {
  const state = lettersStore.getState();
  const resume = currentResume(state);
  if (!state.job || !resume || state.generating) return;
  await keepUnsavedDraft();
  controller?.abort();
  const own = new AbortController();
  controller = own;
  // The editor keeps the current draft until the first words arrive, so a failed start loses nothing.
  lettersStore.setState({
    generating: true,
    failure: undefined,
    problem: undefined,
    note: undefined,
  });
  let started = false;
  const messages = buildCoverLetterMessages({
    resume: resume.resume,
    job: state.job,
    options: state.options,
    ...(state.options.notes ? { notes: state.options.notes } : {}),
  });
  const env = modelsEnvironment();
  const resolved = await resolveModel(TaskKind.CoverLetter, env);
  const modelLabel = resolved.ok
    ? `${resolved.value.provider.label} · ${resolved.value.model}`
    : undefined;
  try {
    for await (const event of streamTask(TaskKind.CoverLetter, messages, {
      signal: own.signal,
      env,
    })) {
      if (controller !== own) return;
      if (event.type === 'delta') {
        lettersStore.setState((s) => ({
          draft: (started ? s.draft : '') + event.text,
          note: undefined,
        }));
        started = true;
      } else if (event.type === 'retry')
        lettersStore.setState({
          note: `${event.failure.message} Retrying in ${Math.ceil(event.delaySeconds)} s…`,
        });
      else if (event.type === 'failed')
        lettersStore.setState((s) => ({
          failure: event.failure,
          draft: started ? (event.failure.partialText ?? s.draft) : s.draft,
        }));
      else if (event.type === 'done') {
        const answer = readCoverLetterAnswer(lettersStore.getState().draft);
        if (answer.ok) {
          lettersStore.setState({ draft: answer.value });
          await saveVersion(
            LetterSource.Model,
            answer.value,
            modelLabel ? { model: modelLabel } : {},
          );
        } else {
          lettersStore.setState({
            problem: `The model’s answer is not a usable letter yet (${answer.error}). It is in the editor: fix it and save, or try again.`,
          });
        }
      }
    }
  } finally {
    if (controller === own) {
      controller = undefined;
      lettersStore.setState({ generating: false, note: undefined });
    }
  }
}

export function stopGenerating(): void {
  controller?.abort();
}
