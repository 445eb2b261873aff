// How stages read on screen: their names, and a sentence naming an application for announcements.
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
} from '@career-copilot/shared/application/model';

export const STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const STAGES = APPLICATION_STATUSES;

/** "stage 3 of 6", for screen readers finding their way along the board. */
export function stagePosition(status: ApplicationStatus): string {
  return `stage ${STAGES.indexOf(status) + 1} of ${STAGES.length}`;
}

export const SOURCE_LABELS = {
  created: 'when it was added',
  board: 'on the board',
  table: 'in the table',
  detail: 'on its page',
} as const;
