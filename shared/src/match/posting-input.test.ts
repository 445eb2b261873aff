import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireCorpus } from '../../test/corpus';
import { MAX_POSTING_CHARS, readPosting } from './posting-input';

const sample = readFileSync(join(requireCorpus(), 'jobs', 'jsonresume_sample.job.json'), 'utf8');

const problemOf = (text: string) => {
  const result = readPosting(text);
  if (result.ok) throw new Error('expected a problem');
  return result.error;
};

describe('readPosting', () => {
  it('structures plain text and JSON Resume job documents', () => {
    const text = readPosting('Staff Engineer at Globex. Go, Kubernetes, on-call.');
    expect(text.ok && text.value.format).toBe('text');
    const json = readPosting(sample);
    expect(json.ok && json.value.format).toBe('json');
    expect(json.ok && json.value.job.title).toBe('Web Developer');
  });

  it('refuses empty, huge, binary and too-short pastes with a message that says what to do', () => {
    expect(problemOf('   \n ')).toMatchObject({ code: 'empty' });
    expect(problemOf('word '.repeat(MAX_POSTING_CHARS / 4))).toMatchObject({
      code: 'too_long',
      message: expect.stringContaining('125,000 characters; the most a posting can be is 100,000'),
    });
    expect(problemOf('%PDF-1.7\n%âãÏÓ\n1 0 obj')).toMatchObject({
      code: 'binary',
      message: expect.stringContaining('PDF'),
    });
    expect(problemOf('\u0000\u0001\u0002garbage'.repeat(50))).toMatchObject({ code: 'binary' });
    expect(problemOf('QUJD'.repeat(400))).toMatchObject({
      code: 'binary',
      message: expect.stringContaining('encoded'),
    });
    expect(problemOf('Engineer wanted')).toMatchObject({
      code: 'too_short',
      message: expect.stringContaining('only 2 words'),
    });
  });

  it('names the field that makes a JSON file not a job', () => {
    const badSkills = JSON.stringify({ title: 'Dev', skills: [{ name: 'Web', keywords: 'HTML' }] });
    expect(problemOf(badSkills).message).toBe(
      'This is not a valid JSON Resume job: skills[0].keywords: Invalid input: expected array, received string.',
    );
    expect(problemOf('{ "title": "Dev", }').message).toMatch(
      /^This file is not valid JSON \(line 1, column \d+\)/,
    );
    expect(problemOf('{"basics": {"name": "Ada"}}')).toMatchObject({ code: 'is_a_resume' });
    expect(problemOf('{"foo": 1}').message).toContain('none of a job posting’s fields');
  });
});
