// What the user pasted or picked, checked before structuring: empty, huge, binary, a resume, bad JSON.
import { JobSchema, type Job } from '../job/model';
import { err, ok, type Result } from '../lib/result';
import { describeZodIssue } from '../lib/versioned';
import { structureJob, structureJobFile, type StructuredJob } from './structure-job';

/** Generous for any real posting (the longest are ~20,000 characters), small enough to stay fast. */
export const MAX_POSTING_CHARS = 100_000;
/** A JSON Resume job file is a few kilobytes; a megabyte is already far too much. */
export const MAX_JOB_FILE_BYTES = 1_000_000;

export type PostingProblem = {
  readonly code:
    | 'empty'
    | 'too_long'
    | 'binary'
    | 'too_short'
    | 'not_json'
    | 'not_a_job'
    | 'is_a_resume'
    | 'too_large';
  readonly message: string;
};

export type ReadPosting = StructuredJob & {
  /** `json` when the text was a JSON Resume job document. */
  readonly format: 'text' | 'json';
};

const MIN_WORDS = 5;

function problem(code: PostingProblem['code'], message: string): PostingProblem {
  return { code, message };
}

/** Share of characters that never occur in text someone copied: control codes, U+FFFD. */
function controlShare(sample: string): number {
  let count = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    const isTextControl = code === 9 || code === 10 || code === 12 || code === 13;
    if ((code < 32 && !isTextControl) || code === 0xfffd) count += 1;
  }
  return sample.length === 0 ? 0 : count / sample.length;
}

/** Plain-text checks shared by pastes and files. */
export function checkPostingText(text: string): PostingProblem | undefined {
  if (text.trim() === '') return problem('empty', 'Paste the job posting’s text.');
  if (text.length > MAX_POSTING_CHARS) {
    return problem(
      'too_long',
      `That is ${text.length.toLocaleString('en-US')} characters; the most a posting can be is ${MAX_POSTING_CHARS.toLocaleString('en-US')}. Paste only the posting itself, not the whole page.`,
    );
  }
  const sample = text.slice(0, 20_000);
  if (/^(?:%PDF-|PK|\u00d0\u00cf)/.test(text) || controlShare(sample) > 0.01) {
    return problem(
      'binary',
      'This looks like the inside of a file (a PDF or a Word document), not text. Open the posting, select its text, copy it and paste that.',
    );
  }
  const longRuns = sample.match(/[A-Za-z0-9+/=]{200,}/g)?.join('').length ?? 0;
  if (longRuns / sample.length > 0.5) {
    return problem(
      'binary',
      'This looks like encoded data, not a job posting. Paste the posting’s text.',
    );
  }
  const words = text.match(/\p{L}{2,}/gu)?.length ?? 0;
  if (words < MIN_WORDS) {
    return problem(
      'too_short',
      `That is only ${words} word${words === 1 ? '' : 's'}, too little to be a job posting. Paste the whole posting.`,
    );
  }
  return undefined;
}

function jsonPosition(message: string, text: string): string {
  const position = Number(message.match(/position (\d+)/)?.[1]);
  if (!Number.isFinite(position)) return '';
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

const JOB_FIELDS = [
  'title',
  'description',
  'responsibilities',
  'qualifications',
  'skills',
] as const;

/** Reads a JSON Resume job document, naming the field that is wrong when it is not one. */
export function parseJobFile(text: string): Result<Job, PostingProblem> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const where = jsonPosition(error instanceof Error ? error.message : '', text);
    return err(
      problem(
        'not_json',
        `This file is not valid JSON${where}, so it cannot be a JSON Resume job.`,
      ),
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err(
      problem(
        'not_a_job',
        'This JSON is not a JSON Resume job: it should be one object with a title, a description, qualifications…',
      ),
    );
  }
  const record = raw as Record<string, unknown>;
  if ('basics' in record || 'work' in record) {
    return err(
      problem(
        'is_a_resume',
        'This is a resume in JSON Resume format, not a job posting. Add it under Resumes instead.',
      ),
    );
  }
  const parsed = JobSchema.safeParse(raw);
  if (!parsed.success) {
    return err(
      problem(
        'not_a_job',
        `This is not a valid JSON Resume job: ${describeZodIssue(parsed.error)}.`,
      ),
    );
  }
  if (!JOB_FIELDS.some((field) => parsed.data[field] !== undefined)) {
    return err(
      problem(
        'not_a_job',
        `This JSON has none of a job posting’s fields (${JOB_FIELDS.join(', ')}), so it is not a JSON Resume job.`,
      ),
    );
  }
  return ok(parsed.data);
}

/**
 * Checks and structures a posting: JSON Resume job documents (pasted or from a file) keep their
 * fields; anything else is read as the posting’s text.
 */
export function readPosting(text: string): Result<ReadPosting, PostingProblem> {
  if (text.length > MAX_JOB_FILE_BYTES * 4)
    return err(problem('too_large', 'That is far too large to be a job posting.'));
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    if (text.length > MAX_JOB_FILE_BYTES) {
      return err(
        problem(
          'too_large',
          `This file is ${Math.round(text.length / 1000).toLocaleString('en-US')} kB; a JSON Resume job is a few kB. Check it is the right file.`,
        ),
      );
    }
    const job = parseJobFile(trimmed);
    if (!job.ok) return job;
    return ok({ ...structureJobFile(job.value), format: 'json' });
  }
  const invalid = checkPostingText(text);
  if (invalid) return err(invalid);
  return ok({ ...structureJob(text), format: 'text' });
}
