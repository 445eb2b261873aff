import { describe, expect, it } from 'vitest';
import { sampleJob, sampleResume, POSTING } from '../../test/letters';
import { listAchievements } from './achievements';
import { checkLetterClaims } from './claims';
import { DEFAULT_LETTER_OPTIONS, nextLetterVersion } from './model';
import { writeTemplateLetter } from './template-letter';

const sources = () => ({ resume: sampleResume(), job: sampleJob().job, jobText: POSTING });

describe('listAchievements', () => {
  it('ranks the bullets that share the job’s skills first', () => {
    const ranked = listAchievements(sampleResume(), sampleJob());
    expect(ranked).toHaveLength(4);
    expect(ranked.slice(0, 2).map((a) => a.text)).toEqual([
      'Cut API latency by 40% by redesigning PostgreSQL indexes',
      'Built a TypeScript and Node.js billing service handling 2M requests a day',
    ]);
    expect(ranked.at(-1)?.text).toMatch(/Python pipeline/);
    expect(ranked[0]).toMatchObject({ organisation: 'Acme Freight', position: 'Backend Engineer' });
  });
});

describe('writeTemplateLetter', () => {
  it('writes a full letter from the job’s and the resume’s facts, with nothing to flag', () => {
    const letter = writeTemplateLetter({
      resume: sampleResume(),
      job: sampleJob(),
      options: DEFAULT_LETTER_OPTIONS,
    });
    expect(letter).toMatch(/^Dear Northwind Labs hiring team,\n\n/);
    expect(letter).toContain('Senior Backend Engineer position at Northwind Labs');
    expect(letter).toContain(
      'I currently work as a Backend Engineer at Acme Freight, and before that as a Software Developer at Globex.',
    );
    expect(letter).toContain(
      'At Acme Freight, I cut API latency by 40% by redesigning PostgreSQL indexes. I also built a TypeScript and Node.js billing service handling 2M requests a day.',
    );
    expect(letter).toMatch(
      /Your posting asks for back-end development, TypeScript, Node\.js and PostgreSQL;/,
    );
    expect(letter).toMatch(
      /The chance to design and build reliable APIs in TypeScript and Node\.js is a large part of what draws me/,
    );
    expect(letter).toMatch(/Sincerely,\nAda Moreno$/);
    expect(checkLetterClaims(letter, sources())).toEqual([]);
  });

  it('follows tone, length and the achievements the user chose to lead with', () => {
    const short = writeTemplateLetter({
      resume: sampleResume(),
      job: sampleJob(),
      options: {
        tone: 'warm',
        length: 'short',
        leadAchievements: ['Migrated nightly batch jobs to an event-driven Python pipeline'],
      },
    });
    expect(short).toContain('At Globex, I migrated nightly batch jobs');
    expect(short).not.toContain('billing service');
    expect(short).toMatch(/Kind regards,\nAda Moreno$/);
    const long = writeTemplateLetter({
      resume: sampleResume(),
      job: sampleJob(),
      options: { tone: 'enthusiastic', length: 'long', leadAchievements: [] },
    });
    expect(long.split(/\s+/).length).toBeGreaterThan(short.split(/\s+/).length + 40);
    expect(long).toContain('I hold a BSc in Computer Science from University of Leeds.');
    expect(checkLetterClaims(long, sources())).toEqual([]);
  });
});

describe('nextLetterVersion', () => {
  it('numbers versions after the highest saved one', () => {
    const v = nextLetterVersion([{ number: 1 }, { number: 3 }], {
      id: 'l4',
      applicationId: 'a',
      jobId: 'j',
      createdAt: '2026-11-02T10:00:00.000Z',
      source: 'edit',
      options: DEFAULT_LETTER_OPTIONS,
      text: 'Dear team',
    });
    expect(v).toMatchObject({ number: 4, updatedAt: '2026-11-02T10:00:00.000Z', schemaVersion: 1 });
  });
});
