// Interviews (and follow-ups) as .ics files: one interview, or the whole calendar.
import {
  applicationsCalendar,
  interviewCalendar,
  type RemindersAs,
} from '@career-copilot/shared/application/calendar';
import type { ApplicationRecord, Interview } from '@career-copilot/shared/application/model';
import { ICS_MEDIA_TYPE } from '@career-copilot/shared/calendar/ics';
import { downloadBlob, safeFileName } from '../../lib/download';
import { nowIso } from '../../lib/ids';
import { applicationsStore } from './applications-store';

function linkTo(applicationId: string): string {
  return `${window.location.origin}/applications/${applicationId}`;
}

function jobLabels() {
  const { jobs } = applicationsStore.getState();
  return Object.fromEntries(Object.entries(jobs).map(([id, j]) => [id, j.job]));
}

export type CalendarExportChoice = {
  readonly remindersAs: RemindersAs;
  /** Minutes before each interview for an alert; undefined for none. */
  readonly alarmMinutesBefore?: number;
};

export function exportWholeCalendar(choice: CalendarExportChoice): void {
  const text = applicationsCalendar(applicationsStore.getState().items, jobLabels(), {
    now: nowIso(),
    linkTo,
    ...choice,
  });
  downloadBlob(new Blob([text], { type: ICS_MEDIA_TYPE }), 'career-copilot-interviews.ics');
}

export function exportInterview(application: ApplicationRecord, interview: Interview): void {
  const job = applicationsStore.getState().jobs[application.jobId]?.job;
  const text = interviewCalendar(application, interview, job, {
    now: nowIso(),
    linkTo,
    alarmMinutesBefore: 30,
  });
  const name = [interview.title, job?.company].filter(Boolean).join(' ');
  downloadBlob(new Blob([text], { type: ICS_MEDIA_TYPE }), safeFileName(name, 'ics'));
}
