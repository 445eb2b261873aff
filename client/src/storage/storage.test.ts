import { beforeEach, describe, expect, it } from 'vitest';
import { applicationRecord, jobRecord, resumeRecord, uniqueDbName } from '../../test/fixtures';
import { importBackup, exportBackup, ImportMode } from './backup';
import { DB_VERSION, getDb, MIGRATIONS, resetDbForTests } from './db';
import { applicationsRepo, jobsRepo, resumesRepo, settingsRepo } from './repositories';

beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
});

describe('database schema', () => {
  it('opens at the latest version with every store and index', async () => {
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames].sort()).toEqual(
      [
        'applications',
        'coverLetters',
        'interviewPreps',
        'jobs',
        'resumeDrafts',
        'resumes',
        'secrets',
        'settings',
        'usage',
      ].sort(),
    );
    const tx = db.transaction('applications');
    expect([...tx.store.indexNames].sort()).toEqual(['jobId', 'status', 'updatedAt']);
    await tx.done;
  });
});

describe('repositories', () => {
  it('stores, lists and removes records', async () => {
    await resumesRepo.put(resumeRecord());
    await resumesRepo.put(resumeRecord({ id: 'r2', name: 'Second' }));
    expect((await resumesRepo.list()).records.map((r) => r.name).sort()).toEqual([
      'Backend resume',
      'Second',
    ]);
    await resumesRepo.remove('r1');
    expect(await resumesRepo.get('r1')).toBeUndefined();
    expect((await resumesRepo.get('r2'))?.name).toBe('Second');
  });

  it('refuses to store an invalid record', async () => {
    await expect(resumesRepo.put({ ...resumeRecord(), revision: -5 })).rejects.toThrow();
    expect((await resumesRepo.list()).records).toHaveLength(0);
  });

  it('reports a damaged record without hiding the good ones', async () => {
    await resumesRepo.put(resumeRecord());
    const db = await getDb();
    await db.put('resumes', { ...resumeRecord({ id: 'bad' }), createdAt: 'yesterday' } as never);
    const { records, problems } = await resumesRepo.list();
    expect(records.map((r) => r.id)).toEqual(['r1']);
    expect(problems).toEqual([{ id: 'bad', message: expect.stringContaining('createdAt') }]);
  });

  it('detects a save from a stale revision instead of clobbering it', async () => {
    await resumesRepo.put(resumeRecord());
    const tabA = await resumesRepo.saveIfUnchanged(resumeRecord({ name: 'From tab A' }), 0);
    expect(tabA).toMatchObject({ ok: true, value: { revision: 1, name: 'From tab A' } });
    const tabB = await resumesRepo.saveIfUnchanged(resumeRecord({ name: 'From tab B' }), 0);
    expect(tabB).toMatchObject({
      ok: false,
      error: { code: 'conflict', current: { name: 'From tab A' } },
    });
    expect((await resumesRepo.get('r1'))?.name).toBe('From tab A');
  });

  it('finds applications by job and keeps settings', async () => {
    await applicationsRepo.put(applicationRecord('a1', 'j1'));
    await applicationsRepo.put(applicationRecord('a2', 'j2'));
    expect((await applicationsRepo.listForJob('j1')).map((a) => a.id)).toEqual(['a1']);
    await settingsRepo.set('theme', 'dark');
    expect(await settingsRepo.get('theme', (v) => (typeof v === 'string' ? v : undefined))).toBe(
      'dark',
    );
  });
});

describe('backup', () => {
  async function seed() {
    await resumesRepo.put(resumeRecord());
    await jobsRepo.put(jobRecord());
    await applicationsRepo.put(applicationRecord());
    await settingsRepo.set('theme', 'dark');
    const db = await getDb();
    await db.put('secrets', { id: 'openai', ciphertext: 'sealed' });
  }

  it('exports everything but secrets, and a replace-import restores it exactly', async () => {
    await seed();
    const file = await exportBackup('1.2.3', new Date('2026-05-01T00:00:00.000Z'));
    const parsed = JSON.parse(file);
    expect(parsed.format).toBe('career-copilot-backup');
    expect(parsed.appVersion).toBe('1.2.3');
    expect(Object.keys(parsed.stores).sort()).toEqual([
      'applications',
      'coverLetters',
      'interviewPreps',
      'jobs',
      'resumes',
      'settings',
    ]);
    expect(file).not.toContain('sealed');

    await resetDbForTests(uniqueDbName());
    await resumesRepo.put(resumeRecord({ id: 'local-only' }));
    const result = await importBackup(file, ImportMode.Replace);
    expect(result).toMatchObject({
      ok: true,
      value: { imported: { resumes: 1, jobs: 1, applications: 1, settings: 1 } },
    });
    expect((await resumesRepo.list()).records.map((r) => r.id)).toEqual(['r1']);
    expect(await jobsRepo.get('j1')).toEqual(jobRecord());
  });

  it('merges by keeping whichever copy was edited last', async () => {
    await seed();
    const file = await exportBackup('1.2.3');
    await resumesRepo.put(
      resumeRecord({ name: 'Edited after backup', updatedAt: '2027-01-01T00:00:00.000Z' }),
    );
    await resumesRepo.put(resumeRecord({ id: 'r9', name: 'Only here' }));
    const result = await importBackup(file, ImportMode.Merge);
    expect(result).toMatchObject({ ok: true, value: { keptLocal: 1 } });
    const names = (await resumesRepo.list()).records.map((r) => r.name).sort();
    expect(names).toEqual(['Edited after backup', 'Only here']);
  });

  it('imports nothing from a damaged file and says what is wrong', async () => {
    await seed();
    const file = JSON.parse(await exportBackup('1.2.3'));
    file.stores.jobs.push({ ...jobRecord({ id: 'j2' }), sourceText: 42 });
    await resumesRepo.remove('r1');
    const result = await importBackup(JSON.stringify(file), ImportMode.Replace);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_record' } });
    if (!result.ok) expect(result.error.message).toContain('Record 2 in "jobs"');
    expect((await resumesRepo.list()).records).toHaveLength(0);
    expect((await jobsRepo.list()).records).toHaveLength(1);
  });
});
