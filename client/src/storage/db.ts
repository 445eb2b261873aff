// The local database: one IndexedDB, a versioned schema, and migrations applied in order on open.
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { ApplicationRecord } from '@career-copilot/shared/application/model';
import type { JobRecord } from '@career-copilot/shared/job/model';
import type { CoverLetterRecord } from '@career-copilot/shared/letters/model';
import type { InterviewPrepRecord } from '@career-copilot/shared/prep/model';
import type { ResumeDraft } from '@career-copilot/shared/resume/draft';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';
import type { SettingRecord } from '@career-copilot/shared/settings/model';

export const DB_NAME = 'career-copilot';

/** A record kind whose shape its feature owns; stored as validated JSON with an id. */
export type OwnedRecord = { id: string; schemaVersion: number; updatedAt: string } & Record<
  string,
  unknown
>;

export interface CopilotSchema extends DBSchema {
  resumes: {
    key: string;
    value: ResumeRecord;
    indexes: { updatedAt: string; baseResumeId: string };
  };
  jobs: { key: string; value: JobRecord; indexes: { updatedAt: string } };
  applications: {
    key: string;
    value: ApplicationRecord;
    indexes: { jobId: string; status: string; updatedAt: string };
  };
  /** One record per saved version of an application's letter. */
  coverLetters: {
    key: string;
    value: CoverLetterRecord;
    indexes: { applicationId: string; jobId: string; applicationVersion: [string, number] };
  };
  /** One record per application: its question bank and practice answers. */
  interviewPreps: {
    key: string;
    value: InterviewPrepRecord;
    indexes: { applicationId: string; jobId: string };
  };
  settings: { key: string; value: SettingRecord };
  /** Encrypted API keys and the non-extractable key that encrypts them. Never exported. */
  secrets: { key: string; value: { id: string } & Record<string, unknown> };
  /** Token usage per provider per day. */
  usage: { key: string; value: OwnedRecord; indexes: { day: string } };
  /** Edits to a resume that could not be saved yet (a conflict with another tab); one per resume and tab. */
  resumeDrafts: { key: [string, string]; value: ResumeDraft; indexes: { resumeId: string } };
}

export type StoreName = StoreNames<CopilotSchema>;
export type CopilotDb = IDBPDatabase<CopilotSchema>;
type UpgradeTx = IDBPTransaction<CopilotSchema, StoreName[], 'versionchange'>;

/**
 * `MIGRATIONS[n]` upgrades the database from version n to n + 1. Append, never edit: a user's
 * database may be at any earlier version.
 */
export const MIGRATIONS: ReadonlyArray<(db: CopilotDb, tx: UpgradeTx) => void> = [
  // 0 → 1: the first schema.
  (db) => {
    const resumes = db.createObjectStore('resumes', { keyPath: 'id' });
    resumes.createIndex('updatedAt', 'updatedAt');
    resumes.createIndex('baseResumeId', 'baseResumeId');
    db.createObjectStore('jobs', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    const applications = db.createObjectStore('applications', { keyPath: 'id' });
    applications.createIndex('jobId', 'jobId');
    applications.createIndex('status', 'status');
    applications.createIndex('updatedAt', 'updatedAt');
    const letters = db.createObjectStore('coverLetters', { keyPath: 'id' });
    letters.createIndex('applicationId', 'applicationId');
    letters.createIndex('jobId', 'jobId');
    const preps = db.createObjectStore('interviewPreps', { keyPath: 'id' });
    preps.createIndex('applicationId', 'applicationId');
    preps.createIndex('jobId', 'jobId');
    db.createObjectStore('settings', { keyPath: 'key' });
    db.createObjectStore('secrets', { keyPath: 'id' });
    db.createObjectStore('usage', { keyPath: 'id' }).createIndex('day', 'day');
  },
  // 1 → 2: unsaved resume edits, kept apart from the saved resume until a conflict is resolved.
  (db) => {
    if (!db.objectStoreNames.contains('resumeDrafts')) {
      const drafts = db.createObjectStore('resumeDrafts', { keyPath: ['resumeId', 'tabId'] });
      drafts.createIndex('resumeId', 'resumeId');
    }
  },
  // 2 → 3: cover letters are versioned; list an application's versions in order without a sort.
  (_db, tx) => {
    const letters = tx.objectStore('coverLetters');
    if (!letters.indexNames.contains('applicationVersion'))
      letters.createIndex('applicationVersion', ['applicationId', 'number']);
  },
];

export const DB_VERSION = MIGRATIONS.length;

export type OpenOptions = {
  readonly name?: string;
  /** Another tab holds an older version open and must close before we can upgrade. */
  readonly onBlocked?: () => void;
  /** A newer version of the app (in another tab) wants to upgrade; this tab must let go. */
  readonly onVersionChange?: () => void;
};

export async function openCopilotDb(options: OpenOptions = {}): Promise<CopilotDb> {
  const db = await openDB<CopilotSchema>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? DB_VERSION); v++) MIGRATIONS[v]?.(database, tx);
    },
    blocked: () => options.onBlocked?.(),
    blocking: () => {
      db.close();
      options.onVersionChange?.();
    },
  });
  return db;
}

let shared: Promise<CopilotDb> | undefined;
let sharedOptions: OpenOptions = {};

/** Sets how the app's database reports cross-tab upgrades; call once at start-up. */
export function configureDb(options: OpenOptions): void {
  sharedOptions = options;
}

/** The app's database, opened once and shared by every repository. */
export function getDb(): Promise<CopilotDb> {
  shared ??= openCopilotDb(sharedOptions).catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/** For tests: forget the shared connection (and close it) so the next getDb() opens afresh. */
export async function resetDbForTests(name?: string): Promise<void> {
  const current = shared;
  shared = undefined;
  if (current) (await current.catch(() => undefined))?.close();
  if (name) sharedOptions = { ...sharedOptions, name };
}
