import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTruthFiles } from '../../test/corpus';
import { describeZodIssue } from '../lib/versioned';
import { resolveSectionLayout, ResumeSchema, sectionHasContent } from './model';
import { upgradeResumeRecord } from './record';

const sample: unknown = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../test/fixtures/jsonresume-sample.resume.json'),
    'utf8',
  ),
);

describe('Resume model', () => {
  it('accepts the JSON Resume sample and gives back exactly what came in', () => {
    const parsed = ResumeSchema.parse(sample);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(sample);
  });

  it('keeps properties JSON Resume does not define (lossless round trip)', () => {
    const input = {
      basics: { name: 'A', 'x-pronouns': 'she/her' },
      work: [{ name: 'Acme', custom: { nested: [1, 2] } }],
      extraSection: ['kept'],
    };
    expect(ResumeSchema.parse(input)).toEqual(input);
  });

  const truths = readTruthFiles();
  it('reads at least the whole corpus', () => {
    expect(truths.length).toBeGreaterThanOrEqual(51);
  });

  it.each(truths)('round-trips corpus truth %s', (_name, truth) => {
    const parsed = ResumeSchema.parse(truth);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(truth);
  });

  it('names the field that is wrong', () => {
    const result = ResumeSchema.safeParse({ work: [{ name: 'Acme' }, { startDate: 'Jan 2020' }] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(describeZodIssue(result.error)).toBe(
        'work[1].startDate: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
      );
    }
    const wrongType = ResumeSchema.safeParse({ skills: { name: 'x' } });
    expect(wrongType.success).toBe(false);
    if (!wrongType.success) expect(describeZodIssue(wrongType.error)).toMatch(/^skills: /);
  });

  it('orders sections by meta with the rest after, and knows which have content', () => {
    const resume = ResumeSchema.parse({
      basics: { summary: '  ' },
      skills: [{ name: 'Go' }],
      meta: {
        sections: [
          { key: 'skills', title: 'Toolbox' },
          { key: 'work', hidden: true },
        ],
      },
    });
    const layout = resolveSectionLayout(resume);
    expect(layout.slice(0, 3)).toEqual([
      { key: 'skills', title: 'Toolbox' },
      { key: 'work', hidden: true },
      { key: 'summary' },
    ]);
    expect(layout).toHaveLength(12);
    expect(sectionHasContent(resume, 'skills')).toBe(true);
    expect(sectionHasContent(resume, 'summary')).toBe(false);
    expect(sectionHasContent(resume, 'work')).toBe(false);
  });
});

describe('Resume record', () => {
  const record = {
    id: 'r1',
    schemaVersion: 1,
    name: 'My resume',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 0,
    resume: sample,
  };

  it('validates a current record', () => {
    expect(upgradeResumeRecord(record)).toMatchObject({ ok: true });
  });

  it('refuses a record from a newer app instead of guessing', () => {
    const result = upgradeResumeRecord({ ...record, schemaVersion: 9 });
    expect(result).toMatchObject({ ok: false, error: { code: 'future_version' } });
  });

  it('says which field of a damaged record is wrong', () => {
    const result = upgradeResumeRecord({ ...record, revision: -1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/revision/);
  });
});
