// Cover letter versions and interview preparation, per application; features import these, never idb.
import {
  coverLetterRecordDefinition,
  nextLetterVersion,
  upgradeCoverLetterRecord,
  type CoverLetterRecord,
} from '@career-copilot/shared/letters/model';
import {
  interviewPrepRecordDefinition,
  upgradeInterviewPrepRecord,
  type InterviewPrepRecord,
} from '@career-copilot/shared/prep/model';
import { getDb } from './db';

export const coverLettersRepo = {
  /** An application's letter versions, oldest first; damaged ones are left out, not fatal. */
  async listVersions(applicationId: string): Promise<CoverLetterRecord[]> {
    const db = await getDb();
    const range = IDBKeyRange.bound([applicationId, 0], [applicationId, Number.MAX_SAFE_INTEGER]);
    const raw: unknown[] = await db.getAllFromIndex('coverLetters', 'applicationVersion', range);
    return raw
      .map((r) => upgradeCoverLetterRecord(r))
      .flatMap((r) => (r.ok ? [r.value] : []))
      .sort((a, b) => a.number - b.number);
  },

  /**
   * Saves a new version numbered after the last one, reading and writing in one transaction so two
   * tabs saving at once get two numbers, not one.
   */
  async addVersion(
    input: Omit<CoverLetterRecord, 'number' | 'schemaVersion' | 'updatedAt'>,
  ): Promise<CoverLetterRecord> {
    const db = await getDb();
    const tx = db.transaction('coverLetters', 'readwrite');
    const range = IDBKeyRange.bound(
      [input.applicationId, 0],
      [input.applicationId, Number.MAX_SAFE_INTEGER],
    );
    const keys = await tx.store.index('applicationVersion').getAllKeys(range);
    const existing = await Promise.all(keys.map((k) => tx.store.get(k)));
    const record = nextLetterVersion(
      existing.flatMap((r) => (r ? [{ number: r.number }] : [])),
      input,
    );
    await tx.store.put(coverLetterRecordDefinition.schema.parse(record));
    await tx.done;
    return record;
  },
};

export const interviewPrepsRepo = {
  /** The application's preparation, if any (the newest, should a merge have left two). */
  async getForApplication(applicationId: string): Promise<InterviewPrepRecord | undefined> {
    const db = await getDb();
    const raw: unknown[] = await db.getAllFromIndex(
      'interviewPreps',
      'applicationId',
      applicationId,
    );
    return raw
      .map((r) => upgradeInterviewPrepRecord(r))
      .flatMap((r) => (r.ok ? [r.value] : []))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  },
  async put(record: InterviewPrepRecord): Promise<void> {
    const db = await getDb();
    await db.put('interviewPreps', interviewPrepRecordDefinition.schema.parse(record));
  },
};

export type ApplicationDocuments = {
  readonly letters: readonly CoverLetterRecord[];
  readonly preps: readonly InterviewPrepRecord[];
};

/** An application's letters and preparation go with it when it is deleted, and come back on undo. */
export const applicationDocumentsRepo = {
  async removeFor(applicationId: string): Promise<ApplicationDocuments> {
    const db = await getDb();
    const tx = db.transaction(['coverLetters', 'interviewPreps'], 'readwrite');
    const letters = await tx
      .objectStore('coverLetters')
      .index('applicationId')
      .getAll(applicationId);
    const preps = await tx
      .objectStore('interviewPreps')
      .index('applicationId')
      .getAll(applicationId);
    for (const l of letters) await tx.objectStore('coverLetters').delete(l.id);
    for (const p of preps) await tx.objectStore('interviewPreps').delete(p.id);
    await tx.done;
    return { letters, preps };
  },
  async restore(documents: ApplicationDocuments): Promise<void> {
    const db = await getDb();
    const tx = db.transaction(['coverLetters', 'interviewPreps'], 'readwrite');
    for (const l of documents.letters) await tx.objectStore('coverLetters').put(l);
    for (const p of documents.preps) await tx.objectStore('interviewPreps').put(p);
    await tx.done;
  },
};
