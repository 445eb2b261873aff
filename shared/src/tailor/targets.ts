// The pieces of a resume a model may rewrite, each with an id the prompt and the answer share.
import type { Resume } from '../resume/model';

export const TargetKind = {
  Summary: 'summary',
  /** One highlight of a role or project. */
  Bullet: 'bullet',
  /** A role's summary or a project's description: a paragraph under the entry. */
  Paragraph: 'paragraph',
} as const;
export type TargetKind = (typeof TargetKind)[keyof typeof TargetKind];

export type RewriteTarget = {
  /** "summary", "work.0.highlights.2", "projects.1.description". */
  readonly id: string;
  readonly kind: TargetKind;
  /** For people: "Experience · Software Engineer, Google · bullet 3". */
  readonly where: string;
  readonly text: string;
};

type EntryKey = 'work' | 'volunteer' | 'projects';
const ENTRY_LABELS: Readonly<Record<EntryKey, string>> = {
  work: 'Experience',
  volunteer: 'Volunteering',
  projects: 'Projects',
};
const PARAGRAPH_FIELD: Readonly<Record<EntryKey, 'summary' | 'description'>> = {
  work: 'summary',
  volunteer: 'summary',
  projects: 'description',
};

type Entry = { highlights?: string[]; summary?: string; description?: string };

function entryName(resume: Resume, key: EntryKey, index: number): string {
  if (key === 'projects') return resume.projects?.[index]?.name?.trim() || 'untitled project';
  const role = key === 'work' ? resume.work?.[index] : resume.volunteer?.[index];
  const org = key === 'work' ? resume.work?.[index]?.name : resume.volunteer?.[index]?.organization;
  return [role?.position, org].filter((p) => p?.trim()).join(', ') || 'untitled entry';
}

function entriesOf(resume: Resume, key: EntryKey): Entry[] {
  return (resume[key] ?? []) as Entry[];
}

/** Every rewritable text in the resume, in reading order; empty texts are left out. */
export function rewriteTargets(resume: Resume): RewriteTarget[] {
  const out: RewriteTarget[] = [];
  const summary = resume.basics?.summary?.trim();
  if (summary)
    out.push({ id: 'summary', kind: TargetKind.Summary, where: 'Summary', text: summary });
  for (const key of ['work', 'projects', 'volunteer'] as const) {
    entriesOf(resume, key).forEach((entry, i) => {
      const name = `${ENTRY_LABELS[key]} · ${entryName(resume, key, i)}`;
      const field = PARAGRAPH_FIELD[key];
      const paragraph = entry[field]?.trim();
      if (paragraph)
        out.push({
          id: `${key}.${i}.${field}`,
          kind: TargetKind.Paragraph,
          where: name,
          text: paragraph,
        });
      (entry.highlights ?? []).forEach((h, j) => {
        if (h.trim())
          out.push({
            id: `${key}.${i}.highlights.${j}`,
            kind: TargetKind.Bullet,
            where: `${name} · bullet ${j + 1}`,
            text: h.trim(),
          });
      });
    });
  }
  return out;
}

type ParsedId =
  | { readonly kind: 'summary' }
  | { readonly kind: 'paragraph'; readonly key: EntryKey; readonly entry: number }
  | {
      readonly kind: 'bullet';
      readonly key: EntryKey;
      readonly entry: number;
      readonly bullet: number;
    };

function parseTargetId(id: string): ParsedId | undefined {
  if (id === 'summary') return { kind: 'summary' };
  const m =
    /^(work|volunteer|projects)\.(\d{1,3})\.(summary|description|highlights)(?:\.(\d{1,3}))?$/.exec(
      id,
    );
  if (!m) return undefined;
  const key = m[1] as EntryKey;
  const entry = Number(m[2]);
  if (m[3] === 'highlights')
    return m[4] === undefined ? undefined : { kind: 'bullet', key, entry, bullet: Number(m[4]) };
  if (m[3] !== PARAGRAPH_FIELD[key] || m[4] !== undefined) return undefined;
  return { kind: 'paragraph', key, entry };
}

/** Writes new text at a target id in a resume the caller owns; false when the id names nothing. */
export function writeTarget(resume: Resume, id: string, text: string): boolean {
  const parsed = parseTargetId(id);
  if (!parsed) return false;
  if (parsed.kind === 'summary') {
    if (!resume.basics?.summary) return false;
    resume.basics.summary = text;
    return true;
  }
  const entry = entriesOf(resume, parsed.key)[parsed.entry];
  if (!entry) return false;
  if (parsed.kind === 'paragraph') {
    const field = PARAGRAPH_FIELD[parsed.key];
    if (!entry[field]) return false;
    entry[field] = text;
    return true;
  }
  if (!entry.highlights || parsed.bullet >= entry.highlights.length) return false;
  entry.highlights[parsed.bullet] = text;
  return true;
}
