import { describe, expect, it } from 'vitest';
import { readTruthFiles } from '../../test/corpus';
import type { Resume } from '../resume/model';
import { checkResume } from './checks';
import type { CheckId, ResumeCheck } from './checks-model';

const today = '2026-11-24';
const check = (resume: Resume, id: CheckId): ResumeCheck => {
  const found = checkResume(resume, { today }).find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};

const solid: Resume = {
  basics: {
    name: 'Rosa Diaz',
    email: 'rosa@example.com',
    phone: '+1 312 555 0147',
    location: { city: 'Chicago', region: 'IL' },
    summary: 'Accountant with six years in audit and tax.',
  },
  work: [
    {
      name: 'Ledger & Co',
      position: 'Senior Accountant',
      startDate: '2022-03',
      highlights: [
        'Closed the books in 4 days instead of 7',
        'Reconciled 30 bank accounts monthly',
      ],
    },
    {
      name: 'Tally LLP',
      position: 'Accountant',
      startDate: '2020-01',
      endDate: '2022-02',
      highlights: ['Prepared 120 individual tax returns a season'],
    },
  ],
  education: [
    { institution: 'DePaul University', studyType: 'B.S.', area: 'Accounting', endDate: '2019-06' },
  ],
  skills: [{ keywords: ['QuickBooks', 'Excel', 'GAAP'] }],
};

describe('checkResume', () => {
  it('passes a clean resume on contact, sections, dates, gaps, verbs, numbers and pronouns', () => {
    const checks = checkResume(solid, { today });
    const bad = checks.filter((c) => c.severity !== 'pass' && c.id !== 'length');
    expect(bad).toEqual([]);
    expect(checks.find((c) => c.id === 'quantified')?.message).toBe(
      '3 of 3 bullets (100%) carry a number: a count, a percentage, money or time.',
    );
  });

  it('orders the worst first, each with a fix', () => {
    const checks = checkResume({ basics: { name: 'X' } }, { today });
    expect(checks[0]?.severity).toBe('problem');
    for (const c of checks.filter((c) => c.severity !== 'pass')) expect(c.fix).toBeTruthy();
  });

  it('names what contact details are missing or wrong', () => {
    const c = check(
      { ...solid, basics: { name: 'Rosa', email: 'rosa at example', phone: '12' } },
      'contact',
    );
    expect(c.severity).toBe('problem');
    expect(c.message).toBe(
      'Missing or wrong: “rosa at example” is not a valid email address; “12” has too few digits for a phone number; no city or region.',
    );
  });

  it('catches impossible and future dates, and mixed formats', () => {
    const c = check(
      {
        ...solid,
        work: [
          { name: 'A', position: 'Analyst', startDate: '2021-05', endDate: '2020-01' },
          { name: 'B', position: 'Clerk', startDate: '2027-01' },
          { name: 'C', position: 'Intern', startDate: '2015', endDate: '2016' },
          { name: 'D', position: 'Temp', endDate: '2014-05' },
        ],
      },
      'dates',
    );
    expect(c.severity).toBe('problem');
    expect(c.findings.map((f) => f.text)).toEqual([
      'ends (Jan 2020) before it starts (May 2021)',
      'starts in the future (Jan 2027)',
      'ends May 2014, no start date',
      'some roles give month and year, others only the year',
    ]);
  });

  it('finds gaps of six months or more, including since the last role', () => {
    const c = check(
      {
        ...solid,
        work: [
          { name: 'A', position: 'Accountant', startDate: '2016-01', endDate: '2018-06' },
          { name: 'B', position: 'Senior Accountant', startDate: '2019-09', endDate: '2025-12' },
        ],
      },
      'gaps',
    );
    expect(c.severity).toBe('warning');
    expect(c.findings.map((f) => f.text)).toEqual([
      '14 months between Accountant, A (ended Jun 2018) and Senior Accountant, B (started Sep 2019)',
      '11 months since Senior Accountant, B ended (Dec 2025)',
    ]);
  });

  it('flags long and short bullets, weak openers, missing numbers and pronouns', () => {
    const wordy =
      'Responsible for the preparation and review of a very wide range of monthly, quarterly and annual financial statements and supporting schedules for a large and growing number of internal and external stakeholders across regions';
    const resume: Resume = {
      ...solid,
      basics: { ...solid.basics, summary: 'I am a detail-oriented accountant; my focus is tax.' },
      work: [
        {
          name: 'A',
          position: 'Accountant',
          startDate: '2020-01',
          highlights: [wordy, 'Filing', 'Helped with audits'],
        },
      ],
    };
    expect(check(resume, 'bullet-length').findings.map((f) => f.note)).toEqual([
      '34 words',
      'very short',
      'very short',
    ]);
    const verbs = check(resume, 'action-verbs');
    expect(verbs.severity).toBe('warning');
    expect(verbs.findings.map((f) => f.note)).toEqual([
      'starts with “Responsible for”',
      'starts with “Helped”',
    ]);
    expect(check(resume, 'quantified').severity).toBe('warning');
    const pronouns = check(resume, 'pronouns');
    expect(pronouns.findings).toEqual([
      {
        where: 'Summary',
        text: 'I am a detail-oriented accountant; my focus is tax.',
        note: '“I”',
      },
    ]);
  });

  it('notices role descriptions written as paragraphs', () => {
    const c = check(
      {
        ...solid,
        work: [
          {
            name: 'A',
            position: 'Developer',
            startDate: '2020-01',
            summary: 'Built things. Fixed things.',
          },
        ],
      },
      'bullet-length',
    );
    expect(c.message).toBe('Your 1 role is written as paragraphs, with no bullets.');
  });

  it('warns about section headings a parser would not recognise', () => {
    const c = check(
      {
        ...solid,
        meta: {
          sections: [
            { key: 'work', title: 'My Journey' },
            { key: 'skills', title: 'Toolbox & Skills' },
          ],
        },
      },
      'headings',
    );
    expect(c.severity).toBe('warning');
    expect(c.findings.map((f) => f.where)).toEqual(['My Journey']);
  });

  it('runs over every corpus resume without throwing, and finds the pronoun in Barry Allen’s summary', () => {
    for (const [name, truth] of readTruthFiles()) {
      const checks = checkResume(truth as Resume, { today });
      expect(checks, name).toHaveLength(10);
    }
    const barry = readTruthFiles().find(
      ([n]) => n === 'resumematcher_barry_allen_fe',
    )?.[1] as Resume;
    expect(check(barry, 'pronouns').severity).toBe('warning');
  });
});
