// Reading an application's history: when it was sent, when they answered, how long each stage lasted.
import { daysBetween } from '../lib/zoned';
import { ApplicationStatus, type ApplicationRecord } from './model';

/** Stages that mean the application was sent: reaching any of them implies it was applied for. */
export const SUBMITTED_STATUSES: ReadonlySet<ApplicationStatus> = new Set([
  ApplicationStatus.Applied,
  ApplicationStatus.Interviewing,
  ApplicationStatus.Offer,
  ApplicationStatus.Rejected,
]);

/** Stages that mean the employer answered: an interview, an offer or a rejection. */
export const RESPONSE_STATUSES: ReadonlySet<ApplicationStatus> = new Set([
  ApplicationStatus.Interviewing,
  ApplicationStatus.Offer,
  ApplicationStatus.Rejected,
]);

/** Stages an application normally stays in for good. */
export const CLOSED_STATUSES: ReadonlySet<ApplicationStatus> = new Set([
  ApplicationStatus.Offer,
  ApplicationStatus.Rejected,
  ApplicationStatus.Withdrawn,
]);

/**
 * When the application was sent: the first move into a submitted stage. An application withdrawn
 * while still saved was never sent and has none.
 */
export function appliedAt(application: ApplicationRecord): string | undefined {
  return application.history.find((h) => SUBMITTED_STATUSES.has(h.status))?.at;
}

/** When the employer first answered (interview, offer or rejection), if they have. */
export function respondedAt(application: ApplicationRecord): string | undefined {
  return application.history.find((h) => RESPONSE_STATUSES.has(h.status))?.at;
}

export type StageStay = {
  readonly status: ApplicationStatus;
  readonly from: string;
  /** When it moved on; absent while the application is still in this stage. */
  readonly until?: string;
  readonly days: number;
};

/** Each stay in a stage, oldest first; the last one is ongoing and measured up to `now`. */
export function stageStays(application: ApplicationRecord, now: string): StageStay[] {
  return application.history.map((entry, i) => {
    const next = application.history[i + 1];
    const until = next?.at;
    return {
      status: entry.status,
      from: entry.at,
      ...(until ? { until } : {}),
      days: Math.max(0, daysBetween(entry.at, until ?? now)),
    };
  });
}

/** When the current stage began. */
export function currentStageSince(application: ApplicationRecord): string {
  return application.history.at(-1)?.at ?? application.createdAt;
}

/**
 * The last thing that happened: a status change, an interview that took place or a follow-up done.
 * Editing notes is not activity; neither is an interview still to come.
 */
export function lastActivityAt(application: ApplicationRecord, now: string): string {
  // Compared as instants: stored ISO strings may differ in precision ("…:00Z" vs "…:00.000Z").
  let latest = currentStageSince(application);
  const limit = Date.parse(now);
  const consider = (at: string | undefined) => {
    if (!at) return;
    const t = Date.parse(at);
    if (t <= limit && t > Date.parse(latest)) latest = at;
  };
  for (const h of application.history) consider(h.at);
  for (const interview of application.interviews) consider(interview.startsAt);
  for (const reminder of application.reminders) consider(reminder.completedAt);
  return latest;
}

export type NextUp =
  | { readonly kind: 'interview'; readonly at: string; readonly label: string; readonly id: string }
  | {
      readonly kind: 'reminder';
      readonly at: string;
      readonly label: string;
      readonly id: string;
      readonly overdue: boolean;
    };

/** The earliest open follow-up (overdue ones included) or interview still to start. */
export function nextUp(application: ApplicationRecord, now: string): NextUp | undefined {
  const candidates: NextUp[] = [];
  for (const r of application.reminders) {
    if (!r.done) {
      candidates.push({
        kind: 'reminder',
        at: r.dueAt,
        label: r.note,
        id: r.id,
        overdue: Date.parse(r.dueAt) <= Date.parse(now),
      });
    }
  }
  for (const i of application.interviews) {
    if (Date.parse(i.startsAt) >= Date.parse(now)) {
      candidates.push({ kind: 'interview', at: i.startsAt, label: i.title, id: i.id });
    }
  }
  return candidates.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
}
