import { describe, expect, it } from 'vitest';
import {
  addEntry,
  isEntryHidden,
  moveEntry,
  moveSection,
  removeEntry,
  renameSection,
  sectionLayoutOf,
  setEntryHidden,
  setSectionHidden,
  updateBasics,
  updateEntry,
  updateLocation,
} from './edit';
import { resolveSectionLayout, type Resume } from './model';

const resume: Resume = {
  basics: { name: 'Ada' },
  work: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }],
};
const names = (r: Resume) => (r.work ?? []).map((w) => w.name);

describe('entries', () => {
  it('adds, updates, moves and removes without touching the input', () => {
    let r = addEntry(resume, 'work', { name: 'E' }, 1);
    expect(names(r)).toEqual(['A', 'E', 'B', 'C', 'D']);
    r = updateEntry(r, 'work', 1, { position: 'Engineer', name: '' });
    expect(r.work?.[1]).toEqual({ position: 'Engineer' });
    r = moveEntry(r, 'work', 0, 3);
    expect(names(r)).toEqual([undefined, 'B', 'C', 'A', 'D']);
    r = removeEntry(r, 'work', 0);
    expect(names(r)).toEqual(['B', 'C', 'A', 'D']);
    expect(names(resume)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('drops a section key when its last entry goes (absent, not an empty list)', () => {
    const one: Resume = { skills: [{ name: 'Go' }] };
    expect('skills' in removeEntry(one, 'skills', 0)).toBe(false);
  });

  it('keeps hidden entries hidden through moves, inserts and removals', () => {
    let r = setEntryHidden(resume, 'work', 1, true); // B hidden
    r = setEntryHidden(r, 'work', 3, true); // D hidden
    const hidden = (x: Resume) => names(x).filter((_, i) => isEntryHidden(x, 'work', i));
    expect(hidden(r)).toEqual(['B', 'D']);
    r = moveEntry(r, 'work', 3, 0);
    expect(names(r)).toEqual(['D', 'A', 'B', 'C']);
    expect(hidden(r)).toEqual(['D', 'B']);
    r = addEntry(r, 'work', { name: 'New' }, 0);
    expect(hidden(r)).toEqual(['D', 'B']);
    r = removeEntry(r, 'work', 1); // D
    expect(hidden(r)).toEqual(['B']);
    r = setEntryHidden(r, 'work', r.work?.findIndex((w) => w.name === 'B') ?? -1, false);
    expect(hidden(r)).toEqual([]);
    expect(sectionLayoutOf(r, 'work').hiddenEntries).toBeUndefined();
  });
});

describe('sections', () => {
  it('reorders, hides and renames sections in meta, keeping the rest of meta', () => {
    let r: Resume = { ...resume, meta: { version: 'v1', template: { id: 'modern' } } };
    r = moveSection(r, 'skills', 0);
    expect(
      resolveSectionLayout(r)
        .map((s) => s.key)
        .slice(0, 3),
    ).toEqual(['skills', 'summary', 'work']);
    r = setSectionHidden(r, 'work', true);
    r = renameSection(r, 'skills', 'Toolbox');
    expect(sectionLayoutOf(r, 'work')).toEqual({ key: 'work', hidden: true });
    expect(sectionLayoutOf(r, 'skills')).toEqual({ key: 'skills', title: 'Toolbox' });
    r = renameSection(r, 'skills', '  ');
    expect(sectionLayoutOf(r, 'skills')).toEqual({ key: 'skills' });
    expect(r.meta).toMatchObject({ version: 'v1', template: { id: 'modern' } });
    expect(r.meta?.sections).toHaveLength(12);
  });
});

describe('basics', () => {
  it('removes cleared fields and an emptied location instead of storing blanks', () => {
    let r = updateBasics(resume, { email: 'ada@example.com', label: '' });
    expect(r.basics).toEqual({ name: 'Ada', email: 'ada@example.com' });
    r = updateLocation(r, { city: 'London' });
    expect(r.basics?.location).toEqual({ city: 'London' });
    r = updateLocation(r, { city: ' ' });
    expect(r.basics && 'location' in r.basics).toBe(false);
    expect('basics' in updateBasics({ basics: { name: 'A' } }, { name: '' })).toBe(false);
  });
});
