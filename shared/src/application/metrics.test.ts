import { describe, expect, it } from 'vitest';
import { applicationWithHistory } from '../../test/applications';
import { computeTrackerMetrics, median } from './metrics';
import type { ApplicationRecord } from './model';

const day = (d: string) => `2026-03-${d}T09:00:00.000Z`;

/**
 * Five applications with hand-counted answers:
 * a1 saved 2nd → applied 4th → interviewing 11th → offer 25th
 * a2 saved 2nd → applied 5th → rejected 15th
 * a3 saved 3rd → applied 6th (no answer yet)
 * a4 saved 3rd → withdrawn 8th (never sent)
 * a5 saved 10th (still saved)
 */
function board(): ApplicationRecord[] {
  const a1 = applicationWithHistory('a1', day('02'), [
    ['applied', day('04')],
    ['interviewing', day('11')],
    ['offer', day('25')],
  ]);
  a1.interviews.push(
    { id: 'i1', title: 'Screen', startsAt: day('13'), durationMinutes: 30 },
    { id: 'i2', title: 'Onsite', startsAt: '2026-04-02T09:00:00.000Z', durationMinutes: 240 },
  );
  return [
    a1,
    applicationWithHistory('a2', day('02'), [
      ['applied', day('05')],
      ['rejected', day('15')],
    ]),
    applicationWithHistory('a3', day('03'), [['applied', day('06')]]),
    applicationWithHistory('a4', day('03'), [['withdrawn', day('08')]]),
    applicationWithHistory('a5', day('10'), []),
  ];
}

const now = '2026-03-30T12:00:00.000Z';

describe('tracker metrics', () => {
  it('counts applications per stage', () => {
    expect(computeTrackerMetrics(board(), { now }).byStage).toEqual({
      saved: 1,
      applied: 1,
      interviewing: 0,
      offer: 1,
      rejected: 1,
      withdrawn: 1,
    });
  });

  it('computes response and interview rates over applications actually sent', () => {
    const m = computeTrackerMetrics(board(), { now });
    expect(m.total).toBe(5);
    expect(m.applied).toBe(3); // a4 was withdrawn before sending, a5 is still saved
    expect(m.responded).toBe(2); // an interview (a1) and a rejection (a2) are both answers
    expect(m.responseRate).toBeCloseTo(2 / 3);
    expect(m.interviewed).toBe(1);
    expect(m.interviewRate).toBeCloseTo(1 / 3);
    expect(m.medianDaysToResponse).toBe(8.5); // 7 days for a1, 10 for a2
  });

  it('has no rates before anything was sent, rather than dividing by zero', () => {
    const m = computeTrackerMetrics([applicationWithHistory('a', day('02'), [])], { now });
    expect(m.responseRate).toBeNull();
    expect(m.interviewRate).toBeNull();
    expect(m.medianDaysToResponse).toBeNull();
  });

  it('takes the median of finished stays in each stage and counts ongoing ones apart', () => {
    const byStatus = Object.fromEntries(
      computeTrackerMetrics(board(), { now }).timeInStage.map((t) => [t.status, t]),
    );
    expect(byStatus.saved).toEqual({ status: 'saved', medianDays: 3, finished: 4, ongoing: 1 });
    expect(byStatus.applied).toEqual({
      status: 'applied',
      medianDays: 8.5,
      finished: 2,
      ongoing: 1,
    });
    expect(byStatus.interviewing).toMatchObject({ medianDays: 14, finished: 1, ongoing: 0 });
    expect(byStatus.offer).toMatchObject({ medianDays: null, finished: 0, ongoing: 1 });
  });

  it('buckets applications sent, answers and interviews by week, ending with this week', () => {
    const weekly = computeTrackerMetrics(board(), { now, weeks: 5 }).weekly;
    expect(weekly).toEqual([
      { week: '2026-03-02', applied: 3, responses: 0, interviews: 0 },
      { week: '2026-03-09', applied: 0, responses: 2, interviews: 1 },
      { week: '2026-03-16', applied: 0, responses: 0, interviews: 0 },
      { week: '2026-03-23', applied: 0, responses: 0, interviews: 0 },
      { week: '2026-03-30', applied: 0, responses: 0, interviews: 1 },
    ]);
  });

  it('puts late-night events in the user’s own week, not UTC’s', () => {
    // Sunday 23:30 UTC is already Monday in Paris (UTC+1 in early March).
    const sundayNight = applicationWithHistory('a', day('01'), [
      ['applied', '2026-03-08T23:30:00.000Z'],
    ]);
    const inUtc = computeTrackerMetrics([sundayNight], { now, weeks: 5 }).weekly;
    const inParis = computeTrackerMetrics([sundayNight], {
      now,
      weeks: 5,
      timeZone: 'Europe/Paris',
    }).weekly;
    expect(inUtc.find((w) => w.applied === 1)?.week).toBe('2026-03-02');
    expect(inParis.find((w) => w.applied === 1)?.week).toBe('2026-03-09');
  });

  it('medians odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
