import { describe, expect, it } from 'vitest';
import { jobRecord } from '../../../test/fixtures';
import { applyDraft, checkDraft, draftFromJob } from './job-draft';

const stored = jobRecord({
  job: {
    title: 'Web Developer',
    company: 'Globex',
    location: { address: '1 Main St', postalCode: '10115', city: 'Berlin', countryCode: 'DE' },
    meta: { canonical: 'https://example.com/jobs/1' },
  },
  details: {
    requiredQualifications: ['3+ years of JavaScript'],
    preferredQualifications: [],
    requiredSkills: ['JavaScript', 'Vitest or Jest'],
    preferredSkills: [],
    minYears: 3,
    structuredBy: 'rules',
  },
});

describe('job drafts', () => {
  it('round-trips a job through the form unchanged except for who structured it', () => {
    const next = applyDraft(stored, draftFromJob(stored), '2026-03-01T00:00:00.000Z');
    expect(next.job.location).toEqual(stored.job.location);
    expect(next.job.meta).toEqual(stored.job.meta);
    expect(next.details).toMatchObject({
      requiredSkills: ['JavaScript', 'Vitest or Jest'],
      minYears: 3,
      structuredBy: 'user',
    });
    expect(next.sourceText).toBe(stored.sourceText);
    expect(next.updatedAt).toBe('2026-03-01T00:00:00.000Z');
  });

  it('reads a new location, one skill per line, and keeps JSON Resume skills in step', () => {
    const draft = {
      ...draftFromJob(stored),
      location: 'Austin, TX',
      requiredSkills: 'TypeScript\n\n  React  \n',
      minYears: '',
    };
    const next = applyDraft(stored, draft, '2026-03-01T00:00:00.000Z');
    expect(next.job.location).toEqual({ city: 'Austin', region: 'TX', countryCode: 'US' });
    expect(next.details.requiredSkills).toEqual(['TypeScript', 'React']);
    expect(next.details.minYears).toBeUndefined();
    expect(next.job.skills).toEqual([{ name: 'Required', keywords: ['TypeScript', 'React'] }]);
  });

  it('says which field is wrong', () => {
    expect(checkDraft({ ...draftFromJob(stored), minYears: 'five' })).toEqual([
      {
        field: 'minYears',
        message: 'Years must be a number from 0 to 99, or empty when the posting names none.',
      },
    ]);
  });
});
