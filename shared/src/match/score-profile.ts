// Score parts about the person rather than keywords: title and seniority, years, education.
import type { Seniority } from '../job/model';
import type { IsoDate } from '../lib/dates';
import type { Resume, Work } from '../resume/model';
import { makePart, MatchPartId, round1, type MatchPart } from './analysis-model';
import {
  candidateSeniority,
  careerSpan,
  describeSpan,
  highestDegree,
  rolesByRecency,
} from './career';
import { DEGREE_LABELS, DEGREE_RANK, isDegreeLevel } from './degrees';
import { withImplied } from './skills-vocabulary';
import { skillMatcher } from './term-matcher';
import { SENIORITY_LABELS, SENIORITY_RANK, titleSimilarity } from './titles';
import { tokenize } from './tokens';

/** How well the candidate's level fits the posting's: a level below is a stretch, far above may read as overqualified. */
function seniorityFit(job: Seniority, candidate: Seniority): number {
  const diff = SENIORITY_RANK[candidate] - SENIORITY_RANK[job];
  if (diff >= 3) return 0.7;
  if (diff >= 0) return 1;
  if (diff === -1) return 0.6;
  if (diff === -2) return 0.25;
  return 0;
}

export function titlePart(
  resume: Resume,
  jobTitle: string | undefined,
  jobSeniority: Seniority | undefined,
  today: IsoDate,
): MatchPart {
  if (!jobTitle && !jobSeniority) {
    return makePart(
      MatchPartId.Title,
      false,
      0,
      'Not counted',
      'The posting has no title or level to compare with.',
    );
  }
  const candidates = [
    ...(resume.basics?.label
      ? [{ title: resume.basics.label, where: 'your headline', recency: 1 }]
      : []),
    ...rolesByRecency(resume)
      .slice(0, 4)
      .filter((w) => w.position)
      .map((w, i) => ({
        title: w.position as string,
        where: w.name ? `your role at ${w.name}` : 'a past role',
        recency: i === 0 ? 1 : i === 1 ? 0.9 : 0.8,
      })),
  ];
  let best = { score: 0, title: '', where: '', similarity: 0 };
  if (jobTitle) {
    for (const c of candidates) {
      const similarity = titleSimilarity(jobTitle, c.title);
      if (similarity * c.recency > best.score)
        best = { score: similarity * c.recency, title: c.title, where: c.where, similarity };
    }
  }
  const titleText = !jobTitle
    ? ''
    : best.score > 0
      ? `The closest title, “${best.title}” (${best.where}), covers ${Math.round(best.similarity * 100)}% of “${jobTitle}”${best.score < best.similarity ? ` (older roles count ${Math.round((best.score / best.similarity) * 100)}%)` : ''}.`
      : candidates.length === 0
        ? `Your resume has no headline or job titles to compare with “${jobTitle}”.`
        : `None of your titles (${candidates.map((c) => `“${c.title}”`).join(', ')}) shares the role words of “${jobTitle}”.`;
  if (!jobSeniority) {
    return makePart(
      MatchPartId.Title,
      true,
      best.score,
      `${Math.round(best.score * 100)}% title match`,
      `${titleText} The posting does not say how senior the role is, so only the title counts.`,
    );
  }
  const you = candidateSeniority(resume, today);
  const fit = seniorityFit(jobSeniority, you.level);
  // Level only counts inside the same line of work: a senior accountant is not a senior engineer.
  const score = jobTitle ? best.score * (0.7 + 0.3 * fit) : fit;
  const levelText = `The posting reads as ${SENIORITY_LABELS[jobSeniority]}; you read as ${SENIORITY_LABELS[you.level]} (from ${you.from}), a ${Math.round(fit * 100)}% level fit.`;
  const howText = jobTitle
    ? ' This part is the title match × (70% + 30% × level fit), so level only counts when the role itself matches.'
    : '';
  return makePart(
    MatchPartId.Title,
    true,
    score,
    `${Math.round(best.score * 100)}% title, ${Math.round(fit * 100)}% level`,
    `${titleText} ${levelText}${howText}`.trim(),
  );
}

/** A role counts toward the years asked when its title or its text relates to the posting. */
function relevantRoles(
  work: readonly Work[],
  jobTitle: string | undefined,
  jobTermIds: ReadonlySet<string>,
) {
  const matcher = skillMatcher();
  return work.map((w) => {
    if (jobTitle && w.position && titleSimilarity(jobTitle, w.position) >= 0.75)
      return { work: w, relevant: true };
    const text = [w.position, w.description, w.summary, ...(w.highlights ?? [])]
      .filter(Boolean)
      .join('\n');
    const relevant = matcher
      .find(text)
      .some((hit) => hit.termIds.some((id) => withImplied(id).some((t) => jobTermIds.has(t))));
    return { work: w, relevant };
  });
}

function roleName(w: Work): string {
  return [w.position, w.name].filter(Boolean).join(' at ') || 'an untitled role';
}

/**
 * Years in roles that relate to the job (its title, or one of its hard skills in the role's
 * text), against the years the posting asks for. Unrelated roles are named, not silently dropped.
 */
export function experiencePart(
  resume: Resume,
  job: { minYears: number | undefined; title: string | undefined; termIds: ReadonlySet<string> },
  today: IsoDate,
): MatchPart {
  const work = resume.work ?? [];
  const judged =
    job.termIds.size > 0 || job.title
      ? relevantRoles(work, job.title, job.termIds)
      : work.map((w) => ({ work: w, relevant: true }));
  const counted = judged.filter((r) => r.relevant).map((r) => r.work);
  const skipped = judged.filter((r) => !r.relevant).map((r) => r.work);
  const span = careerSpan(counted, today);
  const { minYears } = job;
  if (minYears === undefined || minYears <= 0) {
    return makePart(
      MatchPartId.Experience,
      false,
      0,
      'Not counted',
      `The posting names no number of years, so this part is left out. Your related roles cover ${span.years} years.`,
    );
  }
  const skippedNote =
    skipped.length > 0
      ? ` Not counted, as nothing in them relates to this posting: ${skipped.slice(0, 4).map(roleName).join('; ')}${skipped.length > 4 ? ` and ${skipped.length - 4} more` : ''}.`
      : '';
  const undatedNote =
    span.undatedRoles > 0
      ? ` ${span.undatedRoles} related role${span.undatedRoles === 1 ? ' has' : 's have'} no dates and could not be counted.`
      : '';
  if (span.datedRoles === 0) {
    return makePart(
      MatchPartId.Experience,
      true,
      0,
      `0 of ${minYears}+ years`,
      `The posting asks for ${minYears}+ years; none of your dated roles relates to it by title or skills.${skippedNote}${undatedNote}`,
    );
  }
  const score = Math.min(1, span.years / minYears);
  const verdict =
    span.years >= minYears
      ? 'which meets it'
      : `${round1(minYears - span.years)} years short, so ${Math.round(score * 100)}% of the points`;
  return makePart(
    MatchPartId.Experience,
    true,
    score,
    `${span.years} of ${minYears}+ years`,
    `Your ${span.datedRoles} related role${span.datedRoles === 1 ? ' covers' : 's cover'} ${span.years} years (${describeSpan(span)}, overlaps counted once); the posting asks for ${minYears}+, ${verdict}.${skippedNote}${undatedNote}`,
  );
}

function fieldMatches(area: string, fields: readonly string[]): boolean {
  const areaStems = new Set(tokenize(area).map((t) => t.stem));
  return fields.some((f) => tokenize(f).some((t) => t.lower.length > 3 && areaStems.has(t.stem)));
}

export function educationPart(
  resume: Resume,
  degree: string | undefined,
  fields: readonly string[],
): MatchPart {
  if (!isDegreeLevel(degree)) {
    return makePart(
      MatchPartId.Education,
      false,
      0,
      'Not counted',
      'The posting does not ask for a degree, so this part is left out.',
    );
  }
  const asked = `${DEGREE_LABELS[degree]}${fields.length > 0 ? ` in ${fields.join(' or ')}` : ''}`;
  const best = highestDegree(resume);
  if (!best) {
    return makePart(
      MatchPartId.Education,
      true,
      0,
      'No degree found',
      `The posting asks for a ${asked}; no degree is listed in your Education section (or its degree name was not recognised).`,
    );
  }
  const yours = `${best.studyType}${best.area ? ` in ${best.area}` : ''}`;
  const gap = DEGREE_RANK[degree] - DEGREE_RANK[best.level];
  const levelScore = gap <= 0 ? 1 : gap === 1 ? 0.4 : 0;
  const fieldOk = fields.length === 0 || !best.area || fieldMatches(best.area, fields);
  const score = levelScore * (fieldOk ? 1 : 0.8);
  const levelText =
    gap <= 0
      ? 'which meets the level'
      : `one level below (${Math.round(levelScore * 100)}% of the points)`;
  const fieldText = fieldOk ? '' : ` Your field is not one the posting names, so 80% of that.`;
  return makePart(
    MatchPartId.Education,
    true,
    score,
    gap <= 0 ? 'Degree level met' : 'Below the level asked',
    `The posting asks for a ${asked}; your highest is ${yours} (${DEGREE_LABELS[best.level]}), ${levelText}.${fieldText}`,
  );
}
