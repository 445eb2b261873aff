// What a resume says about a career: years worked, the most recent role, seniority, highest degree.
import type { Seniority } from '../job/model';
import { compareDates, formatDate, isIsoDate, PRESENT, type IsoDate } from '../lib/dates';
import type { Resume, Work } from '../resume/model';
import { DEGREE_RANK, degreeLevelOf, type DegreeLevel } from './degrees';
import { seniorityFromTitle, seniorityFromYears } from './titles';

export type CareerSpan = {
  /** Months covered by at least one role, overlaps counted once. */
  readonly months: number;
  readonly years: number;
  readonly first?: IsoDate;
  /** `present` when a role is ongoing. */
  readonly last?: IsoDate | typeof PRESENT;
  /** Roles that have a start date and so count. */
  readonly datedRoles: number;
  readonly undatedRoles: number;
};

type Interval = { start: number; end: number };

function monthIndex(iso: IsoDate, side: 'start' | 'end'): number {
  const [y, m] = iso.split('-');
  return Number(y) * 12 + (m ? Number(m) - 1 : side === 'start' ? 0 : 11);
}

/** The end of a role as printed; no end date means it is ongoing (the corpus truth convention). */
export function roleEnd(
  work: Pick<Work, 'startDate' | 'endDate'>,
): IsoDate | typeof PRESENT | undefined {
  if (work.endDate && isIsoDate(work.endDate)) return work.endDate;
  return work.startDate ? PRESENT : undefined;
}

/** How checks and explanations name a role: "Accountant, Harrison Money Management". */
export function roleLabel(position: string | undefined, organisation: string | undefined): string {
  return [position, organisation].filter(Boolean).join(', ') || 'untitled role';
}

/** Total time in work entries, overlapping roles merged. `today` is an ISO date from the caller. */
export function careerSpan(work: readonly Work[], today: IsoDate): CareerSpan {
  const intervals: Interval[] = [];
  let first: IsoDate | undefined;
  let last: IsoDate | typeof PRESENT | undefined;
  let undated = 0;
  for (const w of work) {
    const end = roleEnd(w);
    if (!w.startDate || !isIsoDate(w.startDate) || end === undefined) {
      undated += 1;
      continue;
    }
    const endIso = end === PRESENT ? today : end;
    const start = monthIndex(w.startDate, 'start');
    const stop = monthIndex(endIso, 'end');
    if (stop < start) continue;
    intervals.push({ start, end: Math.min(stop, monthIndex(today, 'end')) });
    if (!first || compareDates(w.startDate, first) < 0) first = w.startDate;
    if (!last || compareDates(end, last) > 0) last = end;
  }
  intervals.sort((a, b) => a.start - b.start);
  let months = 0;
  let cursor = -Infinity;
  for (const { start, end } of intervals) {
    const from = Math.max(start, cursor + 1);
    if (end >= from) months += end - from + 1;
    cursor = Math.max(cursor, end);
  }
  return {
    months,
    years: Math.round((months / 12) * 10) / 10,
    ...(first ? { first } : {}),
    ...(last ? { last } : {}),
    datedRoles: intervals.length,
    undatedRoles: undated,
  };
}

/** Work entries, most recent first (ongoing roles first, then by end, then by start). */
export function rolesByRecency(resume: Resume): Work[] {
  const key = (w: Work) => roleEnd(w) ?? '0000';
  return [...(resume.work ?? [])].sort((a, b) => {
    const byEnd = compareDates(key(b), key(a));
    return byEnd !== 0 ? byEnd : compareDates(b.startDate ?? '0000', a.startDate ?? '0000');
  });
}

/** The seniority a resume reads as: the latest title's level, else what its years suggest. */
export function candidateSeniority(
  resume: Resume,
  today: IsoDate,
): { level: Seniority; from: string } {
  const latest = rolesByRecency(resume)[0];
  const fromTitle = latest?.position ? seniorityFromTitle(latest.position) : undefined;
  if (fromTitle && latest?.position)
    return { level: fromTitle, from: `your latest title, “${latest.position}”` };
  const label = resume.basics?.label ? seniorityFromTitle(resume.basics.label) : undefined;
  if (label && resume.basics?.label)
    return { level: label, from: `your headline, “${resume.basics.label}”` };
  const { years } = careerSpan(resume.work ?? [], today);
  return { level: seniorityFromYears(years), from: `${years} years of work` };
}

export type HighestDegree = {
  readonly level: DegreeLevel;
  readonly studyType: string;
  readonly area?: string;
  readonly institution?: string;
};

/** The highest degree in the education section, read from each entry's studyType. */
export function highestDegree(resume: Resume): HighestDegree | undefined {
  let best: HighestDegree | undefined;
  for (const e of resume.education ?? []) {
    const level = degreeLevelOf(e.studyType);
    if (!level || !e.studyType) continue;
    if (!best || DEGREE_RANK[level] > DEGREE_RANK[best.level]) {
      best = {
        level,
        studyType: e.studyType,
        ...(e.area ? { area: e.area } : {}),
        ...(e.institution ? { institution: e.institution } : {}),
      };
    }
  }
  return best;
}

/** "Jun 2022 – Present" for a span, for explanations. */
export function describeSpan(span: CareerSpan): string {
  if (!span.first) return 'no dated roles';
  return `${formatDate(span.first)} – ${formatDate(span.last ?? PRESENT)}`;
}

/** Ensures `today` is a usable ISO date; shared code has no clock, so callers pass one. */
export function checkToday(today: string): IsoDate {
  if (!isIsoDate(today)) throw new Error(`today must be an ISO date (YYYY-MM-DD), got "${today}"`);
  return today;
}
