import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { applicationWithHistory } from '../../test/applications';
import { applicationsCalendar, interviewCalendar } from './calendar';
import type { ApplicationRecord } from './model';

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

function acme(): ApplicationRecord {
  const app = applicationWithHistory('a1', '2026-03-01T09:00:00.000Z', [
    ['applied', '2026-03-02T09:00:00.000Z'],
    ['interviewing', '2026-03-04T09:00:00.000Z'],
  ]);
  app.contacts.push({
    id: 'c1',
    name: 'Grace Hopper',
    role: 'Recruiter',
    email: 'grace@acme.test',
  });
  app.interviews.push(
    {
      id: 'i1',
      title: 'Phone screen',
      startsAt: '2026-03-10T14:00:00.000Z',
      durationMinutes: 45,
      location: 'https://meet.example.com/xyz',
      notes: 'Ask about on-call, team size.',
    },
    { id: 'i2', title: 'Onsite', startsAt: '2026-03-17T09:30:00.000Z', durationMinutes: 240 },
  );
  app.reminders.push(
    { id: 'r1', dueAt: '2026-03-12T08:00:00.000Z', note: 'Send thanks', done: false },
    {
      id: 'r2',
      dueAt: '2026-03-03T08:00:00.000Z',
      note: 'Confirm receipt',
      done: true,
      completedAt: '2026-03-03T10:00:00.000Z',
    },
  );
  return app;
}

const jobs = { 'job-a1': { title: 'Staff Engineer', company: 'Acme' } };
const now = '2026-03-05T12:00:00.000Z';

describe('interview calendar', () => {
  it('exports one interview with its times, place, people and an alarm', () => {
    const app = acme();
    const text = interviewCalendar(app, app.interviews[0]!, jobs['job-a1'], {
      now,
      alarmMinutesBefore: 30,
      linkTo: (id) => `https://app.example/applications/${id}`,
    });
    const events = parse(text).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]!);
    expect(event.summary).toBe('Phone screen: Staff Engineer at Acme');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-10T14:45:00.000Z');
    expect(event.location).toBe('https://meet.example.com/xyz');
    expect(event.description).toBe(
      'Ask about on-call, team size.\n\nContacts:\nGrace Hopper · Recruiter · grace@acme.test',
    );
    expect(events[0]!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(events[0]!.getFirstPropertyValue('url')).toBe('https://app.example/applications/a1');
    expect(events[0]!.getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it('gives an interview the same UID on every export, so calendars update instead of duplicating', () => {
    const app = acme();
    const uid = (text: string) => new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!).uid;
    const first = interviewCalendar(app, app.interviews[0]!, jobs['job-a1'], { now });
    const moved = { ...app.interviews[0]!, startsAt: '2026-03-11T14:00:00.000Z' };
    const second = interviewCalendar(app, moved, jobs['job-a1'], {
      now: '2026-03-06T00:00:00.000Z',
    });
    expect(uid(first)).toBe(uid(second));
    expect(uid(first)).not.toBe(
      uid(interviewCalendar(app, app.interviews[1]!, undefined, { now })),
    );
  });
});

describe('whole calendar', () => {
  it('holds every interview of every application, in time order', () => {
    const other = applicationWithHistory('a2', '2026-03-01T09:00:00.000Z', [
      ['interviewing', '2026-03-02T09:00:00.000Z'],
    ]);
    other.interviews.push({
      id: 'j1',
      title: 'Panel',
      startsAt: '2026-03-09T10:00:00.000Z',
      durationMinutes: 60,
    });
    const text = applicationsCalendar([acme(), other], jobs, { now });
    const summaries = parse(text)
      .getAllSubcomponents('vevent')
      .map((e) => e.getFirstPropertyValue('summary'));
    expect(summaries).toEqual([
      'Panel: a deleted job',
      'Phone screen: Staff Engineer at Acme',
      'Onsite: Staff Engineer at Acme',
    ]);
    expect(parse(text).getAllSubcomponents('vtodo')).toHaveLength(0);
  });

  it('adds follow-ups as to-dos (done ones completed) or as short events (open ones only)', () => {
    const asTodos = parse(applicationsCalendar([acme()], jobs, { now, remindersAs: 'todos' }));
    expect(
      asTodos
        .getAllSubcomponents('vtodo')
        .map((t) => [t.getFirstPropertyValue('summary'), t.getFirstPropertyValue('status')]),
    ).toEqual([
      ['Send thanks: Staff Engineer at Acme', 'NEEDS-ACTION'],
      ['Confirm receipt: Staff Engineer at Acme', 'COMPLETED'],
    ]);

    const asEvents = parse(applicationsCalendar([acme()], jobs, { now, remindersAs: 'events' }));
    const events = asEvents.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const followUp = events.find((e) => e.summary.startsWith('Send thanks'));
    expect(followUp?.duration.toSeconds()).toBe(15 * 60);
    expect(events.some((e) => e.summary.startsWith('Confirm receipt'))).toBe(false);
  });

  it('marks interviews after a rejection or withdrawal as cancelled, and keeps earlier ones', () => {
    const app = acme();
    app.status = 'rejected';
    app.history.push({ status: 'rejected', at: '2026-03-12T09:00:00.000Z' });
    const statuses = parse(applicationsCalendar([app], jobs, { now }))
      .getAllSubcomponents('vevent')
      .map((e) => [e.getFirstPropertyValue('summary'), e.getFirstPropertyValue('status')]);
    expect(statuses).toEqual([
      ['Phone screen: Staff Engineer at Acme', 'CONFIRMED'],
      ['Onsite: Staff Engineer at Acme', 'CANCELLED'],
    ]);
  });
});
