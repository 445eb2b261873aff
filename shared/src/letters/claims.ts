// The letters' anti-invention check: what a letter states that neither the resume, the job nor the user's notes support.
import type { Job } from '../job/model';
import { DegreeLevel, degreeLevelOf, degreeLevelsIn, DEGREE_LABELS } from '../match/degrees';
import { extractResumeFacts, findNumbers } from '../match/resume-facts';
import { getSkillTerm, isSoftSkill, withImplied } from '../match/skills-vocabulary';
import { skillMatcher } from '../match/term-matcher';
import { tokenize } from '../match/tokens';
import type { Resume } from '../resume/model';

export const ClaimKind = {
  Number: 'number',
  Date: 'date',
  Skill: 'skill',
  Name: 'name',
  Degree: 'degree',
} as const;
export type ClaimKind = (typeof ClaimKind)[keyof typeof ClaimKind];

export type LetterClaim = {
  readonly kind: ClaimKind;
  /** Offsets in the letter, for marking the claim where it stands. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Why it is flagged, in one sentence the user can act on. */
  readonly reason: string;
};

export type ClaimSources = {
  readonly resume: Resume;
  readonly job?: Job;
  /** The posting as pasted; names and numbers in it are the employer's, not invented. */
  readonly jobText?: string;
  /** What the user told us about themselves beyond the resume. */
  readonly notes?: string;
};

/** Capitalised words a letter uses that are never a claim. */
const LETTER_WORDS = new Set(
  `i i'm i've i'd i'll dear sincerely regards best kind warm yours faithfully truly thank thanks hiring manager team
  recruiter recruiting committee talent acquisition mr mrs ms dr hello hi to whom it may concern cover letter re
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

const MONTH_YEAR =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+((?:19|20)\d{2})\b/gi;

const DEGREE_PHRASE =
  /\b(?:bachelor'?s?(?: degree)?(?: of [A-Z][a-z]+)?|master'?s?(?: degree)?(?: of [A-Z][a-z]+)?|ph\.?d\.?|doctorate|mba|b\.?sc\.?|m\.?sc\.?|associate'?s? degree)\b/gi;

/** Sentences of the letter with their offsets. */
function sentences(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const re = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0] === '') re.lastIndex += 1;
  }
  return out;
}

function isFirstPerson(sentence: string): boolean {
  return /\b(?:i|i'm|i've|i'd|my|me|myself)\b/i.test(sentence.replace(/[’‘]/g, "'"));
}

/** Finds each occurrence's offset, scanning forward so repeated values get their own positions. */
function locate(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at === -1 ? text.indexOf(needle) : at;
}

/**
 * Every claim in `letter` the sources do not back: numbers and years that appear in none of them,
 * month-year dates, degrees the resume does not hold, skills the person claims (in a sentence about
 * themselves) that only the job names, and capitalised names (employers, titles, schools) found
 * nowhere. Deterministic, so the same letter always gets the same flags.
 */
export function checkLetterClaims(letter: string, sources: ClaimSources): LetterClaim[] {
  const jobText = [
    sources.jobText ?? '',
    sources.job?.title ?? '',
    sources.job?.company ?? '',
    sources.job?.description ?? '',
    ...(sources.job?.responsibilities ?? []),
    ...(sources.job?.qualifications ?? []),
    ...(sources.job?.skills ?? []).flatMap((s) => [s.name ?? '', ...(s.keywords ?? [])]),
    sources.job?.location?.city ?? '',
    sources.job?.location?.region ?? '',
  ].join('\n');
  const facts = extractResumeFacts(sources.resume, sources.notes ?? '');
  const jobNumbers = findNumbers(jobText);
  const knownNumbers = new Set([
    ...facts.numbers,
    ...jobNumbers.filter((n) => !n.isYear).map((n) => n.value),
  ]);
  const knownYears = new Set([
    ...facts.years,
    ...jobNumbers.filter((n) => n.isYear).map((n) => n.value),
  ]);
  const jobWords = new Set(tokenize(jobText).map((t) => t.lower));
  const matcher = skillMatcher();
  const personSkills = new Set(facts.skills);
  const jobSkills = new Set(matcher.find(jobText).flatMap((h) => h.termIds.flatMap(withImplied)));
  const claims: LetterClaim[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const add = (claim: LetterClaim) => {
    if (overlaps(claim.start, claim.end)) return;
    taken.push([claim.start, claim.end]);
    claims.push(claim);
  };

  // Names the resume states (employers, schools, titles, the person) are facts however they are split into words.
  const statedNames = [
    ...facts.employers,
    ...facts.institutions,
    ...facts.titles,
    ...facts.degrees,
    sources.resume.basics?.name ?? '',
    sources.job?.company ?? '',
    sources.job?.title ?? '',
  ].filter((n) => n.trim().length > 1);
  const lowerLetter = letter.toLowerCase();
  for (const name of statedNames) {
    const needle = name.toLowerCase();
    for (let at = lowerLetter.indexOf(needle); at !== -1; at = lowerLetter.indexOf(needle, at + 1))
      taken.push([at, at + needle.length]);
  }
  // Words lifted from the posting ("the chance to define the product strategy") restate the job, not the person.
  for (const line of [
    ...(sources.job?.responsibilities ?? []),
    ...(sources.job?.qualifications ?? []),
  ]) {
    const needle = line
      .trim()
      .replace(/^(?:you will|you'll|you would)\s+/i, '')
      .replace(/[.;,:\s]+$/, '')
      .toLowerCase();
    const head = needle.split(/[,;(]/)[0]?.trim() ?? '';
    for (const phrase of new Set([needle, head]))
      if (phrase.split(/\s+/).length >= 3)
        for (
          let at = lowerLetter.indexOf(phrase);
          at !== -1;
          at = lowerLetter.indexOf(phrase, at + 1)
        )
          taken.push([at, at + phrase.length]);
  }
  const nameWords = new Set(statedNames.flatMap((n) => tokenize(n).map((t) => t.lower)));

  // Degrees first: "Master of Science" must not be read as a name.
  const heldLevels = new Set(
    (sources.resume.education ?? []).flatMap((e) => {
      const level = degreeLevelOf(e.studyType);
      return level ? [level] : [];
    }),
  );
  for (const m of letter.matchAll(DEGREE_PHRASE)) {
    const level = /^mba$/i.test(m[0]) ? DegreeLevel.Master : degreeLevelsIn(m[0])[0];
    if (!level) continue;
    const sentence = sentences(letter).find((s) => m.index >= s.start && m.index < s.end);
    const aboutMe = sentence ? isFirstPerson(sentence.text) : true;
    if (!aboutMe || heldLevels.has(level)) continue;
    add({
      kind: ClaimKind.Degree,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      reason: `Your resume lists no ${DEGREE_LABELS[level]}.`,
    });
  }

  for (const m of letter.matchAll(MONTH_YEAR)) {
    const year = Number(m[1]);
    if (knownYears.has(year)) continue;
    add({
      kind: ClaimKind.Date,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      reason: `The date “${m[0]}” is not in your resume or the posting.`,
    });
  }

  let cursor = 0;
  for (const n of findNumbers(letter)) {
    const at = locate(letter, n.text, cursor);
    cursor = at + n.text.length;
    if (n.isYear ? knownYears.has(n.value) : knownNumbers.has(n.value)) continue;
    // "one of", "from day one": the word one is almost never a claim.
    if (n.value === 1 && /^[a-z]/i.test(n.text)) continue;
    add({
      kind: n.isYear ? ClaimKind.Date : ClaimKind.Number,
      start: at,
      end: at + n.text.length,
      text: n.text,
      reason: n.isYear
        ? `The year ${n.text} is not in your resume or the posting.`
        : `The number “${n.text}” is not in your resume, your notes or the posting.`,
    });
  }

  const hits = matcher.find(letter);
  const allSentences = sentences(letter);
  for (const hit of hits) {
    if (hit.termIds.some((id) => personSkills.has(id))) continue;
    // Soft skills ("led a team", "communication") are how a letter talks, not checkable claims.
    if (hit.termIds.every((id) => isSoftSkill(id))) continue;
    // A lone lower-case word ("position", "design") is ordinary English far more often than a skill.
    if (/^\p{Ll}+$/u.test(letter.slice(hit.start, hit.end))) continue;
    const sentence = allSentences.find((s) => hit.start >= s.start && hit.start < s.end);
    const aboutMe = sentence ? isFirstPerson(sentence.text) : false;
    const inJob = hit.termIds.some((id) => jobSkills.has(id));
    if (inJob && !aboutMe) continue;
    const label = getSkillTerm(hit.termIds[0] ?? '')?.label ?? hit.text;
    add({
      kind: ClaimKind.Skill,
      start: hit.start,
      end: hit.end,
      text: letter.slice(hit.start, hit.end),
      reason: inJob
        ? `The posting asks for ${label}, but your resume does not show it; claim it only if you have it.`
        : `“${label}” is not a skill your resume shows.`,
    });
  }

  for (const token of tokenize(letter)) {
    if (!/^\p{Lu}/u.test(token.text)) continue;
    if (
      facts.words.has(token.lower) ||
      nameWords.has(token.lower) ||
      jobWords.has(token.lower) ||
      LETTER_WORDS.has(token.lower)
    )
      continue;
    if (hits.some((h) => token.start >= h.start && token.end <= h.end)) continue;
    const before = letter.slice(0, token.start).trimEnd();
    // A capital at the start of a sentence or a line is grammar, not a name.
    if (
      before === '' ||
      /[.!?:;•\-–—,]$/.test(before) ||
      /\n\s*$/.test(letter.slice(0, token.start))
    )
      continue;
    add({
      kind: ClaimKind.Name,
      start: token.start,
      end: token.end,
      text: token.text,
      reason: `“${token.text}” appears nowhere in your resume, your notes or the posting.`,
    });
  }
  return claims.sort((a, b) => a.start - b.start);
}
