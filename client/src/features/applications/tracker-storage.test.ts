import { beforeEach, describe, expect, it } from 'vitest';
import { saveContact, setNotes } from '@career-copilot/shared/application/edits';
import { err } from '@career-copilot/shared/lib/result';
import { applicationRecord, uniqueDbName } from '../../../test/fixtures';
import { exportBackup, importBackup, ImportMode } from '../../storage/backup';
import { resetDbForTests } from '../../storage/db';
import { applicationsRepo } from '../../storage/repositories';
import { applicationsStore, editApplication } from './applications-store';

beforeEach(async () => {
  await resetDbForTests(uniqueDbName());
  applicationsStore.setState({ status: 'idle', items: [], jobs: {}, resumes: {}, problems: [] });
});

describe('tracker storage', () => {
  it('applies edits made at the same time (two tabs) without losing either', async () => {
    await applicationsRepo.put(applicationRecord('a1', 'j1'));
    const [notes, contact] = await Promise.all([
      editApplication('a1', (a, now) => setNotes(a, 'From tab one', now)),
      editApplication('a1', (a, now) => saveContact(a, { id: 'c1', name: 'Grace' }, now)),
    ]);
    expect(notes.ok && contact.ok).toBe(true);
    const stored = await applicationsRepo.get('a1');
    expect(stored?.notes).toBe('From tab one');
    expect(stored?.contacts.map((c) => c.name)).toEqual(['Grace']);
  });

  it('leaves the stored record untouched when an edit is refused, and reports a missing one', async () => {
    await applicationsRepo.put(applicationRecord('a1', 'j1'));
    const refused = await editApplication('a1', () =>
      err({ code: 'invalid' as const, field: 'name', message: 'Enter the person’s name.' }),
    );
    expect(refused).toMatchObject({ ok: false, error: { field: 'name' } });
    expect(await applicationsRepo.get('a1')).toEqual(applicationRecord('a1', 'j1'));
    expect(await editApplication('gone', (a, now) => setNotes(a, 'x', now))).toMatchObject({
      ok: false,
      error: { code: 'missing' },
    });
  });

  it('includes everything the tracker keeps in the backup, and restores it', async () => {
    const full = applicationRecord('a1', 'j1');
    full.prepId = 'prep1';
    full.coverLetterId = 'cl1';
    full.contacts.push({ id: 'c1', name: 'Grace', email: 'grace@acme.test' });
    full.interviews.push({
      id: 'i1',
      title: 'Onsite',
      startsAt: '2026-03-20T09:00:00.000Z',
      durationMinutes: 90,
    });
    full.reminders.push({
      id: 'r1',
      dueAt: '2026-03-12T09:00:00.000Z',
      note: 'Chase',
      done: true,
      completedAt: '2026-03-12T10:00:00.000Z',
      notifiedAt: '2026-03-12T09:00:30.000Z',
    });
    full.history.push({
      status: 'applied',
      at: '2026-01-04T00:00:00.000Z',
      note: 'Referral',
      source: 'board',
    });
    full.status = 'applied';
    await applicationsRepo.put(full);
    const file = await exportBackup('1.0.0');
    await resetDbForTests(uniqueDbName());
    expect(await importBackup(file, ImportMode.Replace)).toMatchObject({ ok: true });
    expect(await applicationsRepo.get('a1')).toEqual(full);
  });
});
