// The shape of a match analysis: the score, its weighted parts, the terms, and the resume checks.
import type { ResumeCheck } from './checks-model';
import type { TermOccurrence, TermPlacement } from './resume-terms';

export const MatchPartId = {
  RequiredSkills: 'required-skills',
  PreferredSkills: 'preferred-skills',
  Placement: 'placement',
  Title: 'title',
  Experience: 'experience',
  Education: 'education',
} as const;
export type MatchPartId = (typeof MatchPartId)[keyof typeof MatchPartId];

/**
 * Points each part can give, out of 100. Required skills weigh most: they are what screening
 * software filters on and what a recruiter checks first. Placement rewards skills shown in use,
 * not just listed. Title and seniority, and years, are the next things a recruiter reads.
 * Preferred skills and education matter less: "nice to have" rarely rules anyone out, and many
 * postings accept experience in place of a degree. A part the posting gives no basis for (no
 * degree asked, no years named) is left out and the score is scaled to the parts that apply.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchPartId, number>> = {
  'required-skills': 35,
  'preferred-skills': 10,
  placement: 15,
  title: 15,
  experience: 15,
  education: 10,
};

export const MATCH_PART_LABELS: Readonly<Record<MatchPartId, string>> = {
  'required-skills': 'Required skills',
  'preferred-skills': 'Preferred skills',
  placement: 'Keyword placement',
  title: 'Title and seniority',
  experience: 'Years of experience',
  education: 'Education',
};

export type MatchPart = {
  readonly id: MatchPartId;
  readonly label: string;
  /** Points this part can give when it applies. */
  readonly weight: number;
  /** False when the posting gives no basis for it; it then counts for nothing either way. */
  readonly applicable: boolean;
  /** 0–1. */
  readonly score: number;
  /** weight × score, to one decimal. */
  readonly points: number;
  /** One line: "7 of 9 found". */
  readonly summary: string;
  /** How the number was reached, in plain words, with every figure it used. */
  readonly explanation: string;
};

export type TermMatch = {
  /** The requirement as stored on the job ("Vitest or Jest"). */
  readonly requirement: string;
  readonly required: boolean;
  /** 1 for a skill, 0.5 for a soft skill. */
  readonly weight: number;
  readonly matched: boolean;
  /** The alternative the resume shows, when matched. */
  readonly matchedLabel?: string;
  /** Where the resume shows it, best placement first. */
  readonly occurrences: readonly TermOccurrence[];
  readonly bestPlacement?: TermPlacement;
  /** The vocabulary ids of the requirement's alternatives (empty for unlisted terms). */
  readonly termIds: readonly string[];
};

export type MatchAnalysis = {
  /** 0–100, rounded. */
  readonly score: number;
  /** How the parts add up to the score. */
  readonly scoreExplanation: string;
  readonly parts: readonly MatchPart[];
  readonly matched: readonly TermMatch[];
  readonly missing: readonly TermMatch[];
  readonly checks: readonly ResumeCheck[];
};

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Builds a part from its 0–1 score; a part that does not apply scores nothing. */
export function makePart(
  id: MatchPartId,
  applicable: boolean,
  score: number,
  summary: string,
  explanation: string,
): MatchPart {
  const weight = MATCH_WEIGHTS[id];
  const clamped = Math.max(0, Math.min(1, score));
  return {
    id,
    label: MATCH_PART_LABELS[id],
    weight,
    applicable,
    score: applicable ? clamped : 0,
    points: applicable ? round1(weight * clamped) : 0,
    summary,
    explanation,
  };
}
