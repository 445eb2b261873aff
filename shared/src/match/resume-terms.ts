// Where each term appears in a resume: skills list, a work bullet, the summary, a project…
import type { Resume } from '../resume/model';
import type { SkillMention } from './job-skills';
import { getSkillTerm, withImplied } from './skills-vocabulary';
import { skillMatcher } from './term-matcher';
import { tokenize, type Token } from './tokens';

export const TermPlacement = {
  Experience: 'experience',
  Projects: 'projects',
  Summary: 'summary',
  Certificates: 'certificates',
  Education: 'education',
  Skills: 'skills',
  Other: 'other',
} as const;
export type TermPlacement = (typeof TermPlacement)[keyof typeof TermPlacement];

/**
 * How much a term counts by where it is shown. A skill used in a work bullet or project is
 * evidence; one only in the Skills list is a claim, which recruiters and ranking systems weigh less.
 */
export const PLACEMENT_CREDIT: Readonly<Record<TermPlacement, number>> = {
  experience: 1,
  projects: 1,
  summary: 0.6,
  certificates: 0.6,
  education: 0.5,
  skills: 0.4,
  other: 0.3,
};

export const PLACEMENT_LABELS: Readonly<Record<TermPlacement, string>> = {
  experience: 'Experience',
  projects: 'Projects',
  summary: 'Summary',
  certificates: 'Certificates',
  education: 'Education',
  skills: 'Skills list',
  other: 'Other sections',
};

export type ResumeField = {
  readonly placement: TermPlacement;
  /** For people: "Experience · Product Manager, Google · bullet 2". */
  readonly where: string;
  readonly text: string;
  readonly tokens: readonly Token[];
};

export type TermOccurrence = {
  readonly placement: TermPlacement;
  readonly where: string;
  /** The words as written in the resume ("k8s"). */
  readonly text: string;
  /** Set when the term was implied by another one: Java found through "Java EE". */
  readonly via?: string;
};

export type ResumeTermIndex = {
  readonly fields: readonly ResumeField[];
  /** Vocabulary term id → where it occurs (directly or implied), in resume order. */
  readonly terms: ReadonlyMap<string, readonly TermOccurrence[]>;
};

function field(placement: TermPlacement, where: string, text: string | undefined): ResumeField[] {
  const t = text?.normalize('NFKC').trim();
  return t ? [{ placement, where, text: t, tokens: tokenize(t) }] : [];
}

function entryName(...parts: Array<string | undefined>): string {
  return parts.filter((p) => p && p.trim()).join(', ') || 'untitled entry';
}

/** Every piece of text in a resume that terms can be found in, with where it sits. */
export function resumeFields(resume: Resume): ResumeField[] {
  const out: ResumeField[] = [];
  const b = resume.basics;
  out.push(...field(TermPlacement.Summary, 'Headline', b?.label));
  out.push(...field(TermPlacement.Summary, 'Summary', b?.summary));
  const roles = [
    ...(resume.work ?? []).map((w) => ({ kind: 'Experience', org: w.name, ...w })),
    ...(resume.volunteer ?? []).map((v) => ({ kind: 'Volunteering', org: v.organization, ...v })),
  ];
  for (const role of roles) {
    const name = `${role.kind} · ${entryName(role.position, role.org)}`;
    out.push(...field(TermPlacement.Experience, `${name} · title`, role.position));
    out.push(
      ...field(
        TermPlacement.Experience,
        name,
        'description' in role ? role.description : undefined,
      ),
    );
    out.push(...field(TermPlacement.Experience, name, role.summary));
    (role.highlights ?? []).forEach((h, i) => {
      out.push(...field(TermPlacement.Experience, `${name} · bullet ${i + 1}`, h));
    });
  }
  for (const p of resume.projects ?? []) {
    const name = `Projects · ${entryName(p.name)}`;
    out.push(...field(TermPlacement.Projects, name, p.name));
    out.push(...field(TermPlacement.Projects, name, p.description));
    (p.highlights ?? []).forEach((h, i) => {
      out.push(...field(TermPlacement.Projects, `${name} · bullet ${i + 1}`, h));
    });
    out.push(...field(TermPlacement.Projects, name, p.keywords?.join(', ')));
  }
  for (const s of resume.skills ?? []) {
    const name = s.name ? `Skills · ${s.name}` : 'Skills';
    out.push(...field(TermPlacement.Skills, name, s.name));
    for (const k of s.keywords ?? []) out.push(...field(TermPlacement.Skills, name, k));
  }
  for (const c of resume.certificates ?? []) {
    out.push(...field(TermPlacement.Certificates, `Certificates · ${entryName(c.name)}`, c.name));
  }
  for (const e of resume.education ?? []) {
    const name = `Education · ${entryName(e.studyType, e.area, e.institution)}`;
    out.push(
      ...field(TermPlacement.Education, name, [e.studyType, e.area].filter(Boolean).join(' in ')),
    );
    out.push(...field(TermPlacement.Education, `${name} · courses`, e.courses?.join(', ')));
  }
  for (const a of resume.awards ?? []) {
    out.push(
      ...field(
        TermPlacement.Other,
        `Awards · ${entryName(a.title)}`,
        [a.title, a.summary].filter(Boolean).join('. '),
      ),
    );
  }
  for (const p of resume.publications ?? []) {
    out.push(
      ...field(
        TermPlacement.Other,
        `Publications · ${entryName(p.name)}`,
        [p.name, p.summary].filter(Boolean).join('. '),
      ),
    );
  }
  for (const i of resume.interests ?? []) {
    out.push(
      ...field(
        TermPlacement.Other,
        'Interests',
        [i.name, ...(i.keywords ?? [])].filter(Boolean).join(', '),
      ),
    );
  }
  return out;
}

/** Finds every vocabulary term in a resume, with implied broader terms, by where it appears. */
export function indexResumeTerms(resume: Resume): ResumeTermIndex {
  const fields = resumeFields(resume);
  const terms = new Map<string, TermOccurrence[]>();
  const matcher = skillMatcher();
  for (const f of fields) {
    for (const hit of matcher.find(f.text, f.tokens)) {
      for (const id of hit.termIds) {
        for (const implied of withImplied(id)) {
          const occurrence: TermOccurrence = {
            placement: f.placement,
            where: f.where,
            text: hit.text,
            ...(implied !== id ? { via: getSkillTerm(id)?.label ?? hit.text } : {}),
          };
          const list = terms.get(implied);
          if (list) list.push(occurrence);
          else terms.set(implied, [occurrence]);
        }
      }
    }
  }
  return { fields, terms };
}

const PHRASE_GAP = /^[\s\-‐‑–/]*$/;

/** Occurrences of a term the vocabulary does not list, by its words (lightly stemmed). */
function findPhrase(index: ResumeTermIndex, label: string): TermOccurrence[] {
  const wanted = tokenize(label).map((t) => t.stem);
  if (wanted.length === 0) return [];
  const out: TermOccurrence[] = [];
  for (const f of index.fields) {
    const t = f.tokens;
    for (let i = 0; i + wanted.length <= t.length; i += 1) {
      let ok = true;
      for (let k = 0; k < wanted.length && ok; k += 1) {
        const token = t[i + k] as Token;
        ok =
          token.stem === wanted[k] &&
          (k === 0 || PHRASE_GAP.test(f.text.slice((t[i + k - 1] as Token).end, token.start)));
      }
      if (ok) {
        const last = t[i + wanted.length - 1] as Token;
        out.push({
          placement: f.placement,
          where: f.where,
          text: f.text.slice((t[i] as Token).start, last.end),
        });
      }
    }
  }
  return out;
}

/** Where the resume shows one alternative of a requirement. */
export function occurrencesOf(
  index: ResumeTermIndex,
  mention: SkillMention,
): readonly TermOccurrence[] {
  if (mention.termId !== undefined) return index.terms.get(mention.termId) ?? [];
  return findPhrase(index, mention.label);
}

/** The occurrence that counts most: evidence in experience beats a mention in the skills list. */
export function bestOccurrence(occurrences: readonly TermOccurrence[]): TermOccurrence | undefined {
  let best: TermOccurrence | undefined;
  for (const o of occurrences) {
    if (!best || PLACEMENT_CREDIT[o.placement] > PLACEMENT_CREDIT[best.placement]) best = o;
  }
  return best;
}
