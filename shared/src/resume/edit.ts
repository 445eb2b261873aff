// Pure edits on a Resume: entries, sections and their layout; every edit returns a new Resume.
import {
  resolveSectionLayout,
  type Basics,
  type Resume,
  type SectionKey,
  type SectionLayout,
} from './model';

/** The sections that hold a list of entries (all but the summary, which lives in basics). */
export type EntrySectionKey = Exclude<SectionKey, 'summary'>;
export const ENTRY_SECTION_KEYS: readonly EntrySectionKey[] = [
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
];

export type EntryOf<K extends EntrySectionKey> = NonNullable<Resume[K]>[number];
type AnyEntry = Record<string, unknown>;

/** True for a value that means "nothing here": undefined, blank text, an empty list or object. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  if (typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

/**
 * Applies a patch to an object; a key patched to a blank value is removed rather than stored empty
 * (JSON Resume leaves out what is not there). Keys the patch does not name are kept as they were.
 */
export function applyPatch<T extends object>(target: T, patch: Partial<T>): T {
  const next: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (isBlank(value)) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

/** Moves one item of a list; indexes are clamped to the list. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** Where each old position lands after moving `from` to `to` in a list of `length`. */
function movedIndex(index: number, from: number, to: number): number {
  if (index === from) return to;
  if (from < to && index > from && index <= to) return index - 1;
  if (from > to && index >= to && index < from) return index + 1;
  return index;
}

function entriesOf(resume: Resume, key: EntrySectionKey): AnyEntry[] {
  const list = resume[key];
  return Array.isArray(list) ? (list as AnyEntry[]) : [];
}

function withEntries(resume: Resume, key: EntrySectionKey, entries: AnyEntry[]): Resume {
  const next: Record<string, unknown> = { ...resume };
  if (entries.length === 0) delete next[key];
  else next[key] = entries;
  return next as Resume;
}

/** The stored layout of one section (order position is not part of it). */
export function sectionLayoutOf(resume: Resume, key: SectionKey): SectionLayout {
  return resolveSectionLayout(resume).find((s) => s.key === key) ?? { key };
}

/**
 * Rewrites `meta.sections` as the full ordered list (first occurrence of each key wins), with one
 * section changed. Storing the whole order keeps later reorders simple and explicit.
 */
function updateLayouts(
  resume: Resume,
  update: (layouts: SectionLayout[]) => SectionLayout[],
): Resume {
  const seen = new Set<SectionKey>();
  const full = resolveSectionLayout(resume).filter((s) => {
    if (seen.has(s.key)) return false;
    seen.add(s.key);
    return true;
  });
  const cleaned = update(full).map((layout) => {
    const tidy: Record<string, unknown> = { ...layout };
    if (!layout.title?.trim()) delete tidy.title;
    if (!layout.hidden) delete tidy.hidden;
    if (!layout.hiddenEntries?.length) delete tidy.hiddenEntries;
    return tidy as SectionLayout;
  });
  return { ...resume, meta: { ...resume.meta, sections: cleaned } };
}

function updateLayout(
  resume: Resume,
  key: SectionKey,
  update: (layout: SectionLayout) => SectionLayout,
): Resume {
  return updateLayouts(resume, (layouts) => layouts.map((l) => (l.key === key ? update(l) : l)));
}

export function moveSection(resume: Resume, key: SectionKey, toIndex: number): Resume {
  return updateLayouts(resume, (layouts) => {
    const from = layouts.findIndex((l) => l.key === key);
    return moveItem(layouts, from, toIndex);
  });
}

export function setSectionHidden(resume: Resume, key: SectionKey, hidden: boolean): Resume {
  return updateLayout(resume, key, (l) => ({ ...l, hidden }));
}

/** Sets a custom title; a blank title goes back to the default one. */
export function renameSection(resume: Resume, key: SectionKey, title: string): Resume {
  return updateLayout(resume, key, (l) => ({ ...l, title }));
}

export function isEntryHidden(resume: Resume, key: EntrySectionKey, index: number): boolean {
  return sectionLayoutOf(resume, key).hiddenEntries?.includes(index) ?? false;
}

export function setEntryHidden(
  resume: Resume,
  key: EntrySectionKey,
  index: number,
  hidden: boolean,
): Resume {
  return updateLayout(resume, key, (l) => {
    const rest = (l.hiddenEntries ?? []).filter((i) => i !== index);
    return { ...l, hiddenEntries: hidden ? [...rest, index].sort((a, b) => a - b) : rest };
  });
}

function remapHidden(
  resume: Resume,
  key: EntrySectionKey,
  remap: (index: number) => number | null,
): Resume {
  const hidden = sectionLayoutOf(resume, key).hiddenEntries;
  if (!hidden?.length) return resume;
  return updateLayout(resume, key, (l) => ({
    ...l,
    hiddenEntries: hidden
      .map(remap)
      .filter((i): i is number => i !== null)
      .sort((a, b) => a - b),
  }));
}

/** Inserts an entry (at the end by default) and keeps hidden entries pointing at the same ones. */
export function addEntry<K extends EntrySectionKey>(
  resume: Resume,
  key: K,
  entry: EntryOf<K>,
  atIndex?: number,
): Resume {
  const entries = entriesOf(resume, key);
  const at = Math.max(0, Math.min(entries.length, atIndex ?? entries.length));
  const next = [...entries.slice(0, at), entry as AnyEntry, ...entries.slice(at)];
  return remapHidden(withEntries(resume, key, next), key, (i) => (i >= at ? i + 1 : i));
}

export function updateEntry<K extends EntrySectionKey>(
  resume: Resume,
  key: K,
  index: number,
  patch: Partial<EntryOf<K>>,
): Resume {
  const entries = entriesOf(resume, key);
  const current = entries[index];
  if (current === undefined) return resume;
  const next = [...entries];
  next[index] = applyPatch(current, patch as AnyEntry);
  return withEntries(resume, key, next);
}

export function removeEntry(resume: Resume, key: EntrySectionKey, index: number): Resume {
  const entries = entriesOf(resume, key);
  if (index < 0 || index >= entries.length) return resume;
  const next = entries.filter((_, i) => i !== index);
  return remapHidden(withEntries(resume, key, next), key, (i) =>
    i === index ? null : i > index ? i - 1 : i,
  );
}

export function moveEntry(resume: Resume, key: EntrySectionKey, from: number, to: number): Resume {
  const entries = entriesOf(resume, key);
  if (from < 0 || from >= entries.length) return resume;
  const target = Math.max(0, Math.min(entries.length - 1, to));
  if (target === from) return resume;
  return remapHidden(withEntries(resume, key, moveItem(entries, from, target)), key, (i) =>
    movedIndex(i, from, target),
  );
}

/** Patches basics (the header and summary); blank values are removed, not stored empty. */
export function updateBasics(resume: Resume, patch: Partial<Basics>): Resume {
  const basics = applyPatch(resume.basics ?? {}, patch);
  const next: Record<string, unknown> = { ...resume };
  if (isBlank(basics)) delete next.basics;
  else next.basics = basics;
  return next as Resume;
}

/** Patches the location inside basics, dropping it when it becomes empty. */
export function updateLocation(
  resume: Resume,
  patch: Partial<NonNullable<Basics['location']>>,
): Resume {
  const location = applyPatch(resume.basics?.location ?? {}, patch);
  return updateBasics(resume, { location: isBlank(location) ? undefined : location });
}
