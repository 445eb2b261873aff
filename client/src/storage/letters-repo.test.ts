import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_OPTIONS } from '@career-copilot/shared/letters/model';
import type { InterviewPrepRecord } from '@career-copilot/shared/prep/model';
import { applicationRecord, uniqueDbName } from '../../test/fixtures';
import { deleteApplication } from '../features/applications/applications-store';
import { exportBackup, importBackup, ImportMode } from './backup';
import { getDb, MIGRATIONS, openCopilotDb, resetDbForTests } from './db';
import { coverLettersRepo, interviewPrepsRepo } from './letters-repo';
import { applicationsRepo } from './repositories';

let name: string;
beforeEach(async () => {
  name = uniqueDbName();
  await resetDbForTests(name);
});

const letter = (id: string, applicationId = 'a1', text = 'Dear team,\n\nHello.') => ({
  id,
  applicationId,
  jobId: 'j1',
  createdAt: '2026-11-02T10:00:00.000Z',
  source: 'edit' as const,
  options: DEFAULT_LETTER_OPTIONS,
  text,
});

const prep = (): InterviewPrepRecord => ({
  id: 'p1',
  schemaVersion: 1,
  applicationId: 'a1',
  jobId: 'j1',
  createdAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  source: 'rules',
  questions: [{ id: 'toAsk-1', group: 'toAsk', question: 'What are the next steps?' }],
  attempts: [],
});

describe('cover letter versions', () => {
  it('numbers versions per application, also when two saves race', async () => {
    await Promise.all([
      coverLettersRepo.addVersion(letter('l1')),
      coverLettersRepo.addVersion(letter('l2')),
    ]);
    await coverLettersRepo.addVersion(letter('other', 'a2'));
    await coverLettersRepo.addVersion(letter('l3', 'a1', 'Dear team,\n\nThird.'));
    const versions = await coverLettersRepo.listVersions('a1');
    expect(versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(versions.at(-1)?.text).toBe('Dear team,\n\nThird.');
    expect((await coverLettersRepo.listVersions('a2')).map((v) => v.number)).toEqual([1]);
  });

  it('upgrades a version-2 database, keeping the letters stored before the index existed', async () => {
    await resetDbForTests();
    const old = await openDB(name, 2, {
      upgrade(db, oldVersion, _new, tx) {
        for (let v = oldVersion; v < 2; v++) MIGRATIONS[v]?.(db as never, tx as never);
      },
    });
    await old.put('coverLetters', {
      ...letter('old'),
      schemaVersion: 1,
      number: 1,
      updatedAt: '2026-11-02T10:00:00.000Z',
    });
    old.close();
    const db = await openCopilotDb({ name });
    expect(db.version).toBe(3);
    db.close();
    await resetDbForTests(name);
    expect((await coverLettersRepo.listVersions('a1')).map((v) => v.id)).toEqual(['old']);
  });
});

describe('deleting an application', () => {
  it('takes its letters and preparation with it, and undo brings them back', async () => {
    await applicationsRepo.put(applicationRecord('a1', 'j1'));
    await coverLettersRepo.addVersion(letter('l1'));
    await coverLettersRepo.addVersion(letter('l2'));
    await coverLettersRepo.addVersion(letter('other', 'a2'));
    await interviewPrepsRepo.put(prep());
    const undo = await deleteApplication('a1');
    expect(await coverLettersRepo.listVersions('a1')).toEqual([]);
    expect(await interviewPrepsRepo.getForApplication('a1')).toBeUndefined();
    expect(await coverLettersRepo.listVersions('a2')).toHaveLength(1);
    await undo();
    expect((await coverLettersRepo.listVersions('a1')).map((v) => v.id)).toEqual(['l1', 'l2']);
    expect((await interviewPrepsRepo.getForApplication('a1'))?.id).toBe('p1');
  });
});

describe('backup', () => {
  it('carries letters and interview preparation, and refuses a damaged letter', async () => {
    await coverLettersRepo.addVersion(letter('l1'));
    await interviewPrepsRepo.put(prep());
    const file = await exportBackup('test');
    const parsed = JSON.parse(file) as { stores: Record<string, unknown[]> };
    expect(parsed.stores.coverLetters).toHaveLength(1);
    expect(parsed.stores.interviewPreps).toHaveLength(1);

    await resetDbForTests(uniqueDbName());
    expect(await importBackup(file, ImportMode.Replace)).toMatchObject({
      ok: true,
      value: { imported: { coverLetters: 1, interviewPreps: 1 } },
    });
    expect((await coverLettersRepo.listVersions('a1'))[0]?.text).toBe('Dear team,\n\nHello.');
    expect((await interviewPrepsRepo.getForApplication('a1'))?.questions).toHaveLength(1);

    const damaged = JSON.stringify({
      ...parsed,
      stores: {
        ...parsed.stores,
        coverLetters: [{ ...(parsed.stores.coverLetters?.[0] as object), number: 0 }],
      },
    });
    expect(await importBackup(damaged, ImportMode.Replace)).toMatchObject({
      ok: false,
      error: { code: 'invalid_record', message: expect.stringContaining('"coverLetters"') },
    });
    const db = await getDb();
    expect(await db.count('coverLetters')).toBe(1);
  });
});
