import { describe, expect, it } from 'vitest';
import { sampleJob, sampleResume as letterResume, POSTING } from '../../test/letters';
import { sampleResume } from '../../test/tailoring';
import { buildEvidence } from './evidence';
import { findUnsupported } from './find-unsupported';

const evidence = buildEvidence({ resume: sampleResume() });
const kinds = (text: string, e = evidence) =>
  findUnsupported(text, e).map((f) => `${f.kind}: ${f.text}`);

describe('the anti-invention guard on a tailored text (resume and notes only)', () => {
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
    const found = findUnsupported('Built the checkout page at Stripe in React.', evidence);
    expect(found).toEqual([
      {
        kind: 'employer',
        start: 27,
        end: 33,
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
    const found = findUnsupported(
      'Built the checkout page in React, GraphQL and Kubernetes.',
      evidence,
    );
    expect(found.map((f) => f.text)).toEqual(['GraphQL', 'Kubernetes']);
    expect(found[0]?.reason).toBe(
      'Adds the skill “GraphQL”, which is not in your resume or your notes.',
    );
  });

  it('accepts facts the user wrote in their notes', () => {
    const withNotes = buildEvidence({
      resume: sampleResume(),
      notes: 'I also used GraphQL at Brightwave, for 2 years.',
    });
    expect(kinds('Built React and GraphQL features for 2 years.', withNotes)).toEqual([]);
  });
});

const letterEvidence = (notes?: string) =>
  buildEvidence({
    resume: letterResume(),
    job: sampleJob().job,
    jobText: POSTING,
    ...(notes ? { notes } : {}),
  });

describe('the anti-invention guard on a letter (the posting backs what is said about the employer)', () => {
  it('flags invented employers, numbers, degrees, skills and dates with a reason, where they stand', () => {
    const letter =
      'Dear Northwind Labs hiring team,\n\nAt Google I led a team of 400 engineers. I hold a Master of Science. I have run Kubernetes clusters and Rust services since March 2012.';
    const found = findUnsupported(letter, letterEvidence());
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      ['employer', 'Google'],
      ['number', '400'],
      ['degree', 'Master of Science'],
      ['skill', 'Kubernetes'],
      ['skill', 'Rust'],
      ['date', 'March 2012'],
    ]);
    for (const c of found) expect(letter.slice(c.start, c.end)).toBe(c.text);
    // Kubernetes is the posting's, claimed in a sentence about the person: a different reason.
    expect(found.find((c) => c.text === 'Kubernetes')?.reason).toBe(
      'The posting asks for Kubernetes, but your resume and notes do not show it; claim it only if you have it.',
    );
    expect(found.find((c) => c.text === 'Rust')?.reason).toBe(
      'Adds the skill “Rust”, which is not in your resume, your notes or the posting.',
    );
  });

  it('accepts what the resume, the notes or (about the employer) the posting say', () => {
    const letter =
      'I cut API latency by 40% at Acme Freight and mentored 3 engineers. Your team runs Kubernetes in Berlin. I hold a BSc from the University of Leeds. I speak Portuguese.';
    expect(findUnsupported(letter, letterEvidence())).toEqual([
      expect.objectContaining({
        kind: 'name',
        text: 'Portuguese',
        reason: 'Names “Portuguese”, which is not in your resume, your notes or the posting.',
      }),
    ]);
    expect(findUnsupported(letter, letterEvidence('I speak Portuguese fluently.'))).toEqual([]);
  });

  it('names the employer and the role applied for freely, but not the posting’s facts as the person’s', () => {
    expect(
      findUnsupported(
        'Dear Hiring Manager,\nI am applying for the Senior Backend Engineer role at Northwind Labs.',
        letterEvidence(),
      ),
    ).toEqual([]);
    // The posting asks for 5+ years and a bachelor’s degree: about the employer that is fine…
    expect(
      findUnsupported(
        'Your posting asks for 5+ years of backend development and a Bachelor’s degree.',
        letterEvidence(),
      ),
    ).toEqual([]);
    // …about the person it is a claim only the posting makes.
    const found = findUnsupported(
      'I bring 5+ years of backend development and a Master’s degree.',
      letterEvidence(),
    );
    expect(found.map((f) => `${f.kind}: ${f.text}`)).toEqual([
      'number: 5+',
      'degree: Master’s degree',
    ]);
    expect(found[0]?.reason).toBe(
      'Adds the number “5+”, which only the posting mentions; keep it only if it is true of you.',
    );
  });

  it('holds a letter to the tailoring checks too: titles, numbers in words, month and year', () => {
    expect(
      findUnsupported(
        'I was promoted to Staff Engineer at Acme Freight in June 2021, leading five engineers.',
        letterEvidence(),
      ).map((f) => `${f.kind}: ${f.text}`),
    ).toEqual(['title: Staff Engineer', 'date: June 2021', 'number: five']);
  });
});
