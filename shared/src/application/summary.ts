// One line per application for lists and the table, and the orders they can be sorted in.
import { APPLICATION_STATUSES, type ApplicationRecord, type ApplicationStatus } from './model';
import { appliedAt, currentStageSince, lastActivityAt, nextUp, type NextUp } from './timeline';

/** What lists and calendar entries need to know about the job. */
export type JobLabel = { readonly title?: string; readonly company?: string };

/** "Senior Engineer at Acme", for sentences and announcements. */
export function describeJob(job: JobLabel | undefined): string {
  if (!job) return 'a deleted job';
  const title = job.title?.trim() || 'Untitled job';
  return job.company?.trim() ? `${title} at ${job.company.trim()}` : title;
}

export type ApplicationSummary = {
  readonly id: string;
  readonly status: ApplicationStatus;
  readonly jobTitle: string;
  readonly company: string;
  readonly jobMissing: boolean;
  readonly stageSince: string;
  readonly appliedAt?: string;
  readonly lastActivityAt: string;
  readonly next?: NextUp;
};

export function summariseApplication(
  application: ApplicationRecord,
  job: JobLabel | undefined,
  now: string,
): ApplicationSummary {
  const applied = appliedAt(application);
  const next = nextUp(application, now);
  return {
    id: application.id,
    status: application.status,
    jobTitle: job ? job.title?.trim() || 'Untitled job' : 'Deleted job',
    company: job?.company?.trim() ?? '',
    jobMissing: !job,
    stageSince: currentStageSince(application),
    lastActivityAt: lastActivityAt(application, now),
    ...(applied ? { appliedAt: applied } : {}),
    ...(next ? { next } : {}),
  };
}

export const SortKey = {
  Job: 'job',
  Company: 'company',
  Stage: 'stage',
  Applied: 'applied',
  Activity: 'activity',
  Next: 'next',
} as const;
export type SortKey = (typeof SortKey)[keyof typeof SortKey];
export const SORT_KEYS: readonly SortKey[] = Object.values(SortKey);

export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const stageOrder = new Map(APPLICATION_STATUSES.map((s, i) => [s, i]));

/** What a row is sorted on: a number or a string, or undefined when the row has no value. */
function sortValue(key: SortKey, row: ApplicationSummary): number | string | undefined {
  switch (key) {
    case SortKey.Job:
      return row.jobTitle;
    case SortKey.Company:
      return row.company === '' ? undefined : row.company;
    case SortKey.Stage:
      return stageOrder.get(row.status) ?? 0;
    case SortKey.Applied:
      return row.appliedAt === undefined ? undefined : Date.parse(row.appliedAt);
    case SortKey.Activity:
      return Date.parse(row.lastActivityAt);
    case SortKey.Next:
      return row.next === undefined ? undefined : Date.parse(row.next.at);
  }
}

function compareValues(a: number | string, b: number | string): number {
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : collator.compare(String(a), String(b));
}

/**
 * Sorts rows by a column. Rows without a value for it (not applied yet, nothing coming up) go last
 * whichever way it runs; ties fall back to the job title, so the order is stable and predictable.
 * Each row's value is worked out once, not on every comparison.
 */
export function sortSummaries(
  rows: readonly ApplicationSummary[],
  key: SortKey,
  direction: SortDirection,
): ApplicationSummary[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row) => ({ row, value: sortValue(key, row) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value !== b.value) return a.value === undefined ? 1 : -1;
      } else {
        const primary = compareValues(a.value, b.value) * sign;
        if (primary) return primary;
      }
      return collator.compare(a.row.jobTitle, b.row.jobTitle) || a.row.id.localeCompare(b.row.id);
    })
    .map(({ row }) => row);
}
