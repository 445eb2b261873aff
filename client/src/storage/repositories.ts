// The app's repositories, one per record kind; features import these, never idb.
import {
  applicationRecordDefinition,
  upgradeApplicationRecord,
  type ApplicationRecord,
} from '@career-copilot/shared/application/model';
import { jobRecordDefinition, type JobRecord } from '@career-copilot/shared/job/model';
import { err, ok, type Result } from '@career-copilot/shared/lib/result';
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
};

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
