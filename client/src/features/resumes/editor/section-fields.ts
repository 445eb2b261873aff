// What the editor shows for each kind of entry: its fields, a blank entry and a one-line label.
import type { EntrySectionKey } from '@career-copilot/shared/resume/edit';

export type FieldSpec =
  | {
      readonly key: string;
      readonly label: string;
      readonly kind: 'text' | 'url' | 'multiline';
      readonly placeholder?: string;
      readonly wide?: boolean;
    }
  | {
      readonly key: string;
      readonly label: string;
      readonly kind: 'date';
      /** An end date may be "present" (stored as no end date). */
      readonly role: 'start' | 'end' | 'single';
    }
  /** One item per line (highlights). */
  | {
      readonly key: string;
      readonly label: string;
      readonly kind: 'lines';
      readonly placeholder?: string;
    }
  /** Comma-separated items (keywords, courses, roles). */
  | {
      readonly key: string;
      readonly label: string;
      readonly kind: 'list';
      readonly placeholder?: string;
    };

const text = (key: string, label: string, placeholder?: string, wide?: boolean): FieldSpec => ({
  key,
  label,
  kind: 'text',
  ...(placeholder ? { placeholder } : {}),
  ...(wide ? { wide } : {}),
});
const url = (key = 'url', label = 'Link'): FieldSpec => ({
  key,
  label,
  kind: 'url',
  placeholder: 'https://…',
});
const start: FieldSpec = { key: 'startDate', label: 'Start', kind: 'date', role: 'start' };
const end: FieldSpec = { key: 'endDate', label: 'End', kind: 'date', role: 'end' };
const summary = (label = 'Summary'): FieldSpec => ({
  key: 'summary',
  label,
  kind: 'multiline',
  wide: true,
});
const highlights: FieldSpec = {
  key: 'highlights',
  label: 'Highlights',
  kind: 'lines',
  placeholder: 'One achievement per line',
};

export const SECTION_FIELDS: Readonly<Record<EntrySectionKey, readonly FieldSpec[]>> = {
  work: [
    text('position', 'Position', 'Senior Engineer'),
    text('name', 'Company', 'Acme Corp'),
    text('location', 'Location', 'Berlin, Germany'),
    text('description', 'Company description', 'Payments platform'),
    start,
    end,
    url('url', 'Company website'),
    summary(),
    highlights,
  ],
  volunteer: [
    text('position', 'Role'),
    text('organization', 'Organisation'),
    start,
    end,
    url(),
    summary(),
    highlights,
  ],
  education: [
    text('studyType', 'Degree', 'B.Sc.'),
    text('area', 'Field of study', 'Computer Science'),
    text('institution', 'School', 'University of Texas at Austin', true),
    start,
    end,
    text('score', 'Grade', '3.8/4.0'),
    url(),
    { key: 'courses', label: 'Courses', kind: 'list', placeholder: 'Algorithms, Databases' },
  ],
  awards: [
    text('title', 'Award'),
    text('awarder', 'Awarded by'),
    { key: 'date', label: 'Date', kind: 'date', role: 'single' },
    summary('Description'),
  ],
  certificates: [
    text('name', 'Certificate'),
    text('issuer', 'Issuer'),
    { key: 'date', label: 'Date', kind: 'date', role: 'single' },
    url(),
  ],
  publications: [
    text('name', 'Title', undefined, true),
    text('publisher', 'Publisher'),
    { key: 'releaseDate', label: 'Date', kind: 'date', role: 'single' },
    url(),
    summary('Abstract'),
  ],
  skills: [
    text('name', 'Skill group', 'Languages'),
    text('level', 'Level', 'Advanced'),
    { key: 'keywords', label: 'Skills', kind: 'list', placeholder: 'TypeScript, Go, PostgreSQL' },
  ],
  languages: [text('language', 'Language', 'Spanish'), text('fluency', 'Fluency', 'Native')],
  interests: [
    text('name', 'Interest', 'Open source'),
    { key: 'keywords', label: 'Details', kind: 'list', placeholder: 'Rust, compilers' },
  ],
  references: [
    text('name', 'Name'),
    { key: 'reference', label: 'Reference', kind: 'multiline', wide: true },
  ],
  projects: [
    text('name', 'Project', 'tinydb'),
    text('description', 'Tagline or description', 'Embeddable key-value store', true),
    text('entity', 'Organisation'),
    start,
    end,
    url(),
    highlights,
    { key: 'keywords', label: 'Technologies', kind: 'list', placeholder: 'Rust, SQLite' },
    { key: 'roles', label: 'Roles', kind: 'list', placeholder: 'Maintainer' },
  ],
};

/** What "Add …" creates and calls an entry. */
export const ENTRY_NOUN: Readonly<Record<EntrySectionKey, string>> = {
  work: 'position',
  volunteer: 'role',
  education: 'education',
  awards: 'award',
  certificates: 'certificate',
  publications: 'publication',
  skills: 'skill group',
  languages: 'language',
  interests: 'interest',
  references: 'reference',
  projects: 'project',
};

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** A one-line name for an entry, for its collapsed card and for screen readers. */
export function entryLabel(key: EntrySectionKey, entry: Record<string, unknown>): string {
  const pair = (a: unknown, b: unknown, joiner: string) =>
    [str(a), str(b)].filter(Boolean).join(joiner);
  const label = (() => {
    switch (key) {
      case 'work':
        return pair(entry.position, entry.name, ' at ');
      case 'volunteer':
        return pair(entry.position, entry.organization, ' at ');
      case 'education':
        return pair(pair(entry.studyType, entry.area, ' in '), entry.institution, ', ');
      case 'awards':
        return str(entry.title);
      case 'languages':
        return str(entry.language);
      default:
        return str(entry.name);
    }
  })();
  return label || `New ${ENTRY_NOUN[key]}`;
}
