// The facts a resume states (employers, titles, dates, degrees, numbers, skills), and new ones in a text.
import type { Resume } from '../resume/model';
import { getSkillTerm, withImplied } from './skills-vocabulary';
import { indexResumeTerms, resumeFields } from './resume-terms';
import { skillMatcher } from './term-matcher';
import { cleanText, readSmallNumber, tokenize, WORD_NUMBER_PATTERN } from './tokens';

export type ResumeFacts = {
  readonly employers: readonly string[];
  readonly titles: readonly string[];
  readonly institutions: readonly string[];
  /** "Bachelor of Science in Computer Science", as printed. */
  readonly degrees: readonly string[];
  /** Every ISO date in the resume's entries. */
  readonly dates: readonly string[];
  /** Every calendar year the resume mentions, in dates or text. */
  readonly years: readonly number[];
  /** Every other number the resume states, as a value: "$18M" → 18000000, "73%" → 73. */
  readonly numbers: readonly number[];
  /** Vocabulary term ids the resume shows, with the broader terms they imply. */
  readonly skills: readonly string[];
  /** Every word in the resume and the notes, lower case, for spotting new names. */
  readonly words: ReadonlySet<string>;
};

const SCALE: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

const NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\d.])([$€£])?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k|mm|m|bn|b|thousand|million|billion)?(?![\p{L}\d])|\b(${WORD_NUMBER_PATTERN})\b`,
  'giu',
);

export type NumberMention = {
  readonly text: string;
  /** Offset of `text` in the searched text. */
  readonly start: number;
  readonly value: number;
  readonly isYear: boolean;
};

/** Numbers in a text with their values: "2M+ requests" → 2000000, "twelve offices" → 12, "2019" is a year. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    if (m[4]) {
      const value = readSmallNumber(m[4]);
      if (value !== undefined) out.push({ text: m[0], start: m.index, value, isYear: false });
      continue;
    }
    const digits = (m[2] ?? '').replace(/,/g, '');
    const base = Number(digits);
    if (!Number.isFinite(base)) continue;
    const scale = m[3] ? (SCALE[m[3].toLowerCase()] ?? 1) : 1;
    const isYear = !m[1] && !m[3] && /^(?:19|20)\d{2}$/.test(digits);
    const text = m[0].trim();
    out.push({ text, start: m.index + m[0].indexOf(text), value: base * scale, isYear });
  }
  return out;
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/**
 * What a resume (and the user's own notes, when given) states. Tailoring compares a suggestion
 * against these so that nothing the person never claimed slips into their resume.
 */
export function extractResumeFacts(resume: Resume, notes = ''): ResumeFacts {
  const work = resume.work ?? [];
  const volunteer = resume.volunteer ?? [];
  const education = resume.education ?? [];
  const texts = [...resumeFields(resume).map((f) => f.text), notes];
  const dated = [...work, ...volunteer, ...education, ...(resume.projects ?? [])];
  const dates = unique(
    dated.flatMap((e) => [e.startDate, e.endDate]).filter((d): d is string => Boolean(d)),
  );
  const numbers = texts.flatMap((t) => findNumbers(t));
  const index = indexResumeTerms(resume);
  const noteSkills = skillMatcher()
    .find(notes)
    .flatMap((h) => h.termIds.flatMap(withImplied));
  return {
    employers: unique(
      [...work.map((w) => w.name), ...volunteer.map((v) => v.organization)].filter(
        (x): x is string => Boolean(x),
      ),
    ),
    titles: unique(
      [
        resume.basics?.label,
        ...work.map((w) => w.position),
        ...volunteer.map((v) => v.position),
      ].filter((x): x is string => Boolean(x)),
    ),
    institutions: unique(
      education.map((e) => e.institution).filter((x): x is string => Boolean(x)),
    ),
    degrees: unique(
      education.map((e) => [e.studyType, e.area].filter(Boolean).join(' in ')).filter(Boolean),
    ),
    dates,
    years: unique([
      ...dates.map((d) => Number(d.slice(0, 4))),
      ...numbers.filter((n) => n.isYear).map((n) => n.value),
    ]),
    numbers: unique(numbers.filter((n) => !n.isYear).map((n) => n.value)),
    skills: unique([...index.terms.keys(), ...noteSkills]),
    words: new Set(texts.flatMap((t) => tokenize(t).map((tok) => tok.lower))),
  };
}

export const UnsupportedKind = {
  Number: 'number',
  Year: 'year',
  Skill: 'skill',
  Name: 'name',
} as const;
export type UnsupportedKind = (typeof UnsupportedKind)[keyof typeof UnsupportedKind];

export type UnsupportedFact = {
  readonly kind: UnsupportedKind;
  /** As written in the checked text. */
  readonly text: string;
  readonly message: string;
};

/**
 * What a text (a rewritten bullet, a new summary) states that the resume does not: numbers,
 * years, skills from the vocabulary, and capitalised names that appear nowhere in the resume.
 */
export function findUnsupportedFacts(text: string, facts: ResumeFacts): UnsupportedFact[] {
  const out: UnsupportedFact[] = [];
  const knownNumbers = new Set(facts.numbers);
  const knownYears = new Set(facts.years);
  for (const n of findNumbers(text)) {
    if (n.isYear ? knownYears.has(n.value) : knownNumbers.has(n.value)) continue;
    out.push({
      kind: n.isYear ? UnsupportedKind.Year : UnsupportedKind.Number,
      text: n.text,
      message: n.isYear
        ? `The year ${n.text} is not in your resume.`
        : `The number “${n.text}” is not in your resume.`,
    });
  }
  const knownSkills = new Set(facts.skills);
  const hits = skillMatcher().find(text);
  for (const hit of hits) {
    if (hit.termIds.some((id) => knownSkills.has(id))) continue;
    const label = getSkillTerm(hit.termIds[0] ?? '')?.label ?? hit.text;
    out.push({
      kind: UnsupportedKind.Skill,
      text: hit.text,
      message: `“${label}” is not a skill your resume shows.`,
    });
  }
  for (const token of tokenize(text)) {
    if (!/^\p{Lu}/u.test(token.text) || facts.words.has(token.lower)) continue;
    if (hits.some((h) => token.start >= h.start && token.end <= h.end)) continue;
    const before = text.slice(0, token.start).trimEnd();
    if (before === '' || /[.!?:;•\-–—]$/.test(before)) continue;
    out.push({
      kind: UnsupportedKind.Name,
      text: token.text,
      message: `“${token.text}” does not appear anywhere in your resume.`,
    });
  }
  return out;
}

/** True when a name (an employer, a title, a school) is one the resume already states. */
export function isStatedFact(value: string, stated: readonly string[]): boolean {
  const key = cleanText(value)
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
  return stated.some(
    (s) =>
      cleanText(s)
        .toLowerCase()
        .replace(/[^\p{L}\d]+/gu, ' ')
        .trim() === key,
  );
}
