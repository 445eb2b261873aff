// The import flow's state: parse a file or pasted text, review and fix the result, save it.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ParseError } from '@career-copilot/shared/parse/errors';
import type { ParseResult } from '@career-copilot/shared/parse/types';
import type { Resume } from '@career-copilot/shared/resume/model';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import { describeZodIssue } from '@career-copilot/shared/lib/versioned';
import {
  RESUME_RECORD_VERSION,
  ResumeRecordSchema,
  type ResumeRecord,
} from '@career-copilot/shared/resume/record';
import { newId, nowIso } from '../../lib/ids';
import { resumesRepo } from '../../storage/repositories';
import { describeStorageError } from '../resumes/resumes-store';
import type { ParseProgress } from '../../workers/parse-protocol';
import { parseInWorker, type ParseSource, type Parser } from './parse-in-worker';

export type ImportPhase = 'idle' | 'parsing' | 'password' | 'review' | 'saving' | 'error';

type ImportState = {
  readonly phase: ImportPhase;
  /** What is being imported: a file name, or "Pasted text". */
  readonly label?: string;
  readonly progress?: ParseProgress;
  readonly error?: ParseError;
  /** The parse as it came out, for the side-by-side view and confidences. */
  readonly result?: ParseResult;
  /** The resume as the user is fixing it. */
  readonly draft?: Resume;
  /** Kept while a password is asked for. */
  readonly file?: File;
};

const initial: ImportState = { phase: 'idle' };
export const importStore = createStore<ImportState>()(() => initial);
export const useImport = <T>(select: (s: ImportState) => T) => useStore(importStore, select);

let parser: Parser = parseInWorker;
/** Replaces the parser (tests run it in-process; the app uses the worker). */
export function setImportParser(next: Parser): void {
  parser = next;
}

let run = 0;

async function parse(source: ParseSource, label: string): Promise<void> {
  const id = ++run;
  importStore.setState({
    phase: 'parsing',
    label,
    progress: { stage: 'reading' },
    error: undefined,
    result: undefined,
    draft: undefined,
    file: 'file' in source ? source.file : undefined,
  });
  const result = await parser(source, {
    onProgress: (progress) => {
      if (id === run) importStore.setState({ progress });
    },
  });
  // A newer import (or a reset) started meanwhile: this result is no longer wanted.
  if (id !== run) return;
  if (result.ok) {
    importStore.setState({
      phase: 'review',
      result: result.value,
      draft: result.value.resume,
      progress: undefined,
      file: undefined,
    });
    return;
  }
  const needsPassword = result.error.code === 'encrypted' || result.error.code === 'password_wrong';
  importStore.setState({
    phase: needsPassword ? 'password' : 'error',
    error: result.error,
    progress: undefined,
  });
}

export function importFile(file: File, password?: string): Promise<void> {
  return parse(password === undefined ? { file } : { file, password }, file.name);
}

export function importText(text: string): Promise<void> {
  return parse({ text }, 'Pasted text');
}

export function resetImport(): void {
  run++;
  importStore.setState(initial, true);
}

/** Applies a change to the draft under review. */
export function editDraft(change: (draft: Resume) => Resume): void {
  const { draft } = importStore.getState();
  if (draft) importStore.setState({ draft: change(draft) });
}

function libraryName(resume: Resume, label: string | undefined): string {
  const fromFile = label && label !== 'Pasted text' ? label.replace(/\.[a-z0-9]+$/i, '') : '';
  return (fromFile || resume.basics?.name || 'Imported resume').slice(0, 120);
}

/**
 * Saves the reviewed resume to the library, with where it came from and the parse warnings.
 * A draft the user made invalid (a date that is no date) is refused with the field named.
 */
export async function saveImport(): Promise<Result<ResumeRecord, string>> {
  const { draft, label, result } = importStore.getState();
  if (!draft) return err('There is nothing to save.');
  const now = nowIso();
  const source = draft.meta?.source ?? result?.resume.meta?.source ?? { kind: 'text' as const };
  const record: ResumeRecord = {
    id: newId('r_'),
    schemaVersion: RESUME_RECORD_VERSION,
    name: libraryName(draft, label),
    createdAt: now,
    updatedAt: now,
    revision: 0,
    resume: {
      ...draft,
      meta: {
        ...draft.meta,
        source: { ...source, importedAt: now },
        ...(result && result.warnings.length > 0
          ? { warnings: result.warnings.map((w) => w.message) }
          : {}),
      },
    },
  };
  const checked = ResumeRecordSchema.safeParse(record);
  if (!checked.success) return err(`Fix this before saving: ${describeZodIssue(checked.error)}.`);
  importStore.setState({ phase: 'saving' });
  try {
    await resumesRepo.put(checked.data);
  } catch (error) {
    importStore.setState({ phase: 'review' });
    return err(describeStorageError(error));
  }
  resetImport();
  return ok(checked.data);
}

/** A blank resume, for people who would rather start from nothing. */
export async function createEmptyResume(): Promise<ResumeRecord> {
  const now = nowIso();
  const record: ResumeRecord = {
    id: newId('r_'),
    schemaVersion: RESUME_RECORD_VERSION,
    name: 'Untitled resume',
    createdAt: now,
    updatedAt: now,
    revision: 0,
    resume: { basics: {}, meta: { source: { kind: 'scratch' } } },
  };
  await resumesRepo.put(record);
  return record;
}
