// The app's repositories, one per record kind; features import these, never idb.
import {
  applicationRecordDefinition,
  upgradeApplicationRecord,
  type ApplicationRecord,
} from '@career-copilot/shared/application/model';
import { jobRecordDefinition, type JobRecord } from '@career-copilot/shared/job/model';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
import { upgradeResumeDraft, type ResumeDraft } from '@career-copilot/shared/resume/draft';
import { resumeRecordDefinition, type ResumeRecord } from '@career-copilot/shared/resume/record';
import {
  SETTING_RECORD_VERSION,
  upgradeSettingRecord,
  type SettingRecord,
} from '@career-copilot/shared/settings/model';
import { getDb } from './db';
import { createRepository } from './repository';

export const resumesRepo = {
  ...createRepository<'resumes', ResumeRecord>('resumes', resumeRecordDefinition),

  /**
   * Saves a resume only if nobody saved it since `expectedRevision` (another tab, a crash-restored
   * draft). Read and write happen in one transaction, so two tabs cannot both win.
   */
  async saveIfUnchanged(
    record: ResumeRecord,
    expectedRevision: number,
  ): Promise<
    Result<ResumeRecord, { code: 'conflict'; current: ResumeRecord } | { code: 'missing' }>
  > {
    const db = await getDb();
    const tx = db.transaction('resumes', 'readwrite');
    const current = await tx.store.get(record.id);
    if (!current) {
      tx.abort();
      await tx.done.catch(() => {});
      return err({ code: 'missing' });
    }
    if (current.revision !== expectedRevision) {
      await tx.done;
      return err({ code: 'conflict', current });
    }
    const next = resumeRecordDefinition.schema.parse({ ...record, revision: expectedRevision + 1 });
    await tx.store.put(next);
    await tx.done;
    return ok(next);
  },

  /**
   * The editor's save: like saveIfUnchanged, and in the same transaction it drops the drafts the
   * saved edits came from (this tab's, and any it recovered), so a draft never outlives its edits.
   */
  async saveEdit(
    record: ResumeRecord,
    expectedRevision: number,
    draftTabs: readonly string[] = [],
  ): Promise<
    Result<ResumeRecord, { code: 'conflict'; current: ResumeRecord } | { code: 'missing' }>
  > {
    const next = resumeRecordDefinition.schema.parse({ ...record, revision: expectedRevision + 1 });
    const db = await getDb();
    const tx = db.transaction(['resumes', 'resumeDrafts'], 'readwrite');
    const resumes = tx.objectStore('resumes');
    const current = await resumes.get(record.id);
    if (!current || current.revision !== expectedRevision) {
      tx.abort();
      await tx.done.catch(() => {});
      return current ? err({ code: 'conflict', current }) : err({ code: 'missing' });
    }
    await resumes.put(next);
    const drafts = tx.objectStore('resumeDrafts');
    for (const tab of draftTabs) await drafts.delete([record.id, tab]);
    await tx.done;
    return ok(next);
  },

  /**
   * Changes a stored resume in one transaction (read, change, write with the next revision), so a
   * library action such as a rename cannot overwrite an edit saved a moment earlier.
   */
  async update(
    id: string,
    change: (record: ResumeRecord) => ResumeRecord,
  ): Promise<ResumeRecord | undefined> {
    const db = await getDb();
    const tx = db.transaction('resumes', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) {
      await tx.done;
      return undefined;
    }
    const next = resumeRecordDefinition.schema.parse({
      ...change(current),
      id,
      revision: current.revision + 1,
    });
    await tx.store.put(next);
    await tx.done;
    return next;
  },

  /** Removes a resume and any unsaved draft of it. */
  async removeWithDraft(id: string): Promise<void> {
    const db = await getDb();
    const tx = db.transaction(['resumes', 'resumeDrafts'], 'readwrite');
    await tx.objectStore('resumes').delete(id);
    const drafts = tx.objectStore('resumeDrafts');
    for (const key of await drafts.index('resumeId').getAllKeys(id)) await drafts.delete(key);
    await tx.done;
  },
};

/** Unsaved resume edits, one per resume and tab; damaged drafts read as absent rather than failing. */
export const resumeDraftsRepo = {
  /** Every draft of a resume, newest first. */
  async listFor(resumeId: string): Promise<ResumeDraft[]> {
    const db = await getDb();
    const raw: unknown[] = await db.getAllFromIndex('resumeDrafts', 'resumeId', resumeId);
    return raw
      .map((r) => upgradeResumeDraft(r))
      .flatMap((r) => (r.ok ? [r.value] : []))
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  },
  async put(draft: ResumeDraft): Promise<void> {
    const db = await getDb();
    await db.put('resumeDrafts', upgradeResumeDraftOrThrow(draft));
  },
  async remove(resumeId: string, tabIds: readonly string[]): Promise<void> {
    const db = await getDb();
    const tx = db.transaction('resumeDrafts', 'readwrite');
    for (const tab of tabIds) await tx.store.delete([resumeId, tab]);
    await tx.done;
  },
};

function upgradeResumeDraftOrThrow(draft: ResumeDraft): ResumeDraft {
  const checked = upgradeResumeDraft(draft);
  if (!checked.ok) throw new Error(checked.error.message);
  return checked.value;
}

export const jobsRepo = createRepository<'jobs', JobRecord>('jobs', jobRecordDefinition);

export const applicationsRepo = {
  ...createRepository<'applications', ApplicationRecord>(
    'applications',
    applicationRecordDefinition,
  ),
  async listForJob(jobId: string): Promise<ApplicationRecord[]> {
    const db = await getDb();
    return db.getAllFromIndex('applications', 'jobId', jobId);
  },

  /**
   * Reads, changes and writes one application in a single transaction, so two tabs editing
   * different parts of it never overwrite each other. `change` must be synchronous; it returns the
   * new record, or a failure that leaves the stored one untouched.
   */
  async update<E>(
    id: string,
    change: (current: ApplicationRecord) => Result<ApplicationRecord, E>,
  ): Promise<Result<ApplicationRecord, E | { code: 'missing' }>> {
    const db = await getDb();
    const tx = db.transaction('applications', 'readwrite');
    const raw: unknown = await tx.store.get(id);
    const current = raw === undefined ? undefined : upgradeApplicationRecord(raw);
    if (!current) {
      await tx.done;
      return err({ code: 'missing' });
    }
    if (!current.ok) {
      tx.abort();
      await tx.done.catch(() => {});
      throw new Error(current.error.message);
    }
    const next = change(current.value);
    if (!next.ok) {
      await tx.done;
      return next;
    }
    const checked = applicationRecordDefinition.schema.parse(next.value);
    await tx.store.put(checked);
    await tx.done;
    return ok(checked);
  },
};

export const settingsRepo = {
  async get<T>(key: string, parse: (value: unknown) => T | undefined): Promise<T | undefined> {
    const db = await getDb();
    const raw: unknown = await db.get('settings', key);
    if (raw === undefined) return undefined;
    const record = upgradeSettingRecord(raw);
    return record.ok ? parse(record.value.value) : undefined;
  },
  async set(key: string, value: SettingRecord['value'], now = new Date()): Promise<void> {
    const db = await getDb();
    await db.put('settings', {
      key,
      schemaVersion: SETTING_RECORD_VERSION,
      value,
      updatedAt: now.toISOString(),
    });
  },
};
