// From a model's tailoring answer to suggestions a person reviews: checked by the guard, unusable ones dropped with a reason.
import type { TailorOutput } from '../ai/tasks/tailor/v1';
import { resolveSectionLayout, sectionHasContent, SectionKey, type Resume } from '../resume/model';
import { buildEvidence, type Evidence } from '../guard/evidence';
import { findUnsupported, type Finding } from '../guard/find-unsupported';
import { rewriteTargets, TargetKind } from './targets';

export const SuggestionKind = {
  Summary: 'summary',
  Rewrite: 'rewrite',
  SkillsOrder: 'skills-order',
  SectionUp: 'section-up',
} as const;
export type SuggestionKind = (typeof SuggestionKind)[keyof typeof SuggestionKind];

type Common = {
  /** Stable within one tailoring: "s1", "s2"… */
  readonly id: string;
  readonly reason: string;
  /** What the guard found invented; a flagged suggestion starts rejected-until-chosen. */
  readonly flags: readonly Finding[];
};

export type Suggestion =
  | (Common & {
      readonly kind: typeof SuggestionKind.Summary | typeof SuggestionKind.Rewrite;
      readonly targetId: string;
      readonly where: string;
      readonly before: string;
      readonly after: string;
    })
  | (Common & {
      readonly kind: typeof SuggestionKind.SkillsOrder;
      /** Skill names as the resume lists them, in the new order (those the model named first). */
      readonly order: readonly string[];
      readonly before: readonly string[];
    })
  | (Common & {
      readonly kind: typeof SuggestionKind.SectionUp;
      readonly section: SectionKey;
      readonly label: string;
    });

/** Something the model proposed that cannot be offered at all, and why. */
export type DroppedSuggestion = { readonly what: string; readonly reason: string };

export type Tailoring = {
  readonly suggestions: readonly Suggestion[];
  readonly dropped: readonly DroppedSuggestion[];
};

export const SECTION_LABELS: Readonly<Record<SectionKey, string>> = {
  summary: 'Summary',
  work: 'Experience',
  volunteer: 'Volunteering',
  education: 'Education',
  awards: 'Awards',
  certificates: 'Certificates',
  publications: 'Publications',
  skills: 'Skills',
  languages: 'Languages',
  interests: 'Interests',
  references: 'References',
  projects: 'Projects',
};

const SECTION_ALIASES: Readonly<Record<string, SectionKey>> = {
  experience: 'work',
  'work experience': 'work',
  employment: 'work',
  volunteering: 'volunteer',
  certifications: 'certificates',
  certification: 'certificates',
  skill: 'skills',
  project: 'projects',
};

function sectionKeyOf(name: string): SectionKey | undefined {
  const key = name.trim().toLowerCase();
  if ((Object.values(SectionKey) as string[]).includes(key)) return key as SectionKey;
  return SECTION_ALIASES[key];
}

/** Every skill name the resume lists (group names and keywords), in order. */
export function resumeSkillNames(resume: Resume): string[] {
  return (resume.skills ?? []).flatMap((s) => [...(s.name ? [s.name] : []), ...(s.keywords ?? [])]);
}

const same = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** Longest text a rewrite may have: a generous paragraph, so a runaway answer cannot flood the resume. */
const MAX_REWRITE_CHARS = 1200;

function textSuggestions(
  resume: Resume,
  output: TailorOutput,
  evidence: Evidence,
  nextId: () => string,
  dropped: DroppedSuggestion[],
): Suggestion[] {
  const targets = new Map(rewriteTargets(resume).map((t) => [t.id, t]));
  const out: Suggestion[] = [];
  const used = new Set<string>();
  const proposals = [
    ...(output.summary ? [{ id: 'summary', ...output.summary }] : []),
    ...output.rewrites,
  ];
  for (const p of proposals) {
    const target = targets.get(p.id.trim());
    const after = p.text.replace(/\s+/g, ' ').trim();
    const what = target ? target.where : `Rewrite of “${p.id}”`;
    if (!target) {
      dropped.push({ what, reason: 'It points at a part of the resume that does not exist.' });
      continue;
    }
    if (used.has(target.id)) {
      dropped.push({ what, reason: 'The model proposed a second rewrite of the same text.' });
      continue;
    }
    if (after === '' || after.length > MAX_REWRITE_CHARS) {
      dropped.push({
        what,
        reason: after === '' ? 'The rewrite was empty.' : 'The rewrite was far too long.',
      });
      continue;
    }
    if (same(after, target.text)) continue;
    used.add(target.id);
    out.push({
      id: nextId(),
      kind: target.kind === TargetKind.Summary ? SuggestionKind.Summary : SuggestionKind.Rewrite,
      targetId: target.id,
      where: target.where,
      before: target.text,
      after,
      reason: p.reason.trim(),
      flags: findUnsupported(after, evidence),
    });
  }
  return out;
}

function skillsSuggestion(
  resume: Resume,
  output: TailorOutput,
  nextId: () => string,
  dropped: DroppedSuggestion[],
): Suggestion[] {
  const names = resumeSkillNames(resume);
  if (output.skillsOrder.length === 0 || names.length < 2) return [];
  const wanted: string[] = [];
  const unknown: string[] = [];
  for (const raw of output.skillsOrder) {
    const match = names.find((n) => same(n, raw));
    if (!match) unknown.push(raw.trim());
    else if (!wanted.includes(match)) wanted.push(match);
  }
  if (unknown.length)
    dropped.push({
      what: `Skills order: ${unknown.join(', ')}`,
      reason: 'Not in your resume, so they were left out of the new order.',
    });
  const order = [...wanted, ...names.filter((n) => !wanted.includes(n))];
  if (order.every((n, i) => n === names[i])) return [];
  return [
    {
      id: nextId(),
      kind: SuggestionKind.SkillsOrder,
      order,
      before: names,
      reason: 'The skills this job asks for first, so a recruiter skimming sees them at once.',
      flags: [],
    },
  ];
}

function sectionSuggestions(
  resume: Resume,
  output: TailorOutput,
  nextId: () => string,
  dropped: DroppedSuggestion[],
): Suggestion[] {
  const layout = resolveSectionLayout(resume).filter((s) => sectionHasContent(resume, s.key));
  const out: Suggestion[] = [];
  for (const move of output.sectionsToMoveUp) {
    const key = sectionKeyOf(move.section);
    if (!key || !layout.some((s) => s.key === key)) {
      dropped.push({
        what: `Move “${move.section}” up`,
        reason: 'Your resume has no such section with content.',
      });
      continue;
    }
    const firstOther = layout.find((s) => s.key !== 'summary');
    if (key === 'summary' || firstOther?.key === key) continue;
    if (out.some((s) => s.kind === SuggestionKind.SectionUp && s.section === key)) continue;
    out.push({
      id: nextId(),
      kind: SuggestionKind.SectionUp,
      section: key,
      label: SECTION_LABELS[key],
      reason: move.reason.trim(),
      flags: [],
    });
  }
  return out;
}

/**
 * Turns the model's answer into reviewable suggestions. Each text is checked against the base
 * resume and the user's notes; what adds facts is flagged with the reason, what cannot apply is
 * dropped with the reason.
 */
export function reviewTailoring(resume: Resume, output: TailorOutput, notes = ''): Tailoring {
  const evidence = buildEvidence({ resume, notes });
  let n = 0;
  const nextId = () => `s${++n}`;
  const dropped: DroppedSuggestion[] = [];
  const suggestions = [
    ...textSuggestions(resume, output, evidence, nextId, dropped),
    ...skillsSuggestion(resume, output, nextId, dropped),
    ...sectionSuggestions(resume, output, nextId, dropped),
  ];
  return { suggestions, dropped };
}
