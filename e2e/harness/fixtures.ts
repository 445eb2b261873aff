// Data the browser tests start from: corpus resumes, and a backup file that puts one in the library.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '@career-copilot/shared/backup/model';
import { CORPUS_DIR } from './paths';

/** A corpus truth resume (JSON Resume), by file name without `.truth.json`. */
export function corpusResume<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.truth.json`), 'utf8')) as T;
}

/** Barry Allen, front-end developer: the corpus resume the tailoring and premium tests use. */
export const BARRY_FILE = 'resumematcher_barry_allen_fe';

export type LibraryResume = {
  readonly id: string;
  readonly name: string;
  readonly resume: unknown;
  /** When it was last edited (the library sorts by it). */
  readonly updatedAt?: string;
};

/** Writes a backup file holding these resumes, as the app exports it, for Settings → Restore. */
export function writeResumeBackup(dir: string, resumes: readonly LibraryResume[]): string {
  const backup = createBackup({
    appVersion: 'e2e',
    exportedAt: '2026-11-24T09:00:00.000Z',
    stores: {
      resumes: resumes.map(({ id, name, resume, updatedAt = '2026-11-20T09:00:00.000Z' }) => ({
        id,
        name,
        resume,
        schemaVersion: 1,
        createdAt: updatedAt,
        updatedAt,
        revision: 0,
      })),
    },
  });
  const path = join(dir, 'career-copilot-backup.json');
  writeFileSync(path, JSON.stringify(backup));
  return path;
}
