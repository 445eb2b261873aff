import { describe, expect, it } from 'vitest';
import { unwrap } from '../lib/result';
import {
  editStatusChange,
  LIMITS,
  markRemindersNotified,
  moveApplication,
  removeContact,
  saveContact,
  saveInterview,
  saveReminder,
  setNotes,
  setReminderDone,
  setResume,
  undoLastMove,
} from './edits';
import { createApplication, upgradeApplicationRecord, type ApplicationRecord } from './model';

const T0 = '2026-03-01T09:00:00.000Z';
const T1 = '2026-03-02T09:00:00.000Z';
const T2 = '2026-03-09T09:00:00.000Z';
const LATER = '2026-04-01T09:00:00.000Z';

const fresh = () => createApplication({ id: 'a1', jobId: 'j1', now: T0 });

/** Every edit must leave a record the repository accepts. */
function valid(record: ApplicationRecord): ApplicationRecord {
  expect(upgradeApplicationRecord(record).ok).toBe(true);
  return record;
}

describe('moving between stages', () => {
  it('records the move with its date, note and where it was made', () => {
    const moved = valid(
      unwrap(moveApplication(fresh(), 'applied', { note: ' Sent via site ', source: 'board' }, T1)),
    );
    expect(moved.status).toBe('applied');
    expect(moved.updatedAt).toBe(T1);
    expect(moved.history.at(-1)).toEqual({
      status: 'applied',
      at: T1,
      note: 'Sent via site',
      source: 'board',
    });
  });

  it('can be backdated, but not before the previous move and not into the future', () => {
    const applied = unwrap(moveApplication(fresh(), 'applied', { at: T1 }, LATER));
    expect(applied.history.at(-1)?.at).toBe(T1);
    expect(moveApplication(applied, 'interviewing', { at: T0 }, LATER)).toMatchObject({
      ok: false,
      error: { code: 'out_of_order', field: 'at' },
    });
    expect(
      moveApplication(applied, 'interviewing', { at: '2026-05-01T00:00:00.000Z' }, LATER),
    ).toMatchObject({ ok: false, error: { code: 'in_future' } });
    expect(moveApplication(applied, 'interviewing', { at: 'soon' }, LATER)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('refuses a move to the stage it is already in', () => {
    expect(moveApplication(fresh(), 'saved', {}, T1)).toMatchObject({
      ok: false,
      error: { code: 'same_status' },
    });
  });

  it('undoes the last move without leaving a trace, unless it changed since', () => {
    const applied = unwrap(moveApplication(fresh(), 'applied', {}, T1));
    const move = applied.history.at(-1)!;
    const undone = valid(unwrap(undoLastMove(applied, move, T2)));
    expect(undone.status).toBe('saved');
    expect(undone.history).toEqual(fresh().history);

    const movedAgain = unwrap(moveApplication(applied, 'interviewing', {}, T2));
    expect(undoLastMove(movedAgain, move, LATER)).toMatchObject({
      ok: false,
      error: { code: 'changed_since' },
    });
    expect(undoLastMove(fresh(), fresh().history[0]!, T1).ok).toBe(false);
  });

  it('corrects a history entry’s date and note, keeping the order', () => {
    let app = unwrap(moveApplication(fresh(), 'applied', {}, T1));
    app = unwrap(moveApplication(app, 'interviewing', {}, T2));
    const edited = valid(
      unwrap(editStatusChange(app, 1, { at: '2026-03-05T09:00:00.000Z', note: 'By email' }, LATER)),
    );
    expect(edited.history[1]).toMatchObject({ at: '2026-03-05T09:00:00.000Z', note: 'By email' });
    expect(editStatusChange(app, 1, { at: LATER, note: '' }, LATER)).toMatchObject({
      ok: false,
      error: { code: 'out_of_order' },
    });
    const cleared = unwrap(editStatusChange(edited, 1, { at: T1, note: '  ' }, LATER));
    expect(cleared.history[1]).not.toHaveProperty('note');
    expect(editStatusChange(app, 7, { at: T1, note: '' }, LATER).ok).toBe(false);
  });
});

describe('details', () => {
  it('keeps notes up to the limit and says how long they are past it', () => {
    expect(unwrap(setNotes(fresh(), 'Great team', T1)).notes).toBe('Great team');
    const result = setNotes(fresh(), 'x'.repeat(LIMITS.notes + 1), T1);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_long', field: 'notes' } });
    if (!result.ok) expect(result.error.message).toContain('20,001 characters');
  });

  it('links and unlinks the resume version sent', () => {
    const linked = valid(setResume(fresh(), 'r_tailored', T1));
    expect(linked.resumeId).toBe('r_tailored');
    expect(setResume(linked, undefined, T2)).not.toHaveProperty('resumeId');
  });

  it('adds, edits and removes contacts, checking what was typed', () => {
    let app = valid(
      unwrap(
        saveContact(
          fresh(),
          {
            id: 'c1',
            name: ' Grace Hopper ',
            role: 'Recruiter',
            email: 'grace@acme.test',
            phone: '',
          },
          T1,
        ),
      ),
    );
    expect(app.contacts).toEqual([
      { id: 'c1', name: 'Grace Hopper', role: 'Recruiter', email: 'grace@acme.test' },
    ]);
    app = unwrap(
      saveContact(app, { id: 'c1', name: 'Grace B. Hopper', role: 'Hiring manager' }, T2),
    );
    expect(app.contacts).toEqual([{ id: 'c1', name: 'Grace B. Hopper', role: 'Hiring manager' }]);
    expect(saveContact(app, { id: 'c2', name: '  ' }, T2)).toMatchObject({
      ok: false,
      error: { field: 'name' },
    });
    expect(saveContact(app, { id: 'c2', name: 'Bob', email: 'bob at acme' }, T2)).toMatchObject({
      ok: false,
      error: { field: 'email' },
    });
    expect(removeContact(app, 'c1', T2).contacts).toEqual([]);
  });

  it('keeps interviews in time order and checks their start and length', () => {
    let app = unwrap(
      saveInterview(
        fresh(),
        { id: 'i2', title: 'Onsite', startsAt: '2026-03-20T13:00:00.000Z', durationMinutes: 240 },
        T1,
      ),
    );
    app = valid(
      unwrap(
        saveInterview(
          app,
          {
            id: 'i1',
            title: '',
            startsAt: '2026-03-10T10:00:00+01:00',
            durationMinutes: 30,
            location: 'Zoom',
          },
          T1,
        ),
      ),
    );
    expect(app.interviews.map((i) => [i.id, i.title, i.startsAt])).toEqual([
      ['i1', 'Interview', '2026-03-10T09:00:00.000Z'],
      ['i2', 'Onsite', '2026-03-20T13:00:00.000Z'],
    ]);
    const bad = { id: 'i3', title: 'x', startsAt: T2 };
    expect(saveInterview(app, { ...bad, durationMinutes: 0 }, T2).ok).toBe(false);
    expect(saveInterview(app, { ...bad, durationMinutes: 1441 }, T2).ok).toBe(false);
    expect(saveInterview(app, { ...bad, durationMinutes: 12.5 }, T2).ok).toBe(false);
    expect(saveInterview(app, { ...bad, startsAt: '', durationMinutes: 30 }, T2)).toMatchObject({
      ok: false,
      error: { field: 'startsAt' },
    });
  });

  it('completes reminders with a date, and a new due date makes one notifiable again', () => {
    let app = unwrap(saveReminder(fresh(), { id: 'r1', dueAt: T2, note: '' }, T1));
    expect(app.reminders).toEqual([{ id: 'r1', dueAt: T2, note: 'Follow up', done: false }]);
    app = markRemindersNotified(app, new Set(['r1']), T2);
    expect(app.reminders[0]?.notifiedAt).toBe(T2);
    expect(app.updatedAt).toBe(T1);
    const snoozed = unwrap(saveReminder(app, { id: 'r1', dueAt: LATER, note: 'Follow up' }, T2));
    expect(snoozed.reminders[0]).not.toHaveProperty('notifiedAt');
    const done = valid(setReminderDone(snoozed, 'r1', true, T2));
    expect(done.reminders[0]).toMatchObject({ done: true, completedAt: T2 });
    expect(setReminderDone(done, 'r1', false, T2).reminders[0]).not.toHaveProperty('completedAt');
  });
});
