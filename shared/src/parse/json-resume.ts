// JSON Resume files: validated against the Resume schema; a bad field is named in the message.
import { err, ok, type Result } from '../lib/result';
import { describeZodIssue } from '../lib/versioned';
import { ResumeSchema, SECTION_KEYS, type Resume } from '../resume/model';
import { parseError, type ParseError } from './errors';
import type { ParseResult, SourceSection } from './types';

const KNOWN_KEYS = new Set<string>(['basics', 'meta', '$schema', ...SECTION_KEYS]);

/** Parses and validates a JSON Resume document. */
export function parseJsonResume(text: string, fileName?: string): Result<ParseResult, ParseError> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const where = error instanceof SyntaxError ? ` (${error.message})` : '';
    return err(parseError('invalid_json_resume', `It is not valid JSON${where}.`));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return err(parseError('invalid_json_resume', 'The top level must be an object.'));
  }
  const keys = Object.keys(data);
  if (!keys.some((k) => KNOWN_KEYS.has(k) && k !== '$schema')) {
    return err(
      parseError(
        'invalid_json_resume',
        'It has none of the JSON Resume sections (basics, work, education, skills…).',
      ),
    );
  }
  const parsed = ResumeSchema.safeParse(data);
  if (!parsed.success) {
    return err(parseError('invalid_json_resume', `${describeZodIssue(parsed.error)}.`));
  }
  const resume: Resume = {
    ...parsed.data,
    meta: {
      ...parsed.data.meta,
      source: { kind: 'json', ...(fileName ? { fileName } : {}) },
    },
  };
  const sections: SourceSection[] = SECTION_KEYS.filter((key) =>
    key === 'summary' ? Boolean(resume.basics?.summary) : (resume[key]?.length ?? 0) > 0,
  ).map((key) => ({
    key,
    heading: key,
    text: JSON.stringify(key === 'summary' ? resume.basics?.summary : resume[key], null, 2),
  }));
  return ok({
    resume,
    // A JSON Resume says what each field is: nothing was guessed.
    confidence: {},
    warnings: [],
    layout: { format: 'json', pages: 1, columns: 1, gutter: false, lines: 0 },
    sections,
  });
}
