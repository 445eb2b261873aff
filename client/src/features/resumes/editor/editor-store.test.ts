import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { RESUME_DRAFT_VERSION } from '@career-copilot/shared/resume/draft';
import { updateBasics } from '@career-copilot/shared/resume/edit';
import { resumeRecord, uniqueDbName } from '../../../../test/fixtures';
import { resetDbForTests } from '../../../storage/db';
import { resumeDraftsRepo, resumesRepo } from '../../../storage/repositories';
import {
  closeResume,
  editorStore,
  editResume,
  flushSave,
  keepMine,
  openResume,
  redo,
  saveMineAsCopy,
  takeTheirs,
  undo,
} from './editor-store';

const state = () => editorStore.getState();
const setName = (name: string) => editResume((r) => updateBasics(r, { name }), 'basics.name');

/** What another tab does: a revision-checked save of its own version. */
async function saveFromOtherTab(name: string) {
  const current = await resumesRepo.get('r1');
  if (!current) throw new Error('no resume');
  const saved = await resumesRepo.saveEdit(
    { ...current, resume: updateBasics(current.resume, { name }) },
    current.revision,
  );
  if (!saved.ok) throw new Error('other tab could not save');
  return saved.value;
}

function announceFromOtherTab(revision: number) {
  const channel = new BroadcastChannel('career-copilot:resumes');
  channel.postMessage({ type: 'saved', resumeId: 'r1', revision, tab: 'tab_other' });
  channel.close();
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
  await resumesRepo.put(resumeRecord());
});
afterEach(async () => {
  await closeResume();
});

describe('autosave', () => {
  it('writes every change through to the database with the next revision', async () => {
    await openResume('r1');
    setName('Ada King');
    expect(state().save).toBe('pending');
    await flushSave();
    expect(state().save).toBe('saved');
    const stored = await resumesRepo.get('r1');
    expect(stored?.resume.basics?.name).toBe('Ada King');
    expect(stored?.revision).toBe(1);
    expect(await resumeDraftsRepo.listFor('r1')).toEqual([]);
  });

  it('saves by itself shortly after typing stops', async () => {
    await openResume('r1');
    setName('Ada K');
    await until(() => state().save === 'saved');
    expect((await resumesRepo.get('r1'))?.resume.basics?.name).toBe('Ada K');
  });
});

describe('undo and redo', () => {
  it('treats a burst of typing in one field as one step', async () => {
    await openResume('r1');
    setName('A');
    setName('Ad');
    setName('Ada!');
    editResume((r) => updateBasics(r, { label: 'Engineer' }), 'basics.label');
    undo();
    expect(state().working.resume.basics).toMatchObject({ name: 'Ada!' });
    expect(state().working.resume.basics?.label).toBeUndefined();
    undo();
    expect(state().working.resume.basics?.name).toBe('Ada Lovelace');
    redo();
    redo();
    expect(state().working.resume.basics).toMatchObject({ name: 'Ada!', label: 'Engineer' });
    await flushSave();
    expect((await resumesRepo.get('r1'))?.resume.basics?.label).toBe('Engineer');
  });
});

describe('two tabs', () => {
  it('does not overwrite a save from another tab: it stops, keeps the edits in a draft and says so', async () => {
    await openResume('r1');
    const theirs = await saveFromOtherTab('From the other tab');
    setName('From this tab');
    await flushSave();
    expect(state().save).toBe('conflict');
    expect(state().conflict).toMatchObject({
      cause: 'other-tab',
      theirs: { revision: theirs.revision },
    });
    expect((await resumesRepo.get('r1'))?.resume.basics?.name).toBe('From the other tab');
    expect((await resumeDraftsRepo.listFor('r1'))[0]?.resume.basics?.name).toBe('From this tab');
    // More typing while the choice is pending goes to the draft, never over the other version.
    setName('From this tab, still typing');
    await flushSave();
    expect((await resumesRepo.get('r1'))?.resume.basics?.name).toBe('From the other tab');
    expect((await resumeDraftsRepo.listFor('r1'))[0]?.resume.basics?.name).toBe(
      'From this tab, still typing',
    );
  });

  it('keeps this tab’s draft when the other tab saves again', async () => {
    await openResume('r1');
    await saveFromOtherTab('Theirs');
    setName('Mine');
    await flushSave();
    await saveFromOtherTab('Theirs again');
    expect((await resumeDraftsRepo.listFor('r1')).map((d) => d.resume.basics?.name)).toEqual([
      'Mine',
    ]);
  });

  it('keeps mine only when asked, on top of the other version', async () => {
    await openResume('r1');
    await saveFromOtherTab('Theirs');
    setName('Mine');
    await flushSave();
    await keepMine();
    expect(state().save).toBe('saved');
    const stored = await resumesRepo.get('r1');
    expect(stored).toMatchObject({ revision: 2, resume: { basics: { name: 'Mine' } } });
    expect(await resumeDraftsRepo.listFor('r1')).toEqual([]);
  });

  it('takes theirs, and Undo brings mine back', async () => {
    await openResume('r1');
    await saveFromOtherTab('Theirs');
    setName('Mine');
    await flushSave();
    await takeTheirs();
    expect(state().working.resume.basics?.name).toBe('Theirs');
    expect(await resumeDraftsRepo.listFor('r1')).toEqual([]);
    undo();
    await flushSave();
    expect((await resumesRepo.get('r1'))?.resume.basics?.name).toBe('Mine');
  });

  it('can keep both: mine becomes a new resume linked to this one', async () => {
    await openResume('r1');
    await saveFromOtherTab('Theirs');
    setName('Mine');
    await flushSave();
    const copy = await saveMineAsCopy();
    expect(copy).toMatchObject({
      baseResumeId: 'r1',
      name: 'Backend resume (my version)',
      resume: { basics: { name: 'Mine' } },
    });
    expect(state().working.resume.basics?.name).toBe('Theirs');
  });

  it('follows another tab at once when nothing is unsaved here', async () => {
    await openResume('r1');
    const theirs = await saveFromOtherTab('Theirs');
    announceFromOtherTab(theirs.revision);
    await until(() => state().working.resume.basics?.name === 'Theirs');
    expect(state().notice).toBe('Updated with changes saved in another tab.');
    expect(state().stored?.revision).toBe(theirs.revision);
  });

  it('warns at once, before any save fails, when this tab has unsaved edits', async () => {
    await openResume('r1');
    setName('Mine');
    const theirs = await saveFromOtherTab('Theirs');
    announceFromOtherTab(theirs.revision);
    await until(() => state().save === 'conflict');
    expect((await resumeDraftsRepo.listFor('r1'))[0]?.resume.basics?.name).toBe('Mine');
  });
});

/** A draft from a tab that is gone (crashed before it could save), based on revision 0. */
function leaveDraftOfClosedTab(name: string) {
  return resumeDraftsRepo.put({
    resumeId: 'r1',
    tabId: 'tab_crashed',
    schemaVersion: RESUME_DRAFT_VERSION,
    baseRevision: 0,
    name: 'Backend resume',
    resume: { basics: { name } },
    savedAt: '2026-01-01T00:00:00.000Z',
  });
}

describe('crash recovery', () => {
  it('recovers edits left in a draft and saves them', async () => {
    await leaveDraftOfClosedTab('Typed before the crash');
    await openResume('r1');
    expect(state().notice).toBe('Recovered changes that had not been saved.');
    expect(state().save).toBe('saved');
    expect((await resumesRepo.get('r1'))?.resume.basics?.name).toBe('Typed before the crash');
    expect(await resumeDraftsRepo.listFor('r1')).toEqual([]);
  });

  it('asks instead when the resume was saved since that draft', async () => {
    await leaveDraftOfClosedTab('Old draft');
    await saveFromOtherTab('Saved later');
    await openResume('r1');
    expect(state().save).toBe('conflict');
    expect(state().conflict?.cause).toBe('earlier-session');
    expect(state().working.resume.basics?.name).toBe('Old draft');
    expect((await resumesRepo.get('r1'))?.resume.basics?.name).toBe('Saved later');
    await keepMine();
    expect((await resumesRepo.get('r1'))?.resume.basics?.name).toBe('Old draft');
    expect(await resumeDraftsRepo.listFor('r1')).toEqual([]);
  });

  it('ignores an open that was closed before it finished loading', async () => {
    const opening = openResume('r1');
    await closeResume();
    await opening;
    expect(state().status).toBe('idle');
  });

  it('says so when the resume does not exist', async () => {
    await openResume('nope');
    expect(state().status).toBe('missing');
  });
});
