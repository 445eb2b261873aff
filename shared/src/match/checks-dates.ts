// Resume checks on dates: missing or impossible dates, mixed formats, and gaps between roles.
import { compareDates, formatDate, isIsoDate, PRESENT, type IsoDate } from '../lib/dates';
import type { Resume } from '../resume/model';
import { roleEnd, roleLabel } from './career';
import {
  CheckId,
  CheckSeverity,
  worstSeverity,
  type CheckFinding,
  type CheckSeverity as Severity,
  type ResumeCheck,
} from './checks-model';

type Dated = { where: string; startDate?: string; endDate?: string; isWork: boolean };

function datedEntries(resume: Resume): Dated[] {
  return [
    ...(resume.work ?? []).map((w) => ({
      where: `Experience · ${roleLabel(w.position, w.name)}`,
      ...w,
      isWork: true,
    })),
    ...(resume.education ?? []).map((e) => ({
      where: `Education · ${e.institution ?? e.studyType ?? 'untitled entry'}`,
      ...e,
      isWork: false,
    })),
    ...(resume.projects ?? []).map((p) => ({
      where: `Projects · ${p.name ?? 'untitled project'}`,
      ...p,
      isWork: false,
    })),
  ];
}

function precision(date: string): 'year' | 'month' | 'day' {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export function checkDates(resume: Resume, today: IsoDate): ResumeCheck {
  const findings: Array<CheckFinding & { severity: Severity }> = [];
  const precisions = new Set<string>();
  for (const entry of datedEntries(resume)) {
    const { startDate: start, endDate: end } = entry;
    if (entry.isWork && !start) {
      findings.push({
        where: entry.where,
        text: end ? `ends ${formatDate(end)}, no start date` : 'no dates',
        severity: CheckSeverity.Warning,
      });
    }
    if (start && end && isIsoDate(start) && isIsoDate(end) && compareDates(end, start) < 0) {
      findings.push({
        where: entry.where,
        text: `ends (${formatDate(end)}) before it starts (${formatDate(start)})`,
        severity: CheckSeverity.Problem,
      });
    }
    if (start && isIsoDate(start) && compareDates(start, today.slice(0, start.length)) > 0) {
      findings.push({
        where: entry.where,
        text: `starts in the future (${formatDate(start)})`,
        severity: entry.isWork ? CheckSeverity.Problem : CheckSeverity.Info,
      });
    }
    if (
      entry.isWork &&
      end &&
      isIsoDate(end) &&
      compareDates(end, today.slice(0, end.length)) > 0
    ) {
      findings.push({
        where: entry.where,
        text: `ends in the future (${formatDate(end)})`,
        note: 'For a current role, leave the end date empty so it reads “Present”.',
        severity: CheckSeverity.Warning,
      });
    }
    if (entry.isWork)
      for (const d of [start, end]) if (d && isIsoDate(d)) precisions.add(precision(d));
  }
  if (precisions.has('year') && precisions.has('month')) {
    findings.push({
      where: 'Experience',
      text: 'some roles give month and year, others only the year',
      note: 'Use one format (e.g. “Mar 2021”) everywhere; systems that compute tenure read the years-only ones as January to December.',
      severity: CheckSeverity.Info,
    });
  }
  const severity = worstSeverity(findings.map((f) => f.severity));
  const clean = findings.map(({ severity: _s, ...f }) => f);
  if (severity === CheckSeverity.Pass) {
    return {
      id: CheckId.Dates,
      label: 'Dates',
      severity,
      message: 'Every role has a start date, no date is in the future, and the formats agree.',
      findings: [],
    };
  }
  return {
    id: CheckId.Dates,
    label: 'Dates',
    severity,
    message: `${findings.length} date issue${findings.length === 1 ? '' : 's'}: screening software computes your years of experience from these.`,
    fix: 'Give every role a start date and an end date (or leave the end empty if it is current), in one format.',
    findings: clean,
  };
}

const GAP_NOTICE_MONTHS = 6;
const GAP_WARNING_MONTHS = 12;

function monthIndex(iso: IsoDate, side: 'start' | 'end'): number {
  const [y, m] = iso.split('-');
  return Number(y) * 12 + (m ? Number(m) - 1 : side === 'start' ? 0 : 11);
}

function monthsLabel(months: number): string {
  return months >= 24 && months % 12 === 0 ? `${months / 12} years` : `${months} months`;
}

/** Gaps of six months or more between roles, and since the last one ended. */
export function checkGaps(resume: Resume, today: IsoDate): ResumeCheck {
  const roles = (resume.work ?? [])
    .filter((w) => w.startDate && isIsoDate(w.startDate))
    .map((w) => {
      const end = roleEnd(w) ?? PRESENT;
      return {
        name: roleLabel(w.position, w.name),
        start: monthIndex(w.startDate as string, 'start'),
        end: monthIndex(end === PRESENT ? today : end, 'end'),
        endLabel: formatDate(end),
        startLabel: formatDate(w.startDate),
      };
    })
    .sort((a, b) => a.start - b.start);
  const findings: Array<CheckFinding & { months: number }> = [];
  let reach = roles[0];
  for (const role of roles.slice(1)) {
    if (!reach) break;
    const gap = role.start - reach.end - 1;
    if (gap >= GAP_NOTICE_MONTHS) {
      findings.push({
        where: 'Experience',
        text: `${monthsLabel(gap)} between ${reach.name} (ended ${reach.endLabel}) and ${role.name} (started ${role.startLabel})`,
        months: gap,
      });
    }
    if (role.end > reach.end) reach = role;
  }
  if (reach) {
    const sinceLast = monthIndex(today, 'end') - reach.end;
    if (sinceLast >= GAP_NOTICE_MONTHS) {
      findings.push({
        where: 'Experience',
        text: `${monthsLabel(sinceLast)} since ${reach.name} ended (${reach.endLabel})`,
        months: sinceLast,
      });
    }
  }
  if (findings.length === 0) {
    return {
      id: CheckId.Gaps,
      label: 'Employment gaps',
      severity: CheckSeverity.Pass,
      message:
        roles.length === 0
          ? 'No dated roles to check for gaps.'
          : `No gap of ${GAP_NOTICE_MONTHS} months or more between your ${roles.length} dated role${roles.length === 1 ? '' : 's'}.`,
      findings: [],
    };
  }
  const longest = Math.max(...findings.map((f) => f.months));
  return {
    id: CheckId.Gaps,
    label: 'Employment gaps',
    severity: longest >= GAP_WARNING_MONTHS ? CheckSeverity.Warning : CheckSeverity.Info,
    message: `${findings.length} gap${findings.length === 1 ? '' : 's'} of ${GAP_NOTICE_MONTHS} months or more; the longest is ${monthsLabel(longest)}.`,
    fix: 'Recruiters ask about gaps; a line on what you did (study, caregiving, freelance work, a project) answers the question before it is asked.',
    findings: findings.map(({ months: _m, ...f }) => f),
  };
}
