// Education entries: school, degree and field, dates, grade, coursework.
import { findDateRanges } from '../../lib/dates';
import type { Education } from '../../resume/model';
import { DEGREE_PATTERN, schoolScore } from '../lexicon';
import type { Line } from '../types';
import type { Confidence } from './confidence';
import { rightEdges, splitEntries, type Entry } from './entries';
import { rangeToDates, readHead } from './head';
import { splitList } from './lists';
import { peelAnnotations } from './work';

/** Dates peeled off body lines, as a head line of their own. */
function peeledDates(texts: readonly string[], like: Line | undefined): Line[] {
  const dated = texts.filter((t) => findDateRanges(t).length > 0);
  if (!like || dated.length === 0) return [];
  const text = dated[0]!;
  return [{ ...like, text, segments: [{ ...like.segments[0]!, text, links: [] }] }];
}

const SCORE =
  /\b(?:c?gpa|grade|score|percentage|marks)\b\s*(?:of\s*)?:?\s*(\d{1,3}(?:\.\d+)?(?:\s*\/\s*\d{1,3}(?:\.\d+)?)?\s*%?)|(\d(?:\.\d+)?\s*\/\s*(?:4|5|10)(?:\.0+)?)(?![\d.])|(\d{2,3}(?:\.\d+)?\s*%)/i;

const HONOURS =
  /^(?:summa |magna )?cum laude$|^with (?:high |highest )?(?:honou?rs|distinction)$|^honou?rs$|^first class(?: honou?rs)?$|^dean'?s list/i;
const COURSEWORK = /^(?:relevant\s+)?(?:course ?work|courses)\s*:\s*/i;

/** The grade printed with an entry ("GPA: 3.97/4.00" → "3.97/4.00", "92%"). */
export function findScore(text: string): string | null {
  const m = text.match(SCORE);
  if (!m) return null;
  return (m[1] ?? m[2] ?? m[3] ?? '').replace(/\s+/g, '').trim() || null;
}

function fieldsOf(line: Line): Set<string> {
  const fields = new Set<string>();
  const text = line.text;
  if (DEGREE_PATTERN.test(text)) fields.add('degree');
  if (schoolOf(text) > 0) fields.add('institution');
  if (findDateRanges(text).length > 0) {
    fields.add('dates');
    // A school with no tell-tale word ("Caltech  Sep 2022 – Present").
    const rest = text.replace(/\s+/g, ' ');
    if (
      !fields.has('degree') &&
      !fields.has('institution') &&
      /\p{L}{3}/u.test(rest.replace(/\b\p{L}+ \d{4}\b/gu, ''))
    ) {
      fields.add('institution');
    }
  }
  return fields;
}

/** Splits "PhD in Computer Science" into the degree and the field. */
export function splitDegree(text: string): { studyType: string; area?: string } | null {
  const m = text.match(DEGREE_PATTERN);
  if (!m || m.index === undefined) return null;
  let studyType = m[0].trim();
  let rest = text.slice(m.index + m[0].length);
  // "Bachelor of Business Administration in accounting": the degree's own name runs on.
  const named = rest.match(/^\s+of\s+([\p{L} ]+?)(?=\s+in\s+|,|$)/u);
  if (named && /^(?:bachelor|master|doctor|associate)/i.test(studyType)) {
    studyType += ` of ${named[1]}`;
    rest = rest.slice(named[0].length);
  }
  const before = text.slice(0, m.index).trim();
  const area = rest
    .replace(/^\s*(?:\.|,|:|-|–|—|\bin\b|\bof\b|\(|\))+\s*/i, '')
    .replace(/\)\s*$/, '')
    .trim();
  if (before && /\p{L}/u.test(before) && !area) {
    return { studyType: `${before} ${studyType}`.trim() };
  }
  return area ? { studyType, area } : { studyType };
}

/** A degree line over a school line (or the reverse) stays two lines in a narrow column. */
function fieldsApart(above: string, below: string): boolean {
  const degree = (t: string) => DEGREE_PATTERN.test(t);
  const school = (t: string) => schoolOf(t) > 0 || findDateRanges(t).length > 0;
  return !((degree(above) && school(below)) || (school(above) && degree(below)));
}

/** How much a piece names a school, not counting a degree inside it ("B.Tech" is no "Tech"). */
function schoolOf(text: string): number {
  return schoolScore(text.replace(DEGREE_PATTERN, ' '));
}

function parseEntry(
  entry: Entry,
  edgeOf: (line: Line) => number,
): { education: Education; confidence: Record<string, number> } {
  const peeled = peelAnnotations(entry.body);
  const head = readHead(
    [...entry.head, ...peeledDates(peeled.texts, entry.head[0])],
    edgeOf,
    fieldsApart,
  );
  let institution: string | undefined;
  let studyType: string | undefined;
  let area: string | undefined;
  let score: string | null = null;
  const courses: string[] = [];
  const leftovers: string[] = [];
  let lastWasInstitution = false;
  for (const piece of head.pieces) {
    const text = piece.text;
    // "University of California, Berkeley, Berkeley, CA": the first Berkeley names the campus.
    if (
      lastWasInstitution &&
      institution &&
      piece.joinedBy === 'comma' &&
      head.place !== null &&
      head.place.startsWith(`${text},`) &&
      schoolOf(text) === 0
    ) {
      institution = `${institution}, ${text}`;
      continue;
    }
    lastWasInstitution = false;
    const grade = findScore(text);
    if (grade && !score) {
      score = grade;
      continue;
    }
    if (HONOURS.test(text)) continue;
    // "PhD ‖ Princeton University, PhD in Computer Science": the degree printed twice.
    if (studyType && !area && DEGREE_PATTERN.test(text) && schoolOf(text) === 0) {
      const again = splitDegree(text);
      const same = (a: string, b: string) =>
        a.replace(/\W/g, '').toLowerCase() === b.replace(/\W/g, '').toLowerCase();
      if (again?.area && same(again.studyType, studyType)) {
        area = again.area;
        continue;
      }
    }
    if (!studyType && DEGREE_PATTERN.test(text) && schoolOf(text) === 0) {
      const degree = splitDegree(text);
      if (degree) {
        studyType = degree.studyType;
        if (degree.area) area = degree.area;
        continue;
      }
    }
    if (schoolOf(text) > 0 && (!institution || schoolOf(institution) === 0)) {
      if (institution) leftovers.push(institution);
      institution = text;
      lastWasInstitution = true;
      continue;
    }
    leftovers.push(text);
  }
  for (const text of leftovers) {
    if (!institution) institution = text;
    else if (studyType && !area && !/^\d/.test(text)) area = text;
  }
  for (const line of peeled.lines) {
    const text = line.text.trim();
    if (!score) score = findScore(text);
    if (COURSEWORK.test(text)) courses.push(...splitList(text.replace(COURSEWORK, '')));
  }
  const education: Education = {
    ...(institution ? { institution } : {}),
    ...(area ? { area } : {}),
    ...(studyType ? { studyType } : {}),
    ...rangeToDates(head.dates, 'end'),
    ...(score ? { score } : {}),
    ...(courses.length > 0 ? { courses } : {}),
  };
  return {
    education,
    confidence: {
      institution: institution && schoolScore(institution) > 0 ? 0.85 : 0.55,
      studyType: 0.85,
      area: 0.7,
      startDate: 0.9,
      endDate: 0.9,
      score: 0.8,
      courses: 0.7,
    },
  };
}

export function parseEducationSection(
  lines: readonly Line[],
  base: string,
  start: number,
  confidence: Confidence,
): Education[] {
  const out: Education[] = [];
  const edgeOf = rightEdges(lines);
  for (const entry of splitEntries(lines, { fieldsOf })) {
    const { education, confidence: fields } = parseEntry(entry, edgeOf);
    if (!education.institution && !education.studyType) continue;
    const index = start + out.length;
    for (const [field, value] of Object.entries(fields)) {
      if (field in education) confidence.set(`${base}/${index}/${field}`, value);
    }
    out.push(education);
  }
  return out;
}
