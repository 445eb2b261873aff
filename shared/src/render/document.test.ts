import { describe, expect, it } from 'vitest';
import { setEntryHidden, moveSection, renameSection, setSectionHidden } from '../resume/edit';
import type { Resume } from '../resume/model';
import { buildResumeDocument } from './document';

const resume: Resume = {
  basics: {
    name: 'Ada Lovelace',
    label: 'Engineer',
    email: 'ada@example.com',
    phone: '+44 20 7946 0958',
    url: 'https://ada.dev/',
    location: { city: 'London', countryCode: 'GB' },
    summary: 'Builds engines.\nAnd programs.',
    profiles: [
      { network: 'GitHub', username: 'ada', url: 'https://github.com/ada' },
      { network: 'Mastodon', username: 'ada' },
    ],
  },
  work: [
    {
      name: 'Analytical Engines',
      position: 'Programmer',
      description: 'Computing',
      startDate: '2020-03',
      highlights: ['Wrote the first program', '  '],
    },
    { name: 'Babbage & Co', position: 'Analyst', startDate: '2018', endDate: '2018' },
  ],
  education: [
    {
      institution: 'Home',
      studyType: 'B.S.',
      area: 'Mathematics',
      endDate: '1835',
      score: '3.9/4.0',
    },
  ],
  skills: [
    { name: 'Languages', level: 'Expert', keywords: ['Note G', 'Tables'] },
    { name: 'Weaving' },
  ],
  languages: [{ language: 'English', fluency: 'Native' }],
  projects: [
    {
      name: 'Notes',
      description: 'Translation with notes',
      roles: ['Author'],
      url: 'javascript:alert(1)',
    },
  ],
};

describe('buildResumeDocument', () => {
  it('prints the header with safe links only', () => {
    const doc = buildResumeDocument(resume);
    expect(doc.name).toBe('Ada Lovelace');
    expect(doc.contacts).toEqual([
      { kind: 'email', text: 'ada@example.com', url: 'mailto:ada@example.com' },
      { kind: 'phone', text: '+44 20 7946 0958', url: 'tel:+442079460958' },
      { kind: 'location', text: 'London, GB' },
      { kind: 'url', text: 'ada.dev', url: 'https://ada.dev/' },
      { kind: 'profile', text: 'github.com/ada', url: 'https://github.com/ada', label: 'GitHub' },
      { kind: 'profile', text: 'Mastodon: ada', label: 'Mastodon' },
    ]);
  });

  it('orders sections by default and formats dates as words', () => {
    const doc = buildResumeDocument(resume);
    expect(doc.sections.map((s) => s.key)).toEqual([
      'summary',
      'work',
      'projects',
      'education',
      'skills',
      'languages',
    ]);
    const work = doc.sections[1];
    if (work?.kind !== 'entries') throw new Error('work is entries');
    expect(work.entries[0]).toMatchObject({
      heading: 'Programmer',
      organisation: 'Analytical Engines',
      description: 'Computing',
      dates: 'Mar 2020 – Present',
      bullets: ['Wrote the first program'],
    });
    expect(work.entries[1]?.dates).toBe('2018');
    const education = doc.sections[3];
    if (education?.kind !== 'entries') throw new Error('education is entries');
    expect(education.entries[0]).toMatchObject({
      heading: 'B.S., Mathematics',
      dates: '1835',
      details: [{ label: 'GPA', text: '3.9/4.0' }],
    });
  });

  it('prints list sections as label and items', () => {
    const doc = buildResumeDocument(resume);
    const skills = doc.sections.find((s) => s.key === 'skills');
    const languages = doc.sections.find((s) => s.key === 'languages');
    expect(skills).toMatchObject({
      kind: 'list',
      items: [
        { label: 'Languages (Expert)', text: 'Note G, Tables' },
        { label: '', text: 'Weaving' },
      ],
    });
    expect(languages).toMatchObject({ items: [{ label: '', text: 'English (Native)' }] });
  });

  it('keeps an unsafe project link as nothing at all', () => {
    const projects = buildResumeDocument(resume).sections.find((s) => s.key === 'projects');
    if (projects?.kind !== 'entries') throw new Error('projects is entries');
    expect(projects.entries[0]?.link).toBeUndefined();
    expect(JSON.stringify(projects)).not.toContain('javascript');
  });

  it('follows the layout: custom order and titles, hidden sections and entries left out', () => {
    let r = moveSection(resume, 'skills', 0);
    r = renameSection(r, 'work', 'Where I worked');
    r = setSectionHidden(r, 'languages', true);
    r = setEntryHidden(r, 'work', 0, true);
    const doc = buildResumeDocument(r);
    expect(doc.sections.map((s) => s.key)).toEqual([
      'skills',
      'summary',
      'work',
      'projects',
      'education',
    ]);
    const work = doc.sections[2];
    if (work?.kind !== 'entries') throw new Error('work is entries');
    expect(work.title).toBe('Where I worked');
    expect(work.entries.map((e) => [e.index, e.organisation])).toEqual([[1, 'Babbage & Co']]);
  });

  it('renders markup as literal text', () => {
    const doc = buildResumeDocument({
      basics: { name: '<img src=x onerror=alert(1)>', summary: '<script>alert(1)</script>' },
    });
    expect(doc.name).toBe('<img src=x onerror=alert(1)>');
    expect(doc.sections[0]).toMatchObject({ paragraphs: ['<script>alert(1)</script>'] });
  });
});
