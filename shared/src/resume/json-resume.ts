// JSON Resume files: export a Resume as a valid, lossless document and read one back.
import { err, ok, type Result } from '../lib/result';
import { describeZodIssue } from '../lib/versioned';
import { ResumeSchema, type Resume } from './model';
import { safeUrl } from './sanitise';

export type JsonResumeExport = {
  /** The file's text: two-space indented JSON with a trailing newline. */
  readonly text: string;
  /** Fields left out because they would make the file invalid or unsafe ("basics.url"). */
  readonly omitted: readonly string[];
  /** Links completed to be valid URIs ("github.com/ada" became "https://github.com/ada"). */
  readonly completed: readonly string[];
};

type Report = { omitted: string[]; completed: string[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Top-level lists whose entries carry a `url` the schema requires to be a URI. */
const URL_LISTS = [
  'work',
  'volunteer',
  'education',
  'certificates',
  'publications',
  'projects',
] as const;

/**
 * A URL field as exported: kept as written when it is a safe link, completed with https:// when it
 * was a bare host, and left out when it is empty, no link at all, or an unsafe one (`javascript:`).
 */
function exportedUrl(value: unknown, path: string, report: Report): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const url = safeUrl(value);
  if (!url) {
    report.omitted.push(path);
    return undefined;
  }
  if (url !== value) report.completed.push(path);
  return url;
}

function withUrl<T extends Record<string, unknown>>(entry: T, path: string, report: Report): T {
  if (!('url' in entry)) return entry;
  const url = exportedUrl(entry.url, `${path}.url`, report);
  const next: Record<string, unknown> = { ...entry };
  if (url === undefined) delete next.url;
  else next.url = url;
  return next as T;
}

/**
 * The resume as a JSON Resume file. Everything is kept, our settings included (they live under
 * `meta`, which the schema leaves open), so importing the file gives back the same resume. Values
 * the schema would reject are repaired (a bare host gets https://) or, when they cannot be, left
 * out, as are unsafe links; both are reported.
 */
export function toJsonResume(resume: Resume): JsonResumeExport {
  const report: Report = { omitted: [], completed: [] };
  const out: Record<string, unknown> = { ...resume };
  if (resume.basics) {
    const basics: Record<string, unknown> = withUrl({ ...resume.basics }, 'basics', report);
    if (typeof basics.email === 'string' && !EMAIL.test(basics.email.trim())) {
      if (basics.email.trim() !== '') report.omitted.push('basics.email');
      delete basics.email;
    }
    if ('image' in basics) {
      const image = exportedUrl(basics.image, 'basics.image', report);
      if (image === undefined) delete basics.image;
      else basics.image = image;
    }
    if (resume.basics.profiles) {
      basics.profiles = resume.basics.profiles.map((p, i) =>
        withUrl(p, `basics.profiles[${i}]`, report),
      );
    }
    out.basics = basics;
  }
  for (const key of URL_LISTS) {
    const list = resume[key];
    if (list) out[key] = list.map((entry, i) => withUrl(entry, `${key}[${i}]`, report));
  }
  if (resume.meta && 'canonical' in resume.meta) {
    const meta: Record<string, unknown> = { ...resume.meta };
    const canonical = exportedUrl(meta.canonical, 'meta.canonical', report);
    if (canonical === undefined) delete meta.canonical;
    else meta.canonical = canonical;
    out.meta = meta;
  }
  return { text: `${JSON.stringify(out, null, 2)}\n`, ...report };
}

export type JsonResumeProblem = {
  readonly code: 'not_json' | 'not_resume' | 'invalid_resume';
  readonly message: string;
};

/** Reads a JSON Resume file; every failure says what is wrong and where. */
export function readJsonResume(text: string): Result<Resume, JsonResumeProblem> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return err({
      code: 'not_json',
      message: `The file is not JSON (${e instanceof Error ? e.message : 'unreadable'}).`,
    });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err({ code: 'not_resume', message: 'The file is JSON but not a JSON Resume object.' });
  }
  const parsed = ResumeSchema.safeParse(raw);
  if (!parsed.success) {
    return err({
      code: 'invalid_resume',
      message: `The file is not a valid JSON Resume: ${describeZodIssue(parsed.error)}.`,
    });
  }
  return ok(parsed.data);
}
