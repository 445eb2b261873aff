import { describe, expect, it } from 'vitest';
import { JobDetailsSchema, type JobDetails } from '../job/model';
import type { Resume } from '../resume/model';
import { analyseMatch, type JobForMatch } from './analyse-match';
import { MATCH_WEIGHTS, type MatchAnalysis } from './analysis-model';

const today = '2026-11-24';

function job(title: string, details: Partial<JobDetails>): JobForMatch {
  return { job: { title }, details: JobDetailsSchema.parse(details) };
}

const part = (a: MatchAnalysis, id: string) => {
  const found = a.parts.find((p) => p.id === id);
  if (!found) throw new Error(`no part ${id}`);
  return found;
};

const backend: Resume = {
  basics: {
    name: 'Ada Park',
    label: 'Backend Engineer',
    email: 'ada@example.com',
    phone: '555-010-2030',
  },
  work: [
    {
      name: 'Globex',
      position: 'Senior Backend Engineer',
      startDate: '2021-03',
      highlights: [
        'Built Python services on Kubernetes handling 40k requests per second',
        'Cut p99 latency by 35% with Redis caching',
      ],
    },
    {
      name: 'Initech',
      position: 'Software Engineer',
      startDate: '2018-01',
      endDate: '2021-02',
      highlights: ['Maintained PostgreSQL schemas for 12 services'],
    },
  ],
  education: [{ institution: 'State University', studyType: 'B.S.', area: 'Computer Science' }],
  skills: [{ keywords: ['Python', 'Kubernetes', 'Redis', 'PostgreSQL', 'Terraform'] }],
};

describe('analyseMatch', () => {
  it('counts a skill shown in a bullet more than one only in the skills list', () => {
    const a = analyseMatch(
      backend,
      job('Backend Engineer', { requiredSkills: ['Python', 'Terraform'] }),
      { today },
    );
    const python = a.matched.find((t) => t.requirement === 'Python');
    const terraform = a.matched.find((t) => t.requirement === 'Terraform');
    expect(python?.bestPlacement).toBe('experience');
    expect(python?.occurrences[0]?.where).toBe(
      'Experience · Senior Backend Engineer, Globex · bullet 1',
    );
    expect(terraform?.bestPlacement).toBe('skills');
    const placement = part(a, 'placement');
    expect(placement.score).toBeCloseTo((1 + 0.4) / 2);
    expect(placement.explanation).toContain('Only in your Skills list: Terraform');
  });

  it('lists what is missing, and accepts any alternative of a requirement', () => {
    const a = analyseMatch(
      backend,
      job('Backend Engineer', { requiredSkills: ['Go or Python', 'Kafka', 'k8s'] }),
      { today },
    );
    expect(a.matched.map((t) => [t.requirement, t.matchedLabel])).toEqual([
      ['Go or Python', 'Python'],
      ['k8s', 'Kubernetes'],
    ]);
    expect(a.missing.map((t) => t.requirement)).toEqual(['Kafka']);
    expect(part(a, 'required-skills').summary).toBe('2 of 3 found');
  });

  it('finds a term the vocabulary does not list by its words', () => {
    const resume: Resume = {
      ...backend,
      work: [
        {
          name: 'X',
          position: 'Engineer',
          startDate: '2020',
          highlights: ['Ran chaos drills with Gremlin'],
        },
      ],
    };
    const a = analyseMatch(
      resume,
      job('Engineer', { requiredSkills: ['Gremlin', 'chaos drill'] }),
      { today },
    );
    expect(a.matched.map((t) => t.requirement)).toEqual(['Gremlin', 'chaos drill']);
  });

  it('weighs soft skills at half', () => {
    const a = analyseMatch(
      backend,
      job('Backend Engineer', { requiredSkills: ['Python', 'Communication'] }),
      { today },
    );
    const required = part(a, 'required-skills');
    expect(required.score).toBeCloseTo(1 / 1.5);
    expect(required.explanation).toContain('Soft skills');
  });

  it('leaves out what the posting does not ask for and scales the rest to 100', () => {
    const a = analyseMatch(backend, job('Backend Engineer', { requiredSkills: ['Python'] }), {
      today,
    });
    const applicable = a.parts.filter((p) => p.applicable).map((p) => p.id);
    expect(applicable).toEqual(['required-skills', 'placement', 'title']);
    const available = applicable.reduce((s, id) => s + MATCH_WEIGHTS[id], 0);
    const earned = a.parts.reduce((s, p) => s + p.points, 0);
    expect(a.score).toBe(Math.round((earned / available) * 100));
    expect(a.scoreExplanation).toContain(`of the ${available} points that apply`);
    expect(a.scoreExplanation).toContain(`: ${a.score}.`);
  });

  it('adds up: every part’s points, and the explanation shows each', () => {
    const a = analyseMatch(
      backend,
      job('Senior Backend Engineer', {
        requiredSkills: ['Python', 'Kubernetes', 'Kafka'],
        preferredSkills: ['Terraform', 'Rust'],
        minYears: 5,
        degree: 'bachelor',
        seniority: 'senior',
      }),
      { today },
    );
    expect(a.parts.every((p) => p.applicable)).toBe(true);
    const earned = a.parts.reduce((s, p) => s + p.points, 0);
    expect(Math.abs(a.score - earned)).toBeLessThanOrEqual(1);
    for (const p of a.parts)
      expect(a.scoreExplanation).toContain(`${p.label} ${p.points}/${p.weight}`);
    expect(part(a, 'title').score).toBe(1);
    expect(part(a, 'education').explanation).toContain('B.S. in Computer Science');
  });

  it('counts years in related roles only, and names the ones left out', () => {
    const resume: Resume = {
      ...backend,
      work: [
        ...(backend.work ?? []),
        {
          name: 'Corner Café',
          position: 'Barista',
          startDate: '2012-01',
          endDate: '2017-12',
          highlights: ['Served 200 customers a day'],
        },
      ],
    };
    const a = analyseMatch(
      resume,
      job('Backend Engineer', { requiredSkills: ['Python', 'PostgreSQL'], minYears: 10 }),
      { today },
    );
    const years = part(a, 'experience');
    expect(years.summary).toBe('8.9 of 10+ years');
    expect(years.explanation).toContain(
      'Not counted, as nothing in them relates to this posting: Barista at Corner Café',
    );
    expect(years.explanation).toContain('Jan 2018 – Present');
  });

  it('gives level credit only within the same line of work', () => {
    const accountant: Resume = {
      basics: { name: 'Lee' },
      work: [{ name: 'Ledger & Co', position: 'Senior Accountant', startDate: '2015-01' }],
    };
    const a = analyseMatch(accountant, job('Senior Backend Engineer', { seniority: 'senior' }), {
      today,
    });
    expect(part(a, 'title').score).toBe(0);
    expect(part(a, 'title').explanation).toContain('None of your titles');
  });

  it('reads “PM” as the kind of manager the posting means', () => {
    const pm: Resume = { basics: { name: 'Sam', label: 'Senior PM' }, work: [] };
    expect(part(analyseMatch(pm, job('Product Manager', {}), { today }), 'title').score).toBe(1);
    expect(part(analyseMatch(pm, job('Project Manager', {}), { today }), 'title').score).toBe(1);
  });

  it('scores education by level: a master’s meets a bachelor’s, an associate’s falls short', () => {
    const withDegree = (studyType: string): Resume => ({
      ...backend,
      education: [{ institution: 'U', studyType, area: 'Physics' }],
    });
    const posting = job('Backend Engineer', {
      degree: 'bachelor',
      degreeFields: ['Computer Science', 'Physics'],
    });
    expect(
      part(analyseMatch(withDegree('Master of Science'), posting, { today }), 'education').score,
    ).toBe(1);
    expect(
      part(analyseMatch(withDegree('A.S.'), posting, { today }), 'education').score,
    ).toBeCloseTo(0.4);
    const otherField = job('Backend Engineer', {
      degree: 'bachelor',
      degreeFields: ['Computer Science'],
    });
    expect(
      part(analyseMatch(withDegree('BA'), otherField, { today }), 'education').score,
    ).toBeCloseTo(0.8);
  });

  it('rejects a missing or malformed today, since shared code has no clock', () => {
    expect(() => analyseMatch(backend, job('X', {}), { today: 'yesterday' })).toThrow(/ISO date/);
  });

  it('handles an empty resume and an empty job without dividing by zero', () => {
    const a = analyseMatch({}, { job: {}, details: JobDetailsSchema.parse({}) }, { today });
    expect(a.score).toBe(0);
    expect(a.scoreExplanation).toMatch(/nothing to compare/);
    expect(a.checks.find((c) => c.id === 'contact')?.severity).toBe('problem');
  });
});
