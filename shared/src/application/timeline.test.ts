import { describe, expect, it } from 'vitest';
import { applicationWithHistory } from '../../test/applications';
import { countDueReminders, listReminders, remindersToNotify } from './reminders';
import { sortSummaries, summariseApplication, type ApplicationSummary } from './summary';
import { appliedAt, lastActivityAt, nextUp, respondedAt, stageStays } from './timeline';

const day = (d: string, time = '09:00') => `2026-03-${d}T${time}:00.000Z`;

describe('timeline', () => {
  it('dates the application from its first submitted stage, even when Applied was skipped', () => {
    const recruited = applicationWithHistory('a', day('01'), [['interviewing', day('03')]]);
    expect(appliedAt(recruited)).toBe(day('03'));
    expect(respondedAt(recruited)).toBe(day('03'));
    const withdrawn = applicationWithHistory('b', day('01'), [['withdrawn', day('02')]]);
    expect(appliedAt(withdrawn)).toBeUndefined();
  });

  it('measures each stay, the last one up to now', () => {
    const app = applicationWithHistory('a', day('01'), [['applied', day('03', '21:00')]]);
    expect(stageStays(app, day('05', '21:00'))).toEqual([
      { status: 'saved', from: day('01'), until: day('03', '21:00'), days: 2.5 },
      { status: 'applied', from: day('03', '21:00'), days: 2 },
    ]);
  });

  it('takes the last thing that happened as the last activity, not what is still to come', () => {
    const app = applicationWithHistory('a', day('01'), [['applied', day('02')]]);
    app.interviews.push(
      { id: 'past', title: 'Screen', startsAt: day('06'), durationMinutes: 30 },
      { id: 'future', title: 'Onsite', startsAt: day('20'), durationMinutes: 60 },
    );
    app.reminders.push({
      id: 'r',
      dueAt: day('07'),
      note: 'Thank-you note',
      done: true,
      completedAt: day('07', '10:00'),
    });
    expect(lastActivityAt(app, day('10'))).toBe(day('07', '10:00'));
  });

  it('shows the soonest open follow-up or coming interview next, flagging overdue follow-ups', () => {
    const app = applicationWithHistory('a', day('01'), [['applied', day('02')]]);
    app.interviews.push({ id: 'i', title: 'Onsite', startsAt: day('12'), durationMinutes: 60 });
    app.reminders.push(
      { id: 'done', dueAt: day('03'), note: 'Old', done: true },
      { id: 'r', dueAt: day('14'), note: 'Chase', done: false },
    );
    expect(nextUp(app, day('10'))).toEqual({
      kind: 'interview',
      at: day('12'),
      label: 'Onsite',
      id: 'i',
    });
    expect(nextUp(app, day('13'))).toMatchObject({ kind: 'reminder', id: 'r', overdue: false });
    expect(nextUp(app, day('15'))).toMatchObject({ kind: 'reminder', id: 'r', overdue: true });
  });
});

describe('reminders across applications', () => {
  const a = applicationWithHistory('a', day('01'), []);
  a.reminders.push(
    { id: 'old', dueAt: day('08'), note: 'Chase', done: false },
    { id: 'today-later', dueAt: day('10', '16:00'), note: 'Call', done: false },
    { id: 'done', dueAt: day('09'), note: 'Done', done: true },
  );
  const b = applicationWithHistory('b', day('01'), []);
  b.reminders.push(
    {
      id: 'today-earlier',
      dueAt: day('10', '08:00'),
      note: 'Email',
      done: false,
      notifiedAt: day('10', '08:00'),
    },
    { id: 'next-week', dueAt: day('16'), note: 'Ask', done: false },
    { id: 'far', dueAt: day('30'), note: 'Later', done: false },
  );
  const now = day('10', '12:00');

  it('lists open ones from overdue to a week ahead, soonest first', () => {
    expect(listReminders([a, b], { now }).map((r) => [r.reminder.id, r.state, r.due])).toEqual([
      ['old', 'overdue', true],
      ['today-earlier', 'today', true],
      ['today-later', 'today', false],
      ['next-week', 'upcoming', false],
    ]);
  });

  it('counts what has come due for the badge, and notifies each only once', () => {
    expect(countDueReminders([a, b], now)).toBe(2);
    expect(remindersToNotify([a, b], now).map((r) => r.reminder.id)).toEqual(['old']);
  });

  it('judges "today" in the user’s time zone', () => {
    // 23:00 UTC on the 9th is already the 10th in Tokyo.
    const c = applicationWithHistory('c', day('01'), []);
    c.reminders.push({ id: 'x', dueAt: day('09', '23:00'), note: 'x', done: false });
    expect(listReminders([c], { now, timeZone: 'UTC' })[0]?.state).toBe('overdue');
    expect(listReminders([c], { now, timeZone: 'Asia/Tokyo' })[0]?.state).toBe('today');
  });
});

describe('table rows', () => {
  const now = day('20');
  const rows: ApplicationSummary[] = [
    summariseApplication(
      applicationWithHistory('1', day('01'), [['applied', day('05')]]),
      { title: 'Backend Engineer', company: 'Umbrella' },
      now,
    ),
    summariseApplication(applicationWithHistory('2', day('02'), []), { title: 'Analyst' }, now),
    summariseApplication(
      applicationWithHistory('3', day('01'), [
        ['applied', day('03')],
        ['interviewing', day('10')],
      ]),
      { title: 'engineer II', company: 'acme' },
      now,
    ),
    summariseApplication(applicationWithHistory('4', day('01'), []), undefined, now),
  ];

  it('summarises an application whose job was deleted', () => {
    expect(rows[3]).toMatchObject({ jobTitle: 'Deleted job', company: '', jobMissing: true });
  });

  it('sorts by job title, ignoring case', () => {
    const ids = (key: Parameters<typeof sortSummaries>[1], dir: 'asc' | 'desc') =>
      sortSummaries(rows, key, dir).map((r) => r.id);
    expect(ids('job', 'asc')).toEqual(['2', '1', '4', '3']);
    expect(ids('job', 'desc')).toEqual(['3', '4', '1', '2']);
    expect(ids('stage', 'desc')).toEqual(['3', '1', '2', '4']);
  });

  it('keeps rows without a value last whichever way a column runs', () => {
    const ids = (key: Parameters<typeof sortSummaries>[1], dir: 'asc' | 'desc') =>
      sortSummaries(rows, key, dir).map((r) => r.id);
    expect(ids('applied', 'asc')).toEqual(['3', '1', '2', '4']);
    expect(ids('applied', 'desc')).toEqual(['1', '3', '2', '4']);
    expect(ids('company', 'asc')).toEqual(['3', '1', '2', '4']);
    expect(ids('company', 'desc')).toEqual(['1', '3', '2', '4']);
  });
});
