import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import jsonResumeSchema from '@jsonresume/schema';
import { readTruthFiles } from '../../test/corpus';
import { moveSection, setEntryHidden } from './edit';
import { readJsonResume, toJsonResume } from './json-resume';
import { ResumeSchema, type Resume } from './model';

/** The official JSON Resume validator (the jsonschema package over the published schema). */
function schemaErrors(text: string): string[] {
  let errors: string[] = [];
  jsonResumeSchema.validate(JSON.parse(text), (e: Array<{ stack: string }> | null) => {
    errors = (e ?? []).map((x) => x.stack);
  });
  return errors;
}

const sample = ResumeSchema.parse(
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../test/fixtures/jsonresume-sample.resume.json'),
      'utf8',
    ),
  ),
);
const truths = readTruthFiles().map(([name, raw]) => [name, ResumeSchema.parse(raw)] as const);

describe('JSON Resume export', () => {
  it.each(truths)('%s is valid and round-trips exactly', (_name, resume) => {
    const { text, omitted, completed } = toJsonResume(resume);
    expect([...omitted, ...completed]).toEqual([]);
    expect(schemaErrors(text)).toEqual([]);
    const back = readJsonResume(text);
    expect(back).toEqual({ ok: true, value: resume });
  });

  it('repairs what makes the official sample invalid, and nothing else', () => {
    // The published sample has empty links and a link without a scheme, which its own schema rejects.
    expect(schemaErrors(JSON.stringify(sample))).not.toEqual([]);
    const { text, omitted, completed } = toJsonResume(sample);
    expect(schemaErrors(text)).toEqual([]);
    expect(omitted).toEqual([]);
    expect(completed).toEqual(['projects[0].url']);
    const back = readJsonResume(text);
    if (!back.ok) throw new Error(back.error.message);
    const repaired = structuredClone(sample) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    delete repaired.basics.image;
    delete repaired.basics.profiles[0].url;
    repaired.projects[0].url = 'https://missdirection.example.com';
    expect(back.value).toEqual(repaired);
    // A second export changes nothing: the repaired file is a fixed point.
    expect(toJsonResume(back.value).text).toBe(text);
  });

  it('keeps our layout settings under meta, so they come back on import', () => {
    let resume: Resume = {
      ...truths[0]![1],
      meta: { template: { id: 'sidebar', accentColor: '#aa0000', paper: 'letter' } },
    };
    resume = setEntryHidden(moveSection(resume, 'skills', 0), 'work', 0, true);
    const { text } = toJsonResume(resume);
    expect(schemaErrors(text)).toEqual([]);
    expect(readJsonResume(text)).toEqual({ ok: true, value: resume });
  });

  it('leaves out unsafe links and values the schema would reject, and says which', () => {
    const hostile: Resume = {
      basics: {
        name: '<script>alert(1)</script>',
        email: 'not-an-email',
        url: 'javascript:alert(1)',
        profiles: [
          { network: 'X', url: 'data:text/html,<b>x</b>' },
          { network: 'GitHub', url: 'github.com/ada' },
        ],
      },
      projects: [{ name: 'P', url: 'vbscript:x' }],
    };
    const { text, omitted, completed } = toJsonResume(hostile);
    expect(omitted).toEqual([
      'basics.url',
      'basics.email',
      'basics.profiles[0].url',
      'projects[0].url',
    ]);
    expect(completed).toEqual(['basics.profiles[1].url']);
    expect(text).not.toMatch(/javascript:|data:|vbscript:/);
    expect(schemaErrors(text)).toEqual([]);
    const back = JSON.parse(text) as Resume;
    expect(back.basics?.name).toBe('<script>alert(1)</script>');
    expect(back.basics?.profiles?.[1]?.url).toBe('https://github.com/ada');
  });
});

describe('JSON Resume import', () => {
  it('says what is wrong with a file it cannot read', () => {
    expect(readJsonResume('{"basics": ')).toMatchObject({ ok: false, error: { code: 'not_json' } });
    expect(readJsonResume('[1, 2]')).toMatchObject({ ok: false, error: { code: 'not_resume' } });
    expect(readJsonResume('{"work": [{"startDate": "March 2020"}]}')).toEqual({
      ok: false,
      error: {
        code: 'invalid_resume',
        message:
          'The file is not a valid JSON Resume: work[0].startDate: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD.',
      },
    });
  });
});
