// How fast the tracker's pure code is for a heavy user: 1,000 applications with histories, interviews
// and follow-ups. The dashboard and board recompute on every change, so each must fit well inside a
// frame (16 ms); a calendar export of everything should feel instant (under 100 ms).
import { bench, describe } from 'vitest';
import { applicationWithHistory } from '../test/applications';
import { applicationsCalendar } from '../src/application/calendar';
import { computeTrackerMetrics } from '../src/application/metrics';
import type { ApplicationRecord, ApplicationStatus } from '../src/application/model';
import { listReminders } from '../src/application/reminders';
import { sortSummaries, summariseApplication } from '../src/application/summary';

const DAY = 86_400_000;
const now = '2026-11-24T12:00:00.000Z';
const start = Date.parse(now) - 180 * DAY;
const paths: ApplicationStatus[][] = [
  [],
  ['applied'],
  ['applied', 'rejected'],
  ['applied', 'interviewing'],
  ['applied', 'interviewing', 'offer'],
  ['applied', 'interviewing', 'rejected'],
  ['withdrawn'],
];

function heavyUser(count: number): ApplicationRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const saved = start + (i % 170) * DAY;
    const path = paths[i % paths.length] ?? [];
    const steps = path.map(
      (status, j) => [status, new Date(saved + (j + 1) * 3 * DAY).toISOString()] as const,
    );
    const app = applicationWithHistory(
      `a${i}`,
      new Date(saved).toISOString(),
      steps,
      `j${i % 300}`,
    );
    app.interviews.push({
      id: `i${i}`,
      title: 'Interview, round 1',
      startsAt: new Date(saved + 10 * DAY).toISOString(),
      durationMinutes: 45,
      location: 'https://meet.example.com/room',
      notes: 'Ask about the team; bring examples.',
    });
    app.reminders.push({
      id: `r${i}`,
      dueAt: new Date(saved + 14 * DAY).toISOString(),
      note: 'Follow up',
      done: i % 3 === 0,
    });
    return app;
  });
}

const applications = heavyUser(1_000);
const jobs = Object.fromEntries(
  Array.from({ length: 300 }, (_, i) => [
    `j${i}`,
    { title: `Engineer ${i}`, company: `Company ${i}` },
  ]),
);

describe('tracker with 1,000 applications', () => {
  bench('dashboard metrics (12 weeks, Europe/Paris)', () => {
    computeTrackerMetrics(applications, { now, weeks: 12, timeZone: 'Europe/Paris' });
  });
  bench('follow-ups list (overdue to a week ahead)', () => {
    listReminders(applications, { now, timeZone: 'Europe/Paris' });
  });
  bench('table rows: summarise and sort by applied date', () => {
    const rows = applications.map((a) => summariseApplication(a, jobs[a.jobId], now));
    sortSummaries(rows, 'applied', 'desc');
  });
  bench('whole calendar .ics (1,000 interviews + 1,000 to-dos)', () => {
    applicationsCalendar(applications, jobs, { now, remindersAs: 'todos', alarmMinutesBefore: 30 });
  });
});
