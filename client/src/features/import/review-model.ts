// What the review screen edits: the fields of each section, and reading/writing them by path.
import type { Resume } from '@career-copilot/shared/resume/model';

export type FieldKind = 'text' | 'multiline' | 'date' | 'list' | 'url' | 'email';
export type FieldSpec = {
  readonly name: string;
  readonly label: string;
  readonly kind?: FieldKind;
};

export type ListSectionKey =
  | 'work'
  | 'volunteer'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certificates'
  | 'awards'
  | 'publications'
  | 'languages'
  | 'interests'
  | 'references';

export type SectionSpec = {
  readonly key: ListSectionKey;
  readonly title: string;
  /** Which source sections (by key) are shown beside it. */
  readonly source: readonly string[];
  readonly fields: readonly FieldSpec[];
  /** The entry's name in its header ("Acme — Engineer"). */
  readonly describe: (entry: Record<string, unknown>) => string;
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const join = (...parts: unknown[]) => parts.map(str).filter(Boolean).join(' — ');

export const BASICS_FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'Name' },
  { name: 'label', label: 'Headline' },
  { name: 'email', label: 'Email', kind: 'email' },
  { name: 'phone', label: 'Phone' },
  { name: 'url', label: 'Website', kind: 'url' },
  { name: 'location.city', label: 'City' },
  { name: 'location.region', label: 'Region' },
  { name: 'location.countryCode', label: 'Country code' },
  { name: 'summary', label: 'Summary', kind: 'multiline' },
];

export const PROFILE_FIELDS: readonly FieldSpec[] = [
  { name: 'network', label: 'Network' },
  { name: 'username', label: 'Username' },
  { name: 'url', label: 'Link', kind: 'url' },
];

const dated: readonly FieldSpec[] = [
  { name: 'startDate', label: 'Start', kind: 'date' },
  { name: 'endDate', label: 'End (empty if current)', kind: 'date' },
];

export const SECTIONS: readonly SectionSpec[] = [
  {
    key: 'work',
    title: 'Experience',
    source: ['work'],
    fields: [
      { name: 'name', label: 'Employer' },
      { name: 'position', label: 'Title' },
      { name: 'location', label: 'Location' },
      ...dated,
      { name: 'summary', label: 'Summary', kind: 'multiline' },
      { name: 'highlights', label: 'Highlights (one per line)', kind: 'list' },
    ],
    describe: (e) => join(e.name, e.position),
  },
  {
    key: 'education',
    title: 'Education',
    source: ['education'],
    fields: [
      { name: 'institution', label: 'School' },
      { name: 'studyType', label: 'Degree' },
      { name: 'area', label: 'Field of study' },
      ...dated,
      { name: 'score', label: 'Grade' },
      { name: 'courses', label: 'Courses (one per line)', kind: 'list' },
    ],
    describe: (e) => join(e.institution, e.studyType),
  },
  {
    key: 'skills',
    title: 'Skills',
    source: ['skills'],
    fields: [
      { name: 'name', label: 'Group' },
      { name: 'level', label: 'Level' },
      { name: 'keywords', label: 'Skills (one per line)', kind: 'list' },
    ],
    describe: (e) => str(e.name) || 'Skills',
  },
  {
    key: 'projects',
    title: 'Projects',
    source: ['projects'],
    fields: [
      { name: 'name', label: 'Name' },
      { name: 'description', label: 'Description', kind: 'multiline' },
      ...dated,
      { name: 'url', label: 'Link', kind: 'url' },
      { name: 'highlights', label: 'Highlights (one per line)', kind: 'list' },
    ],
    describe: (e) => str(e.name),
  },
  {
    key: 'volunteer',
    title: 'Volunteering',
    source: ['volunteer'],
    fields: [
      { name: 'organization', label: 'Organisation' },
      { name: 'position', label: 'Role' },
      ...dated,
      { name: 'summary', label: 'Summary', kind: 'multiline' },
      { name: 'highlights', label: 'Highlights (one per line)', kind: 'list' },
    ],
    describe: (e) => join(e.organization, e.position),
  },
  {
    key: 'certificates',
    title: 'Certificates',
    source: ['certificates'],
    fields: [
      { name: 'name', label: 'Name' },
      { name: 'issuer', label: 'Issuer' },
      { name: 'date', label: 'Date', kind: 'date' },
    ],
    describe: (e) => str(e.name),
  },
  {
    key: 'awards',
    title: 'Awards',
    source: ['awards'],
    fields: [
      { name: 'title', label: 'Title' },
      { name: 'awarder', label: 'Awarded by' },
      { name: 'date', label: 'Date', kind: 'date' },
      { name: 'summary', label: 'Summary', kind: 'multiline' },
    ],
    describe: (e) => str(e.title),
  },
  {
    key: 'publications',
    title: 'Publications',
    source: ['publications'],
    fields: [
      { name: 'name', label: 'Title' },
      { name: 'publisher', label: 'Publisher' },
      { name: 'releaseDate', label: 'Date', kind: 'date' },
      { name: 'url', label: 'Link', kind: 'url' },
    ],
    describe: (e) => str(e.name),
  },
  {
    key: 'languages',
    title: 'Languages',
    source: ['languages', 'skills'],
    fields: [
      { name: 'language', label: 'Language' },
      { name: 'fluency', label: 'Fluency' },
    ],
    describe: (e) => str(e.language),
  },
  {
    key: 'interests',
    title: 'Interests',
    source: ['interests'],
    fields: [
      { name: 'name', label: 'Interest' },
      { name: 'keywords', label: 'Keywords (one per line)', kind: 'list' },
    ],
    describe: (e) => str(e.name),
  },
  {
    key: 'references',
    title: 'References',
    source: ['references'],
    fields: [
      { name: 'name', label: 'Name' },
      { name: 'reference', label: 'Reference', kind: 'multiline' },
    ],
    describe: (e) => str(e.name) || 'Reference',
  },
];

export type Path = ReadonlyArray<string | number>;

/** A JSON pointer for a path ("/work/0/startDate"), as the parser keys its confidences. */
export function pointerOf(path: Path): string {
  return `/${path.join('/')}`;
}

export function getAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length === 0)
  );
}

/** A copy of `root` with `value` at `path`; empty values remove the key, as JSON Resume wants. */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const container: unknown = root ?? (typeof head === 'number' ? [] : {});
  const child = rest.length === 0 ? value : setAt(getAt(container, [head]), rest, value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[head as number] = child;
    return copy as T;
  }
  const copy = { ...(container as Record<string, unknown>) };
  if (isEmpty(child)) delete copy[head as string];
  else copy[head as string] = child;
  return copy as T;
}

/** Removes entry `index` of a section; an emptied section goes. */
export function removeEntry(resume: Resume, key: ListSectionKey, index: number): Resume {
  const list = [...((resume[key] as unknown[] | undefined) ?? [])];
  list.splice(index, 1);
  return setAt(resume, [key], list);
}

/** The confidence of a field: its own, or the lowest of its items'; undefined when not guessed. */
export function confidenceOf(
  confidence: Readonly<Record<string, number>>,
  path: Path,
): number | undefined {
  const pointer = pointerOf(path);
  if (confidence[pointer] !== undefined) return confidence[pointer];
  let lowest: number | undefined;
  for (const [key, value] of Object.entries(confidence)) {
    if (key.startsWith(`${pointer}/`)) lowest = Math.min(lowest ?? 1, value);
  }
  return lowest;
}

/** Below this, the review screen asks the user to check the field. */
export const LOW_CONFIDENCE = 0.6;
