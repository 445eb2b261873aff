import { describe, expect, it } from 'vitest';
import { sampleResume } from '../../test/tailoring';
import { buildEvidence, findInventions } from './guard';

const evidence = buildEvidence(sampleResume());
const kinds = (text: string, e = evidence) =>
  findInventions(text, e).map((f) => `${f.kind}: ${f.text}`);

describe('the anti-invention guard', () => {
  it('lets a faithful rewrite through: same facts, the job’s words', () => {
    expect(
      kinds(
        'Built an accessible checkout page with React and TypeScript, cutting bundle size by 30%.',
      ),
    ).toEqual([]);
    expect(kinds('Partnered with designers on an accessible React component library.')).toEqual([]);
    // The start date is stored as 2021-03; "March 2021" and "2021" say the same.
    expect(kinds('Front-End Developer at Brightwave since March 2021.')).toEqual([]);
  });

  it('flags an employer the resume never names', () => {
    const found = findInventions('Built the checkout page at Stripe in React.', evidence);
    expect(found).toEqual([
      {
        kind: 'employer',
        text: 'Stripe',
        reason: 'Names the organisation “Stripe”, which is not in your resume or your notes.',
      },
    ]);
    expect(kinds('Shipped React apps for Acme Corporation clients.')).toEqual([
      'employer: Acme Corporation',
    ]);
  });

  it('flags a title the person never held', () => {
    expect(kinds('Senior Staff Engineer leading the checkout page in React.')).toEqual([
      'title: Senior Staff Engineer',
    ]);
    // A verb at the start of a sentence is not part of the title.
    expect(kinds('Mentored Junior Developers on React.')).toEqual(['title: Junior Developers']);
    expect(kinds('Front-end developer building React apps.')).toEqual([]);
    expect(kinds('Promoted to senior front-end developer after the checkout launch.')).toEqual([
      'title: senior front-end developer',
    ]);
  });

  it('flags dates and numbers the resume does not have', () => {
    expect(kinds('Built the checkout page in React in 2019.')).toEqual(['date: 2019']);
    expect(kinds('Front-End Developer at Brightwave since June 2021.')).toEqual([
      'date: June 2021',
    ]);
    expect(kinds('Cut bundle size by 45% with Webpack code splitting.')).toEqual(['number: 45%']);
    expect(kinds('Built the checkout page used by 1,200,000 shoppers.')).toEqual([
      'number: 1,200,000',
    ]);
    expect(kinds('Led five designers on one accessible component library.')).toEqual([
      'number: five',
    ]);
  });

  it('flags a degree the person does not hold', () => {
    expect(kinds('Holds a Master’s degree in Computer Science.')).toEqual([
      'degree: Master’s degree',
    ]);
    expect(kinds('Holds a B.S. in Computer Science.')).toEqual([]);
  });

  it('flags a skill that is not in the resume', () => {
    const found = findInventions(
      'Built the checkout page in React, GraphQL and Kubernetes.',
      evidence,
    );
    expect(found.map((f) => f.text)).toEqual(['GraphQL', 'Kubernetes']);
    expect(found[0]?.reason).toBe(
      'Adds the skill “GraphQL”, which is not in your resume or your notes.',
    );
  });

  it('accepts facts the user wrote in their notes', () => {
    const withNotes = buildEvidence(
      sampleResume(),
      'I also used GraphQL at Brightwave, for 2 years.',
    );
    expect(kinds('Built React and GraphQL features for 2 years.', withNotes)).toEqual([]);
  });
});
