// Export and import of the whole local database as one backup file (API keys are never included).
import { applicationRecordDefinition } from '@career-copilot/shared/application/model';
import { createBackup, readBackup, type BackupProblem } from '@career-copilot/shared/backup/model';
import { jobRecordDefinition } from '@career-copilot/shared/job/model';
import { coverLetterRecordDefinition } from '@career-copilot/shared/letters/model';
import { interviewPrepRecordDefinition } from '@career-copilot/shared/prep/model';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import type { RecordDefinition } from '@career-copilot/shared/lib/versioned';
import { resumeRecordDefinition } from '@career-copilot/shared/resume/record';
import { settingRecordDefinition } from '@career-copilot/shared/settings/model';
import { getDb, type StoreName } from './db';

/** Every store that belongs in a backup, with the definition its records are checked against. */
export const BACKUP_DEFINITIONS: Partial<Record<StoreName, RecordDefinition<unknown>>> = {
  resumes: resumeRecordDefinition as RecordDefinition<unknown>,
  jobs: jobRecordDefinition as RecordDefinition<unknown>,
  applications: applicationRecordDefinition as RecordDefinition<unknown>,
  coverLetters: coverLetterRecordDefinition as RecordDefinition<unknown>,
  interviewPreps: interviewPrepRecordDefinition as RecordDefinition<unknown>,
  settings: settingRecordDefinition as RecordDefinition<unknown>,
};

/** Adds a store to backups; each feature registers the record kinds it owns. */
export function registerBackupStore(store: StoreName, definition: RecordDefinition<unknown>): void {
  if (store === 'secrets') throw new Error('secrets are never backed up');
  BACKUP_DEFINITIONS[store] = definition;
}

function backupStores(): StoreName[] {
  return Object.keys(BACKUP_DEFINITIONS) as StoreName[];
}

export async function exportBackup(appVersion: string, now = new Date()): Promise<string> {
  const db = await getDb();
  const names = backupStores();
  const tx = db.transaction(names, 'readonly');
  const stores: Record<string, unknown[]> = {};
  for (const name of names) stores[name] = await tx.objectStore(name).getAll();
  await tx.done;
  return JSON.stringify(
    createBackup({ appVersion, exportedAt: now.toISOString(), stores }),
    null,
    2,
  );
}

export const ImportMode = {
  /** Everything local is replaced by the backup. */
  Replace: 'replace',
  /** Records are added; where both have a record, the one edited last wins. */
  Merge: 'merge',
} as const;
export type ImportMode = (typeof ImportMode)[keyof typeof ImportMode];

export type ImportSummary = {
  readonly imported: Readonly<Record<string, number>>;
  readonly keptLocal: number;
  readonly skippedStores: readonly string[];
};

function keyOf(record: unknown): string {
  const r = record as { id?: string; key?: string };
  return String(r.id ?? r.key);
}

function editedAt(record: unknown): string {
  return String((record as { updatedAt?: string }).updatedAt ?? '');
}

/** Validates the whole file first, then writes it in one transaction: all of it or none of it. */
export async function importBackup(
  text: string,
  mode: ImportMode,
): Promise<Result<ImportSummary, BackupProblem>> {
  const parsed = readBackup(text, BACKUP_DEFINITIONS as Record<string, RecordDefinition<unknown>>);
  if (!parsed.ok) return err(parsed.error);
  const db = await getDb();
  const names = backupStores();
  const tx = db.transaction(names, 'readwrite');
  const imported: Record<string, number> = {};
  let keptLocal = 0;
  for (const name of names) {
    const store = tx.objectStore(name);
    const incoming = parsed.value.stores[name] ?? [];
    if (mode === ImportMode.Replace) await store.clear();
    let count = 0;
    for (const record of incoming) {
      if (mode === ImportMode.Merge) {
        const local: unknown = await store.get(keyOf(record));
        if (local !== undefined && editedAt(local) > editedAt(record)) {
          keptLocal += 1;
          continue;
        }
      }
      await store.put(record as never);
      count += 1;
    }
    imported[name] = count;
  }
  await tx.done;
  return ok({ imported, keptLocal, skippedStores: parsed.value.skippedStores });
}
