import { beforeEach, describe, expect, it } from 'vitest';
import { resumeRecord, uniqueDbName } from '../../../test/fixtures';
import { resetDbForTests } from '../../storage/db';
import { resumesRepo } from '../../storage/repositories';
import {
  createBlankResume,
  deleteResume,
  duplicateResume,
  loadResumes,
  renameResume,
  resumesStore,
  searchResumes,
} from './resumes-store';

const items = () => resumesStore.getState().items;

beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
  resumesStore.setState({ status: 'idle', items: [], problems: [] });
});

describe('resume library', () => {
  it('creates a blank resume on the paper of the user’s locale, newest first', async () => {
    await resumesRepo.put(resumeRecord());
    const created = await createBlankResume('  Backend roles ');
    expect(created.name).toBe('Backend roles');
    expect(created.resume.meta?.template?.id).toBe('classic');
    expect(['a4', 'letter']).toContain(created.resume.meta?.template?.paper);
    expect(items().map((r) => r.id)).toEqual([created.id, 'r1']);
  });

  it('makes a tailored copy that links to its base and shares no objects with it', async () => {
    await resumesRepo.put(resumeRecord());
    const copy = await duplicateResume('r1');
    expect(copy).toMatchObject({
      name: 'Tailored copy of Backend resume',
      baseResumeId: 'r1',
      revision: 0,
    });
    expect(copy?.resume.basics).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(copy?.resume.meta?.source).toEqual({ kind: 'tailored' });
    expect((await resumesRepo.get('r1'))?.resume.meta).toBeUndefined();
  });

  it('renames with the next revision, so an open editor notices', async () => {
    await resumesRepo.put(resumeRecord());
    await renameResume('r1', ' Staff roles ');
    expect(await resumesRepo.get('r1')).toMatchObject({ name: 'Staff roles', revision: 1 });
    await renameResume('r1', '   ');
    expect((await resumesRepo.get('r1'))?.name).toBe('Staff roles');
  });

  it('deletes with an undo that brings the resume back exactly', async () => {
    await resumesRepo.put(resumeRecord());
    await loadResumes();
    const undo = await deleteResume('r1');
    expect(items()).toEqual([]);
    await undo();
    expect(items()).toEqual([resumeRecord()]);
  });

  it('searches names, people, headlines, employers and skills', () => {
    const a = resumeRecord({
      id: 'a',
      name: 'Backend',
      resume: { basics: { name: 'Ada' }, work: [{ name: 'Acme', position: 'SRE' }] },
    });
    const b = resumeRecord({
      id: 'b',
      name: 'Frontend',
      resume: { skills: [{ name: 'Web', keywords: ['React'] }] },
    });
    expect(searchResumes([a, b], 'acme sre').map((r) => r.id)).toEqual(['a']);
    expect(searchResumes([a, b], 'react').map((r) => r.id)).toEqual(['b']);
    expect(searchResumes([a, b], '  ').map((r) => r.id)).toEqual(['a', 'b']);
  });
});
