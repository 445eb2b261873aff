// The render model every export reads: visible sections in order, cleaned text, safe links, dates as words.
import { formatDate, formatDateRange, PRESENT } from '../lib/dates';
import { isEntryHidden, type EntrySectionKey } from '../resume/edit';
import {
  DEFAULT_SECTION_TITLES,
  resolveSectionLayout,
  type Resume,
  type SectionKey,
} from '../resume/model';
import {
  cleanLine,
  cleanParagraphs,
  displayUrl,
  emailUrl,
  phoneUrl,
  safeUrl,
} from '../resume/sanitise';

export type ContactKind = 'email' | 'phone' | 'location' | 'url' | 'profile';

export type ContactItem = {
  readonly kind: ContactKind;
  /** What is printed: the address, number, place, or the link without its scheme. */
  readonly text: string;
  /** A safe link target, when the item is a link. */
  readonly url?: string;
  /** The network of a profile ("LinkedIn"), for templates that print a label. */
  readonly label?: string;
};

/** A link printed as text inside an entry (a project or company site). */
export type EntryLink = { readonly text: string; readonly url: string };

/** One entry of a section, in the shape every template prints. */
export type DocEntry = {
  /** Position in the resume's own list, so a click in the preview can find it in the editor. */
  readonly index: number;
  /** The main line: position, degree, award or project name. */
  readonly heading: string;
  /** Who it was with: company, school, awarder, issuer, publisher, organisation. */
  readonly organisation: string;
  readonly location: string;
  /** "Jan 2020 – Present", "2019", or empty. */
  readonly dates: string;
  /** A short descriptor printed under the heading (a company's line of business, a tagline). */
  readonly description: string;
  readonly link?: EntryLink;
  readonly paragraphs: readonly string[];
  readonly bullets: readonly string[];
  /** Labelled extras: "GPA: 3.8", "Courses: …", "Roles: …", "Technologies: …". */
  readonly details: ReadonlyArray<{ readonly label: string; readonly text: string }>;
};

/** One line of a list section: "Languages: TypeScript, Go", "English — Native". */
export type DocListItem = {
  readonly index: number;
  readonly label: string;
  readonly text: string;
};

export type DocSection =
  | {
      readonly key: 'summary';
      readonly kind: 'text';
      readonly title: string;
      readonly paragraphs: readonly string[];
    }
  | {
      readonly key: EntrySectionKey;
      readonly kind: 'entries';
      readonly title: string;
      readonly entries: readonly DocEntry[];
    }
  | {
      readonly key: EntrySectionKey;
      readonly kind: 'list';
      readonly title: string;
      readonly items: readonly DocListItem[];
    };

export type ResumeDocument = {
  readonly name: string;
  readonly label: string;
  readonly contacts: readonly ContactItem[];
  readonly sections: readonly DocSection[];
};

const LIST_SECTIONS = new Set<SectionKey>(['skills', 'languages', 'interests']);

function text(value: unknown): string {
  return typeof value === 'string' ? cleanLine(value) : '';
}

function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text).filter((t) => t !== '') : [];
}

function joinParts(parts: readonly string[], separator: string): string {
  return parts.filter((p) => p !== '').join(separator);
}

/** Dates as printed: a start without an end is ongoing; equal start and end print once. */
function entryDates(start: unknown, end: unknown, ongoingWhenOpen: boolean): string {
  const s = text(start);
  const e = text(end);
  if (s && !e) return ongoingWhenOpen ? formatDateRange(s, PRESENT) : formatDate(s);
  return formatDateRange(s || null, e || null);
}

function linkOf(value: unknown): EntryLink | undefined {
  const url = safeUrl(text(value));
  return url ? { text: displayUrl(url), url } : undefined;
}

function contactsOf(resume: Resume): ContactItem[] {
  const basics = resume.basics ?? {};
  const items: ContactItem[] = [];
  const email = text(basics.email);
  if (email) items.push({ kind: 'email', text: email, url: emailUrl(email) });
  const phone = text(basics.phone);
  if (phone) items.push({ kind: 'phone', text: phone, url: phoneUrl(phone) });
  const loc = basics.location;
  const place = joinParts(
    [
      text(loc?.address),
      text(loc?.city),
      joinParts([text(loc?.region), text(loc?.postalCode)], ' '),
      text(loc?.countryCode),
    ],
    ', ',
  );
  if (place) items.push({ kind: 'location', text: place });
  const site = text(basics.url);
  if (site) {
    const url = safeUrl(site);
    items.push(url ? { kind: 'url', text: displayUrl(site), url } : { kind: 'url', text: site });
  }
  for (const profile of basics.profiles ?? []) {
    const network = text(profile.network);
    const username = text(profile.username);
    const url = safeUrl(text(profile.url));
    if (url)
      items.push({ kind: 'profile', text: displayUrl(text(profile.url)), url, label: network });
    else if (text(profile.url))
      items.push({ kind: 'profile', text: text(profile.url), label: network });
    else if (username) {
      items.push({
        kind: 'profile',
        text: network ? `${network}: ${username}` : username,
        label: network,
      });
    }
  }
  return items;
}

function scoreLabel(score: string): string {
  return /^\d+(?:[.,]\d+)?\s*(?:\/\s*\d+(?:[.,]\d+)?)?$/.test(score) ? 'GPA' : 'Grade';
}

function entryOf(key: EntrySectionKey, raw: Record<string, unknown>, index: number): DocEntry {
  const base = {
    index,
    heading: '',
    organisation: '',
    location: '',
    dates: '',
    description: '',
    paragraphs: [] as string[],
    bullets: [] as string[],
    details: [] as Array<{ label: string; text: string }>,
  };
  const link = linkOf(raw.url);
  const withLink = link ? { link } : {};
  const summary = typeof raw.summary === 'string' ? cleanParagraphs(raw.summary) : [];
  switch (key) {
    case 'work':
      return {
        ...base,
        ...withLink,
        heading: text(raw.position),
        organisation: text(raw.name),
        location: text(raw.location),
        dates: entryDates(raw.startDate, raw.endDate, true),
        description: text(raw.description),
        paragraphs: summary,
        bullets: textList(raw.highlights),
      };
    case 'volunteer':
      return {
        ...base,
        ...withLink,
        heading: text(raw.position),
        organisation: text(raw.organization),
        location: text(raw.location),
        dates: entryDates(raw.startDate, raw.endDate, true),
        paragraphs: summary,
        bullets: textList(raw.highlights),
      };
    case 'education': {
      const score = text(raw.score);
      const courses = textList(raw.courses);
      return {
        ...base,
        ...withLink,
        heading: joinParts([text(raw.studyType), text(raw.area)], ', '),
        organisation: text(raw.institution),
        location: text(raw.location),
        dates: entryDates(raw.startDate, raw.endDate, true),
        details: [
          ...(score ? [{ label: scoreLabel(score), text: score }] : []),
          ...(courses.length ? [{ label: 'Courses', text: courses.join(', ') }] : []),
        ],
      };
    }
    case 'awards':
      return {
        ...base,
        heading: text(raw.title),
        organisation: text(raw.awarder),
        dates: formatDate(text(raw.date)),
        paragraphs: summary,
      };
    case 'certificates':
      return {
        ...base,
        ...withLink,
        heading: text(raw.name),
        organisation: text(raw.issuer),
        dates: formatDate(text(raw.date)),
      };
    case 'publications':
      return {
        ...base,
        ...withLink,
        heading: text(raw.name),
        organisation: text(raw.publisher),
        dates: formatDate(text(raw.releaseDate)),
        paragraphs: summary,
      };
    case 'references':
      return {
        ...base,
        heading: text(raw.name),
        paragraphs: typeof raw.reference === 'string' ? cleanParagraphs(raw.reference) : [],
      };
    case 'projects': {
      const roles = textList(raw.roles);
      const keywords = textList(raw.keywords);
      return {
        ...base,
        ...withLink,
        heading: text(raw.name),
        organisation: joinParts([text(raw.entity), text(raw.type)], ' · '),
        dates: entryDates(raw.startDate, raw.endDate, true),
        description: text(raw.description),
        bullets: textList(raw.highlights),
        details: [
          ...(roles.length ? [{ label: 'Roles', text: roles.join(', ') }] : []),
          ...(keywords.length ? [{ label: 'Technologies', text: keywords.join(', ') }] : []),
        ],
      };
    }
    default:
      return base;
  }
}

function listItemOf(
  key: EntrySectionKey,
  raw: Record<string, unknown>,
  index: number,
): DocListItem {
  // A proficiency is printed in parentheses after what it qualifies: "English (Native)",
  // "Web Technologies (Advanced): HTML5, PHP", the form readers and parsers expect.
  const qualified = (name: string, level: string) => (level ? `${name} (${level})` : name);
  if (key === 'languages') {
    return { index, label: '', text: qualified(text(raw.language), text(raw.fluency)) };
  }
  const name = text(raw.name);
  const level = key === 'skills' ? text(raw.level) : '';
  const keywords = textList(raw.keywords).join(', ');
  if (!keywords) return { index, label: '', text: name ? qualified(name, level) : level };
  return { index, label: qualified(name, level), text: keywords };
}

function isEmptyEntry(entry: DocEntry): boolean {
  return (
    !entry.heading &&
    !entry.organisation &&
    !entry.dates &&
    !entry.description &&
    !entry.link &&
    entry.paragraphs.length === 0 &&
    entry.bullets.length === 0 &&
    entry.details.length === 0
  );
}

/**
 * Builds the render model: sections in the resume's order with titles applied, hidden sections and
 * entries left out, empty ones dropped, every string cleaned and every link checked.
 */
export function buildResumeDocument(resume: Resume): ResumeDocument {
  const sections: DocSection[] = [];
  for (const layout of resolveSectionLayout(resume)) {
    if (layout.hidden) continue;
    const title = cleanLine(layout.title) || DEFAULT_SECTION_TITLES[layout.key];
    if (layout.key === 'summary') {
      const paragraphs = cleanParagraphs(resume.basics?.summary);
      if (paragraphs.length) sections.push({ key: 'summary', kind: 'text', title, paragraphs });
      continue;
    }
    const key = layout.key;
    const raw = (Array.isArray(resume[key]) ? resume[key] : []) as Array<Record<string, unknown>>;
    const visible = raw
      .map((entry, index) => ({ entry, index }))
      .filter(
        ({ entry, index }) =>
          entry && typeof entry === 'object' && !isEntryHidden(resume, key, index),
      );
    if (LIST_SECTIONS.has(key)) {
      const items = visible
        .map(({ entry, index }) => listItemOf(key, entry, index))
        .filter((item) => item.label !== '' || item.text !== '');
      if (items.length) sections.push({ key, kind: 'list', title, items });
    } else {
      const entries = visible
        .map(({ entry, index }) => entryOf(key, entry, index))
        .filter((entry) => !isEmptyEntry(entry));
      if (entries.length) sections.push({ key, kind: 'entries', title, entries });
    }
  }
  return {
    name: text(resume.basics?.name),
    label: text(resume.basics?.label),
    contacts: contactsOf(resume),
    sections,
  };
}

/** A descriptor longer than this prints as a paragraph of its own rather than in the heading. */
const TAGLINE_MAX = 60;

function isTagline(entry: DocEntry): boolean {
  return entry.description !== '' && entry.description.length <= TAGLINE_MAX;
}

/**
 * The heading as printed: a project's (or any non-work entry's) short tagline follows its name
 * after a dash ("tinydb — Embeddable key-value store"), the form parsers read as a description.
 */
export function printedHeading(entry: DocEntry, section: string): string {
  if (section === 'work' || !isTagline(entry)) return entry.heading;
  return entry.heading ? `${entry.heading} — ${entry.description}` : entry.description;
}

/** The organisation as printed: a short work descriptor goes in parentheses after the employer. */
export function printedOrganisation(entry: DocEntry, section: string): string {
  if (section !== 'work' || !isTagline(entry)) return entry.organisation;
  return entry.organisation ? `${entry.organisation} (${entry.description})` : entry.description;
}

/** Paragraphs printed under an entry: a long descriptor first, then the summary. */
export function printedParagraphs(entry: DocEntry): string[] {
  return [
    ...(entry.description && !isTagline(entry) ? [entry.description] : []),
    ...entry.paragraphs,
  ];
}

/** The person's name and headline as a document title ("Ada Lovelace — Resume"). */
export function documentTitle(doc: ResumeDocument): string {
  return doc.name ? `${doc.name} — Resume` : 'Resume';
}
