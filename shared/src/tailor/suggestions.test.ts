import { describe, expect, it } from 'vitest';
import { analyseMatch } from '../match/analyse-match';
import { resolveSectionLayout } from '../resume/model';
import { sampleJob, sampleResume } from '../../test/tailoring';
import { TailorOutputSchema } from '../ai/tasks/tailor/v1';
import { applySuggestions } from './apply';
import { reviewTailoring } from './suggestions';

const output = TailorOutputSchema.parse({
  summary: {
    text: 'Front-end developer who builds accessible web apps in React and TypeScript.',
    reason: 'React',
  },
  rewrites: [
    {
      id: 'work.0.highlights.2',
      text: 'Built an accessible React component library with designers.',
      reason: 'a11y',
    },
    {
      id: 'work.0.highlights.1',
      text: 'Cut bundle size by 30% with Webpack code splitting.',
      reason: 'unchanged',
    },
    { id: 'work.0.highlights.2', text: 'Again.', reason: 'duplicate' },
    {
      id: 'projects.0.description',
      text: 'A hiking log in Vue with offline sync, used at Google.',
      reason: '',
    },
  ],
  skillsOrder: ['react', 'Jest', 'Kubernetes', 'TypeScript'],
  sectionsToMoveUp: [
    { section: 'Projects', reason: 'Vue work' },
    { section: 'publications', reason: 'none' },
  ],
});

describe('reviewing and applying a tailoring', () => {
  const resume = sampleResume();
  const { suggestions, dropped } = reviewTailoring(resume, output);

  it('keeps what can apply, skips unchanged text, drops the rest with the reason', () => {
    expect(suggestions.map((s) => s.kind)).toEqual([
      'summary',
      'rewrite',
      'rewrite',
      'skills-order',
      'section-up',
    ]);
    expect(suggestions[2]?.flags.map((f) => f.text)).toEqual(['Google']);
    expect(dropped.map((d) => d.reason)).toEqual([
      'The model proposed a second rewrite of the same text.',
      'Not in your resume, so they were left out of the new order.',
      'Your resume has no such section with content.',
    ]);
    expect(dropped[1]?.what).toBe('Skills order: Kubernetes');
  });

  it('writes only accepted changes into a new resume and leaves the base as it was', () => {
    const before = structuredClone(resume);
    const ids = new Set(['s1', 's2', 's4', 's5']);
    const tailored = applySuggestions(resume, suggestions, ids);
    expect(resume).toEqual(before);
    expect(tailored.basics?.summary).toBe(
      'Front-end developer who builds accessible web apps in React and TypeScript.',
    );
    expect(tailored.work?.[0]?.highlights).toEqual([
      'Built the checkout page in React and TypeScript.',
      'Cut bundle size by 30% with Webpack code splitting.',
      'Built an accessible React component library with designers.',
    ]);
    // The flagged project rewrite (s3) was not accepted.
    expect(tailored.projects?.[0]?.description).toBe('A hiking log in Vue with offline sync.');
    expect(tailored.skills).toEqual([
      { name: 'Frameworks', keywords: ['React', 'Jest', 'Vue'] },
      { name: 'Languages', keywords: ['TypeScript', 'JavaScript', 'HTML', 'CSS'] },
    ]);
    expect(
      resolveSectionLayout(tailored)
        .map((s) => s.key)
        .slice(0, 3),
    ).toEqual(['summary', 'projects', 'work']);
  });

  it('changes the match score only through what was accepted', () => {
    const job = sampleJob();
    const today = { today: '2026-11-25' };
    const base = analyseMatch(resume, job, today).score;
    expect(analyseMatch(applySuggestions(resume, suggestions, new Set()), job, today).score).toBe(
      base,
    );
    const all = applySuggestions(resume, suggestions, new Set(suggestions.map((s) => s.id)));
    expect(analyseMatch(all, job, today).score).toBeGreaterThanOrEqual(base);
  });
});
