import { describe, expect, it } from 'vitest';
import {
  ApplicationStatus,
  changeApplicationStatus,
  createApplication,
  upgradeApplicationRecord,
} from './model';

describe('Application model', () => {
  const created = createApplication({ id: 'a1', jobId: 'j1', now: '2026-03-01T09:00:00.000Z' });

  it('starts saved, with the first history entry', () => {
    expect(created.status).toBe(ApplicationStatus.Saved);
    expect(created.history).toEqual([
      { status: 'saved', at: '2026-03-01T09:00:00.000Z', source: 'created' },
    ]);
    expect(upgradeApplicationRecord(created)).toEqual({ ok: true, value: created });
  });

  it('records each move with its date and note, and ignores a move to the same status', () => {
    const applied = changeApplicationStatus(created, 'applied', '2026-03-02T09:00:00.000Z');
    const interviewing = changeApplicationStatus(
      applied,
      'interviewing',
      '2026-03-09T09:00:00.000Z',
      'Phone screen booked',
    );
    expect(interviewing.status).toBe('interviewing');
    expect(interviewing.updatedAt).toBe('2026-03-09T09:00:00.000Z');
    expect(interviewing.history.map((h) => h.status)).toEqual(['saved', 'applied', 'interviewing']);
    expect(interviewing.history[2]?.note).toBe('Phone screen booked');
    expect(changeApplicationStatus(interviewing, 'interviewing', '2026-04-01T00:00:00.000Z')).toBe(
      interviewing,
    );
  });

  it('can start in a later stage, backdated ("I applied on Tuesday")', () => {
    const applied = createApplication({
      id: 'a2',
      jobId: 'j1',
      now: '2026-03-05T09:00:00.000Z',
      status: 'applied',
      statusAt: '2026-03-03T12:00:00.000Z',
    });
    expect(applied.createdAt).toBe('2026-03-05T09:00:00.000Z');
    expect(applied.history).toEqual([
      { status: 'applied', at: '2026-03-03T12:00:00.000Z', source: 'created' },
    ]);
  });

  it('reads a record saved before sources, prep links and reminder dates existed', () => {
    const old = {
      ...created,
      history: [{ status: 'saved', at: '2026-03-01T09:00:00.000Z' }],
      reminders: [{ id: 'r1', dueAt: '2026-03-08T09:00:00.000Z', note: 'Follow up', done: false }],
    };
    expect(upgradeApplicationRecord(old)).toMatchObject({ ok: true, value: old });
  });

  it('refuses an unknown status', () => {
    expect(upgradeApplicationRecord({ ...created, status: 'ghosted' }).ok).toBe(false);
  });
});
