import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireCorpus } from '../../test/corpus';
import { JobDetailsSchema, JobSchema, upgradeJobRecord } from './model';

describe('Job model', () => {
  const sample: unknown = JSON.parse(
    readFileSync(join(requireCorpus(), 'jobs', 'jsonresume_sample.job.json'), 'utf8'),
  );

  it('round-trips the JSON Resume job sample losslessly', () => {
    expect(JSON.parse(JSON.stringify(JobSchema.parse(sample)))).toEqual(sample);
  });

  it('stores the original posting beside the structured job, with defaults for details', () => {
    const result = upgradeJobRecord({
      id: 'j1',
      schemaVersion: 1,
      createdAt: '2026-02-01T10:00:00.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z',
      sourceText: 'We are hiring a Web Developer…',
      job: sample,
      details: {},
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.sourceText).toBe('We are hiring a Web Developer…');
      expect(result.value.details).toEqual(JobDetailsSchema.parse({}));
      expect(result.value.details.structuredBy).toBe('rules');
    }
  });

  it('rejects a record without its posting text', () => {
    const result = upgradeJobRecord({
      id: 'j1',
      schemaVersion: 1,
      createdAt: '2026-02-01T10:00:00.000Z',
      updatedAt: '2026-02-01T10:00:00.000Z',
      job: {},
      details: {},
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_record' } });
    if (!result.ok) expect(result.error.message).toContain('sourceText');
  });
});
