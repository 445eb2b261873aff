// The tracker dashboard's numbers: stage counts, response rate, time in stage and weekly activity.
import {
  addDays,
  daysBetween,
  localDay,
  startOfLocalDay,
  weekStart,
  type DayKey,
} from '../lib/zoned';
import { APPLICATION_STATUSES, ApplicationStatus, type ApplicationRecord } from './model';
import { appliedAt, respondedAt, stageStays } from './timeline';

/** Shown beside the numbers, so nobody has to guess what they mean. */
export const METRIC_DEFINITIONS = {
  applied:
    'Applied: applications that left “Saved” for Applied, Interviewing, Offer or Rejected (withdrawn while still saved does not count).',
  responseRate:
    'Response rate: applied applications that reached Interviewing, Offer or Rejected, divided by all applied applications.',
  interviewRate:
    'Interview rate: applied applications that reached Interviewing or Offer, divided by all applied applications.',
  timeInStage:
    'Time in stage: the median number of days an application stayed in a stage before moving on; stays still under way are counted separately, not in the median.',
  timeToResponse:
    'Time to response: the median number of days from applying to the first interview, offer or rejection.',
} as const;

export type StageTime = {
  readonly status: ApplicationStatus;
  /** Median length of finished stays, in days; null when none has finished. */
  readonly medianDays: number | null;
  readonly finished: number;
  readonly ongoing: number;
};

export type WeekActivity = {
  /** The Monday the week starts on, in the user's time zone. */
  readonly week: DayKey;
  readonly applied: number;
  readonly responses: number;
  readonly interviews: number;
};

export type TrackerMetrics = {
  readonly total: number;
  readonly byStage: Readonly<Record<ApplicationStatus, number>>;
  readonly applied: number;
  readonly responded: number;
  /** responded ÷ applied, from 0 to 1; null before anything was sent. */
  readonly responseRate: number | null;
  readonly interviewed: number;
  readonly interviewRate: number | null;
  readonly medianDaysToResponse: number | null;
  readonly timeInStage: readonly StageTime[];
  /** Oldest first, ending with the current week. */
  readonly weekly: readonly WeekActivity[];
};

export type MetricsOptions = {
  readonly now: string;
  readonly timeZone?: string;
  /** How many weeks of activity to return, ending with the current week; default 12. */
  readonly weeks?: number;
};

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const INTERVIEWED: ReadonlySet<ApplicationStatus> = new Set([
  ApplicationStatus.Interviewing,
  ApplicationStatus.Offer,
]);

function emptyByStage(): Record<ApplicationStatus, number> {
  return Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<
    ApplicationStatus,
    number
  >;
}

export function computeTrackerMetrics(
  applications: readonly ApplicationRecord[],
  options: MetricsOptions,
): TrackerMetrics {
  const timeZone = options.timeZone ?? 'UTC';
  const byStage = emptyByStage();
  const stays = new Map<ApplicationStatus, { finished: number[]; ongoing: number }>(
    APPLICATION_STATUSES.map((s) => [s, { finished: [], ongoing: 0 }]),
  );
  const currentWeek = weekStart(localDay(options.now, timeZone));
  const weekCount = Math.max(1, options.weeks ?? 12);
  const weeks = Array.from({ length: weekCount }, (_, i) =>
    addDays(currentWeek, -7 * (weekCount - 1 - i)),
  );
  // Where each week starts, as an instant, and where the last one ends: events are placed by
  // comparing numbers, not by formatting each one in the time zone.
  const bounds = [...weeks, addDays(currentWeek, 7)].map((w) => startOfLocalDay(w, timeZone));
  const weekly = weeks.map(() => ({ applied: 0, responses: 0, interviews: 0 }));
  const bump = (iso: string | undefined, key: 'applied' | 'responses' | 'interviews') => {
    if (!iso) return;
    const t = Date.parse(iso);
    if (t < (bounds[0] ?? 0) || t >= (bounds[weekCount] ?? 0)) return;
    let week = weekCount - 1;
    while (week > 0 && t < (bounds[week] ?? 0)) week -= 1;
    const bucket = weekly[week];
    if (bucket) bucket[key] += 1;
  };

  let applied = 0;
  let responded = 0;
  let interviewed = 0;
  const toResponse: number[] = [];
  for (const application of applications) {
    byStage[application.status] += 1;
    for (const stay of stageStays(application, options.now)) {
      const bucket = stays.get(stay.status);
      if (!bucket) continue;
      if (stay.until) bucket.finished.push(stay.days);
      else bucket.ongoing += 1;
    }
    const sent = appliedAt(application);
    const answered = respondedAt(application);
    bump(sent, 'applied');
    bump(answered, 'responses');
    for (const interview of application.interviews) bump(interview.startsAt, 'interviews');
    if (!sent) continue;
    applied += 1;
    if (answered) {
      responded += 1;
      toResponse.push(Math.max(0, daysBetween(sent, answered)));
    }
    if (application.history.some((h) => INTERVIEWED.has(h.status))) interviewed += 1;
  }

  return {
    total: applications.length,
    byStage,
    applied,
    responded,
    responseRate: applied === 0 ? null : responded / applied,
    interviewed,
    interviewRate: applied === 0 ? null : interviewed / applied,
    medianDaysToResponse: median(toResponse),
    timeInStage: APPLICATION_STATUSES.map((status) => {
      const bucket = stays.get(status) ?? { finished: [], ongoing: 0 };
      return {
        status,
        medianDays: median(bucket.finished),
        finished: bucket.finished.length,
        ongoing: bucket.ongoing,
      };
    }),
    weekly: weeks.map((week, i) => ({
      week,
      ...(weekly[i] ?? { applied: 0, responses: 0, interviews: 0 }),
    })),
  };
}
