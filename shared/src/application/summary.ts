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

function time(iso: string | undefined): number | undefined {
  return iso === undefined ? undefined : Date.parse(iso);
}

function compareBy(key: SortKey, a: ApplicationSummary, b: ApplicationSummary): number {
  switch (key) {
    case SortKey.Job:
      return collator.compare(a.jobTitle, b.jobTitle);
    case SortKey.Company:
      return collator.compare(a.company, b.company);
    case SortKey.Stage:
      return (stageOrder.get(a.status) ?? 0) - (stageOrder.get(b.status) ?? 0);
    case SortKey.Applied:
      return compareOptional(time(a.appliedAt), time(b.appliedAt));
    case SortKey.Activity:
      return compareOptional(time(a.lastActivityAt), time(b.lastActivityAt));
    case SortKey.Next:
      return compareOptional(time(a.next?.at), time(b.next?.at));
  }
}

/** Both defined by the time it is called: rows missing the value are ordered before comparing. */
function compareOptional(a: number | undefined, b: number | undefined): number {
  return (a ?? 0) - (b ?? 0);
}

function missing(key: SortKey, row: ApplicationSummary): boolean {
  if (key === SortKey.Applied) return row.appliedAt === undefined;
  if (key === SortKey.Next) return row.next === undefined;
  if (key === SortKey.Company) return row.company === '';
  return false;
}

/**
 * Sorts rows by a column. Rows without a value for it (not applied yet, nothing coming up) go last
 * whichever way it runs; ties fall back to the job title, so the order is stable and predictable.
 */
export function sortSummaries(
  rows: readonly ApplicationSummary[],
  key: SortKey,
  direction: SortDirection,
): ApplicationSummary[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ma = missing(key, a);
    const mb = missing(key, b);
    if (ma !== mb) return ma ? 1 : -1;
    const primary = ma ? 0 : compareBy(key, a, b) * sign;
    return primary || collator.compare(a.jobTitle, b.jobTitle) || a.id.localeCompare(b.id);
  });
}
