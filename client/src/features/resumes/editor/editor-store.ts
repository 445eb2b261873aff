// The resume editor's state: the working copy, autosave with conflict detection, drafts, undo and redo.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Resume } from '@career-copilot/shared/resume/model';
import { RESUME_DRAFT_VERSION } from '@career-copilot/shared/resume/draft';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';
import { nowIso } from '../../../lib/ids';
import { resumeDraftsRepo, resumesRepo } from '../../../storage/repositories';
import {
  announceResumeEvent,
  liveTabIds,
  onResumeEvent,
  TAB_ID,
  type ResumeEvent,
} from '../resume-events';
import { createResumeFrom, describeStorageError } from '../resumes-store';
import { emptyHistory, recordChange, redoStep, undoStep, type History } from './history';

/** Where the working copy stands against what is stored. */
export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'deleted' | 'error';

export type Working = { readonly name: string; readonly resume: Resume };

export type Conflict = {
  /** The version saved elsewhere that this tab's edits did not start from. */
  readonly theirs: ResumeRecord;
  /** Another tab saved while this one was editing, or a draft from an earlier session is stale. */
  readonly cause: 'other-tab' | 'earlier-session';
};

export type EditorState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
  readonly id?: string;
  /** The stored record this tab's edits build on. */
  readonly stored?: ResumeRecord;
  readonly working: Working;
  readonly save: SaveState;
  readonly savedAt?: string;
  readonly message?: string;
  readonly conflict?: Conflict;
  /** A one-off note for the user ("Recovered changes that had not been saved."). */
  readonly notice?: string;
  readonly history: History<Working>;
};

/** How long typing may pause before the working copy is written through to IndexedDB. */
export const SAVE_DELAY_MS = 400;

const initial: EditorState = {
  status: 'idle',
  working: { name: '', resume: {} },
  save: 'saved',
  history: emptyHistory(),
};

export const editorStore = createStore<EditorState>()(() => initial);
export const useEditor = <T>(select: (s: EditorState) => T) => useStore(editorStore, select);

const get = () => editorStore.getState();
const set = (patch: Partial<EditorState>) => editorStore.setState(patch);

let timer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<void> = Promise.resolve();
/** Counts edits; `savedChange` is the last one known to be stored. */
let changes = 0;
let savedChange = 0;
let unsubscribe: (() => void) | undefined;
/** Counts opens and closes, so a slow open that was superseded does nothing when it finishes. */
let openSession = 0;
/** Drafts this tab holds edits from: its own, plus one it recovered from an earlier session. */
let draftTabs: string[] = [TAB_ID];

function clearTimer() {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
}

async function writeDraft(s: EditorState): Promise<void> {
  if (!s.id || !s.stored) return;
  await resumeDraftsRepo.put({
    resumeId: s.id,
    tabId: TAB_ID,
    schemaVersion: RESUME_DRAFT_VERSION,
    baseRevision: s.stored.revision,
    name: s.working.name,
    resume: s.working.resume,
    savedAt: nowIso(),
  });
}

async function saveOnce(): Promise<void> {
  const s = get();
  if (s.status !== 'ready' || !s.id || !s.stored) return;
  const change = changes;
  if (change === savedChange) return;
  if (s.save === 'conflict' || s.save === 'deleted') {
    // Nothing may overwrite the other version until the user chooses; the edits wait in a draft.
    await writeDraft(s).catch((e: unknown) => set({ message: describeStorageError(e) }));
    return;
  }
  set({ save: 'saving' });
  try {
    const result = await resumesRepo.saveEdit(
      {
        ...s.stored,
        name: s.working.name || s.stored.name,
        resume: s.working.resume,
        updatedAt: nowIso(),
      },
      s.stored.revision,
      draftTabs,
    );
    if (get().id !== s.id) return;
    if (result.ok) {
      savedChange = change;
      draftTabs = [TAB_ID];
      set({
        stored: result.value,
        save: changes === change ? 'saved' : 'pending',
        savedAt: result.value.updatedAt,
        message: undefined,
      });
      announceResumeEvent({ type: 'saved', resumeId: s.id, revision: result.value.revision });
    } else if (result.error.code === 'conflict') {
      set({ save: 'conflict', conflict: { theirs: result.error.current, cause: 'other-tab' } });
      await writeDraft(get());
    } else {
      set({ save: 'deleted' });
      await writeDraft(get());
    }
  } catch (error) {
    set({ save: 'error', message: describeStorageError(error) });
    await writeDraft(get()).catch(() => {});
  }
}

/** Writes the working copy now (or puts it in a draft when it may not overwrite what is stored). */
export function flushSave(): Promise<void> {
  clearTimer();
  queue = queue.then(saveOnce, saveOnce);
  return queue;
}

function scheduleSave() {
  changes += 1;
  const { save } = get();
  if (save === 'saved' || save === 'saving') set({ save: 'pending' });
  clearTimer();
  timer = setTimeout(() => void flushSave(), SAVE_DELAY_MS);
}

function apply(next: Working, key: string | undefined) {
  const s = get();
  if (s.status !== 'ready') return;
  set({
    working: next,
    history: recordChange(s.history, s.working, key, Date.now()),
    notice: undefined,
  });
  scheduleSave();
}

/**
 * Changes the resume. `key` names what changed ("work.0.position"); edits to the same key in
 * quick succession are one undo step.
 */
export function editResume(change: (resume: Resume) => Resume, key?: string): void {
  const { working } = get();
  apply({ ...working, resume: change(working.resume) }, key);
}

export function renameWorking(name: string): void {
  apply({ ...get().working, name }, 'name');
}

export function undo(): void {
  const s = get();
  const step = undoStep(s.history, s.working);
  if (!step) return;
  set({ working: step.value, history: step.history });
  scheduleSave();
}

export function redo(): void {
  const s = get();
  const step = redoStep(s.history, s.working);
  if (!step) return;
  set({ working: step.value, history: step.history });
  scheduleSave();
}

const isDirty = () => changes !== savedChange;

/** Another tab saved, re-created or deleted the resume this tab is editing. */
async function onOtherTab(event: ResumeEvent): Promise<void> {
  const s = get();
  if (s.status !== 'ready' || event.resumeId !== s.id || !s.stored) return;
  if (event.type === 'deleted') {
    set({ save: 'deleted' });
    if (isDirty()) await writeDraft(get());
    return;
  }
  const current = await resumesRepo.get(event.resumeId);
  const now = get();
  if (!current || now.id !== s.id || !now.stored) return;
  if (now.save === 'conflict') {
    set({ conflict: { theirs: current, cause: 'other-tab' } });
    return;
  }
  if (now.save !== 'deleted' && current.revision <= now.stored.revision) return;
  if (!isDirty()) {
    // Nothing unsaved here: follow the other tab, and let Undo go back if that was unwelcome.
    set({
      stored: current,
      working: { name: current.name, resume: current.resume },
      history: recordChange(now.history, now.working, undefined, Date.now()),
      save: 'saved',
      savedAt: current.updatedAt,
      notice: 'Updated with changes saved in another tab.',
    });
  } else if (now.save === 'deleted') {
    set({ stored: current, save: 'conflict', conflict: { theirs: current, cause: 'other-tab' } });
  } else {
    // The save will find the newer revision and stop as a conflict, keeping these edits in a draft.
    await flushSave();
  }
}

/** Opens a resume for editing, recovering unsaved edits from an earlier session if there are any. */
export async function openResume(id: string): Promise<void> {
  // A later open (or a close) supersedes this one while it is still loading.
  const session = ++openSession;
  await leaveCurrent();
  if (session !== openSession) return;
  set({ ...initial, status: 'loading', id });
  try {
    const [record, drafts, live] = await Promise.all([
      resumesRepo.get(id),
      resumeDraftsRepo.listFor(id),
      liveTabIds(),
    ]);
    if (session !== openSession) return;
    if (!record) {
      set({ status: 'missing' });
      return;
    }
    unsubscribe = onResumeEvent((event) => void onOtherTab(event));
    const stored = { name: record.name, resume: record.resume };
    set({ status: 'ready', stored: record, working: stored, savedAt: record.updatedAt });
    // The newest draft holds the latest unsaved edits: this tab's own, or a closed or crashed tab's.
    // A draft of a tab that is still open is that tab's to resolve, so it is left alone.
    const draft = drafts.find((d) => d.tabId === TAB_ID || !live.has(d.tabId));
    if (!draft) return;
    draftTabs = [TAB_ID, draft.tabId];
    const mine = { name: draft.name, resume: draft.resume };
    changes += 1;
    if (draft.baseRevision === record.revision) {
      set({ working: mine, notice: 'Recovered changes that had not been saved.' });
      await flushSave();
    } else {
      set({
        working: mine,
        save: 'conflict',
        conflict: { theirs: record, cause: 'earlier-session' },
      });
    }
  } catch (error) {
    set({ status: 'error', message: describeStorageError(error) });
  }
}

/** Saves what is pending and stops following the resume. */
export async function closeResume(): Promise<void> {
  openSession += 1;
  await leaveCurrent();
}

async function leaveCurrent(): Promise<void> {
  unsubscribe?.();
  unsubscribe = undefined;
  if (get().status === 'ready') await flushSave();
  clearTimer();
  changes = 0;
  savedChange = 0;
  draftTabs = [TAB_ID];
  set(initial);
}

/** Conflict: keep this tab's version, replacing the other one (the user chose to). */
export async function keepMine(): Promise<void> {
  const s = get();
  if (!s.conflict || !s.id) return;
  set({ stored: s.conflict.theirs, conflict: undefined, save: 'pending' });
  changes += 1;
  await flushSave();
}

/** Conflict: take the other version; Undo brings this tab's version back. */
export async function takeTheirs(): Promise<void> {
  const s = get();
  if (!s.conflict || !s.id) return;
  const theirs = s.conflict.theirs;
  savedChange = changes;
  set({
    stored: theirs,
    working: { name: theirs.name, resume: theirs.resume },
    history: recordChange(s.history, s.working, undefined, Date.now()),
    conflict: undefined,
    save: 'saved',
    savedAt: theirs.updatedAt,
  });
  await resumeDraftsRepo.remove(s.id, draftTabs);
  draftTabs = [TAB_ID];
}

/** Conflict: keep both; this tab's version becomes a new resume, this editor shows the other one. */
export async function saveMineAsCopy(): Promise<ResumeRecord | undefined> {
  const s = get();
  if (!s.conflict || !s.id) return undefined;
  const copy = await createResumeFrom(
    `${s.working.name || s.conflict.theirs.name} (my version)`,
    s.working.resume,
    s.id,
  );
  await takeTheirs();
  return copy;
}

/** The resume was deleted elsewhere: put it back with this tab's content. */
export async function restoreDeleted(): Promise<void> {
  const s = get();
  if (s.save !== 'deleted' || !s.stored || !s.id) return;
  const record: ResumeRecord = {
    ...s.stored,
    name: s.working.name || s.stored.name,
    resume: s.working.resume,
    revision: s.stored.revision + 1,
    updatedAt: nowIso(),
  };
  await resumesRepo.put(record);
  await resumeDraftsRepo.remove(s.id, draftTabs);
  draftTabs = [TAB_ID];
  savedChange = changes;
  set({ stored: record, save: 'saved', savedAt: record.updatedAt });
  announceResumeEvent({ type: 'created', resumeId: s.id });
}

export function dismissNotice(): void {
  set({ notice: undefined });
}
