// The match between a resume and a job, without a model: a 0–100 score from weighted, explained parts.
import type { JobDetails, JobRecord } from '../job/model';
import type { IsoDate } from '../lib/dates';
import type { Resume } from '../resume/model';
import {
  makePart,
  MatchPartId,
  round1,
  type MatchAnalysis,
  type MatchPart,
  type TermMatch,
} from './analysis-model';
import { checkToday } from './career';
import { checkResume } from './checks';
import { parseSkillRequirement } from './job-skills';
import {
  bestOccurrence,
  indexResumeTerms,
  occurrencesOf,
  PLACEMENT_CREDIT,
  PLACEMENT_LABELS,
  type ResumeTermIndex,
  type TermOccurrence,
} from './resume-terms';
import { educationPart, experiencePart, titlePart } from './score-profile';
import { isSoftSkill, withImplied } from './skills-vocabulary';

export type MatchOptions = {
  /** Today as an ISO date: shared code has no clock, and "Present" needs one. */
  readonly today: IsoDate;
};

/** What the analysis needs from a job: the structured posting and its details. */
export type JobForMatch = Pick<JobRecord, 'job' | 'details'>;

const SOFT_WEIGHT = 0.5;

/** Matches one stored requirement line against the resume, taking the best-placed alternative. */
export function matchRequirement(
  index: ResumeTermIndex,
  line: string,
  required: boolean,
): TermMatch {
  const alternatives = parseSkillRequirement(line);
  const termIds = alternatives.flatMap((a) => (a.termId ? [a.termId] : []));
  const soft =
    alternatives.length > 0 &&
    alternatives.every((a) => a.termId !== undefined && isSoftSkill(a.termId));
  let best: { label: string; occurrences: readonly TermOccurrence[]; credit: number } | undefined;
  for (const alternative of alternatives) {
    const occurrences = occurrencesOf(index, alternative);
    const top = bestOccurrence(occurrences);
    if (!top) continue;
    const credit = PLACEMENT_CREDIT[top.placement];
    if (!best || credit > best.credit) best = { label: alternative.label, occurrences, credit };
  }
  const base = { requirement: line, required, weight: soft ? SOFT_WEIGHT : 1, termIds };
  if (!best) return { ...base, matched: false, occurrences: [] };
  const sorted = [...best.occurrences].sort(
    (a, b) => PLACEMENT_CREDIT[b.placement] - PLACEMENT_CREDIT[a.placement],
  );
  return {
    ...base,
    matched: true,
    matchedLabel: best.label,
    occurrences: sorted,
    ...(sorted[0] ? { bestPlacement: sorted[0].placement } : {}),
  };
}

function listLabels(terms: readonly TermMatch[], max = 6): string {
  const labels = terms.map((t) => t.requirement);
  return labels.length <= max
    ? labels.join(', ')
    : `${labels.slice(0, max).join(', ')} and ${labels.length - max} more`;
}

function coveragePart(
  id: MatchPartId,
  terms: readonly TermMatch[],
  kind: 'required' | 'preferred',
): MatchPart {
  if (terms.length === 0) {
    return makePart(
      id,
      false,
      0,
      'Not counted',
      `The posting lists no ${kind} skills, so this part is left out of the score.`,
    );
  }
  const total = terms.reduce((s, t) => s + t.weight, 0);
  const found = terms.filter((t) => t.matched);
  const earned = found.reduce((s, t) => s + t.weight, 0);
  const missing = terms.filter((t) => !t.matched);
  const softNote = terms.some((t) => t.weight < 1)
    ? ` Soft skills (communication, teamwork…) count half, since recruiters judge them from the whole resume rather than a keyword.`
    : '';
  const alternativesNote = terms.some((t) => / or /.test(t.requirement))
    ? ' A requirement with alternatives (“A or B”) counts as found when any one of them is.'
    : '';
  const missingNote =
    missing.length > 0 ? ` Not found: ${listLabels(missing)}.` : ' All of them are there.';
  return makePart(
    id,
    true,
    earned / total,
    `${found.length} of ${terms.length} found`,
    `Your resume shows ${found.length} of the ${terms.length} ${kind} skills (${round1(earned)} of ${round1(total)} weighted).${missingNote}${softNote}${alternativesNote}`,
  );
}

function placementPart(matched: readonly TermMatch[], anySkills: boolean): MatchPart {
  if (!anySkills) {
    return makePart(
      MatchPartId.Placement,
      false,
      0,
      'Not counted',
      'The posting lists no skills, so there is nothing to place.',
    );
  }
  if (matched.length === 0) {
    return makePart(
      MatchPartId.Placement,
      true,
      0,
      'No skills matched',
      'None of the posting’s skills appear in your resume yet, so none are shown in use.',
    );
  }
  const total = matched.reduce((s, t) => s + t.weight, 0);
  const earned = matched.reduce(
    (s, t) => s + t.weight * PLACEMENT_CREDIT[t.bestPlacement ?? 'other'],
    0,
  );
  const inUse = matched.filter(
    (t) => t.bestPlacement === 'experience' || t.bestPlacement === 'projects',
  );
  const listedOnly = matched.filter((t) => t.bestPlacement === 'skills');
  const elsewhere = matched.length - inUse.length - listedOnly.length;
  const credits = Object.entries(PLACEMENT_CREDIT)
    .map(
      ([p, c]) => `${PLACEMENT_LABELS[p as keyof typeof PLACEMENT_LABELS]} ${Math.round(c * 100)}%`,
    )
    .join(', ');
  const listedNote =
    listedOnly.length > 0
      ? ` Only in your Skills list: ${listLabels(listedOnly)}; a bullet that shows one in use would count in full.`
      : '';
  return makePart(
    MatchPartId.Placement,
    true,
    earned / total,
    `${inUse.length} of ${matched.length} shown in use`,
    `Of the ${matched.length} skills you match, ${inUse.length} appear in your experience or projects, ${listedOnly.length} only in your Skills list and ${elsewhere} elsewhere (summary, education, certificates).${listedNote} Each counts by where it is best shown: ${credits}.`,
  );
}

function explainScore(parts: readonly MatchPart[], score: number): string {
  const applicable = parts.filter((p) => p.applicable);
  const available = applicable.reduce((s, p) => s + p.weight, 0);
  const earned = round1(applicable.reduce((s, p) => s + p.points, 0));
  const sum = applicable.map((p) => `${p.label} ${p.points}/${p.weight}`).join(' + ');
  const left = parts.filter((p) => !p.applicable).map((p) => p.label.toLowerCase());
  if (available === 0)
    return 'The posting gives nothing to compare against yet: add its title or skills.';
  if (left.length === 0) return `${sum} = ${earned} of 100 points, so the score is ${score}.`;
  return `${sum} = ${earned} of the ${available} points that apply (${left.join(' and ')} ${left.length === 1 ? 'is' : 'are'} not asked for in the posting), scaled to 100: ${score}.`;
}

/** The vocabulary terms (and what they imply) of a job's hard-skill requirements. */
function hardTermIds(terms: readonly TermMatch[]): Set<string> {
  const ids = new Set<string>();
  for (const t of terms) {
    if (t.weight < 1) continue;
    for (const id of t.termIds) for (const implied of withImplied(id)) ids.add(implied);
  }
  return ids;
}

/** Scores a resume against a job and explains every number; also runs the resume checks. */
export function analyseMatch(
  resume: Resume,
  jobRecord: JobForMatch,
  options: MatchOptions,
): MatchAnalysis {
  const today = checkToday(options.today);
  const index = indexResumeTerms(resume);
  const details: JobDetails = jobRecord.details;
  const required = details.requiredSkills
    .filter((l) => l.trim())
    .map((l) => matchRequirement(index, l, true));
  const preferred = details.preferredSkills
    .filter((l) => l.trim())
    .map((l) => matchRequirement(index, l, false));
  const all = [...required, ...preferred];
  const matched = all.filter((t) => t.matched);
  const parts: MatchPart[] = [
    coveragePart(MatchPartId.RequiredSkills, required, 'required'),
    coveragePart(MatchPartId.PreferredSkills, preferred, 'preferred'),
    placementPart(matched, all.length > 0),
    titlePart(resume, jobRecord.job.title, details.seniority, today),
    experiencePart(
      resume,
      { minYears: details.minYears, title: jobRecord.job.title, termIds: hardTermIds(all) },
      today,
    ),
    educationPart(resume, details.degree, details.degreeFields ?? []),
  ];
  const applicable = parts.filter((p) => p.applicable);
  const available = applicable.reduce((s, p) => s + p.weight, 0);
  const earned = applicable.reduce((s, p) => s + p.weight * p.score, 0);
  const score = available === 0 ? 0 : Math.round((earned / available) * 100);
  return {
    score,
    scoreExplanation: explainScore(parts, score),
    parts,
    matched,
    missing: all.filter((t) => !t.matched),
    checks: checkResume(resume, { today }),
  };
}
