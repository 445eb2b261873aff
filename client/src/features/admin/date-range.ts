// Report date ranges: UTC days, defaulting to the last two weeks.
import { daysBetween, REPORT_RETENTION_DAYS } from '@career-copilot/shared/api/admin';

export type DayRange = { readonly from: string; readonly to: string };

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function lastDays(count: number, now = new Date()): DayRange {
  return {
    from: utcDay(new Date(now.getTime() - (count - 1) * 86_400_000)),
    to: utcDay(now),
  };
}

/** A message when the range cannot be asked for, else undefined. */
export function rangeProblem(range: DayRange): string | undefined {
  if (!range.from || !range.to) return 'Choose both a start and an end day.';
  if (range.from > range.to) return 'The start day must not be after the end day.';
  if (daysBetween(range.from, range.to) >= REPORT_RETENTION_DAYS) {
    return `Choose at most ${REPORT_RETENTION_DAYS} days: older counters are not kept.`;
  }
  return undefined;
}
