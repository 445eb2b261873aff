// The match panel's state: the resumes to compare a job with, and which one the user picked.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';
import { resumesRepo, settingsRepo } from '../../storage/repositories';
import { describeStorageError } from '../resumes/resumes-store';

type MatchState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly resumes: readonly ResumeRecord[];
  readonly selectedId?: string;
  readonly error?: string;
};

/** Remembered across visits, so the panel opens on the resume the user compares with. */
const SELECTED_KEY = 'jobs.matchResumeId';

export const matchStore = createStore<MatchState>()(() => ({ status: 'idle', resumes: [] }));
export const useMatch = <T>(select: (s: MatchState) => T) => useStore(matchStore, select);

export async function loadMatchResumes(): Promise<void> {
  matchStore.setState({ status: 'loading' });
  try {
    const { records } = await resumesRepo.list();
    const resumes = records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const remembered = await settingsRepo.get(SELECTED_KEY, (v) =>
      typeof v === 'string' ? v : undefined,
    );
    // The resume on screen stays chosen when the list reloads (a tailored copy was just added).
    const current = matchStore.getState().selectedId;
    const selectedId =
      [current, remembered].find((id) => resumes.some((r) => r.id === id)) ?? resumes[0]?.id;
    matchStore.setState({ status: 'ready', resumes, selectedId, error: undefined });
  } catch (error) {
    matchStore.setState({ status: 'error', error: describeStorageError(error) });
  }
}

export async function selectMatchResume(id: string): Promise<void> {
  matchStore.setState({ selectedId: id });
  await settingsRepo.set(SELECTED_KEY, id).catch(() => {
    // Remembering the choice is a convenience; the panel works without it.
  });
}

/** Today in the user's time zone, as the match analysis wants it (YYYY-MM-DD). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
