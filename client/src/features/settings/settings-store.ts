// The Settings area's state: storage usage and persistence, and backup export and import.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { APP_VERSION } from '../../app/version';
import { downloadBlob } from '../../lib/download';
import {
  exportBackup,
  importBackup,
  type ImportMode,
  type ImportSummary,
} from '../../storage/backup';
import {
  readStorageInfo,
  requestPersistentStorage,
  type StorageApi,
  type StorageInfo,
} from '../../storage/storage-info';

type SettingsState = {
  readonly storage: StorageInfo | null;
  readonly persistRefused: boolean;
  readonly backupBusy: boolean;
};

export const settingsStore = createStore<SettingsState>()(() => ({
  storage: null,
  persistRefused: false,
  backupBusy: false,
}));
export const useSettings = <T>(select: (s: SettingsState) => T) => useStore(settingsStore, select);

/** The largest backup file we read (a backup of many resumes and jobs is a few MB). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export async function refreshStorage(api?: StorageApi): Promise<void> {
  settingsStore.setState({ storage: await readStorageInfo(api) });
}

export async function askToPersist(api?: StorageApi): Promise<void> {
  const granted = await requestPersistentStorage(api);
  settingsStore.setState({ persistRefused: !granted });
  await refreshStorage(api);
}

export async function downloadBackup(now = new Date()): Promise<void> {
  settingsStore.setState({ backupBusy: true });
  try {
    const text = await exportBackup(APP_VERSION, now);
    const stamp = now.toISOString().slice(0, 10);
    downloadBlob(
      new Blob([text], { type: 'application/json' }),
      `career-copilot-backup-${stamp}.json`,
    );
  } finally {
    settingsStore.setState({ backupBusy: false });
  }
}

export type RestoreOutcome = { ok: true; summary: ImportSummary } | { ok: false; message: string };

export async function restoreBackup(file: File, mode: ImportMode): Promise<RestoreOutcome> {
  if (file.size > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      message: `That file is ${(file.size / 1048576).toFixed(0)} MB; a Career Copilot backup is never that large. Choose the .json file the app exported.`,
    };
  }
  settingsStore.setState({ backupBusy: true });
  try {
    const result = await importBackup(await file.text(), mode);
    return result.ok
      ? { ok: true, summary: result.value }
      : { ok: false, message: result.error.message };
  } finally {
    settingsStore.setState({ backupBusy: false });
  }
}
