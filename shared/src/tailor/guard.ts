// The anti-invention guard: what a suggested text claims that the base resume and the user's notes do not.
import { degreeLevelOf, degreeLevelsIn, DEGREE_LABELS, type DegreeLevel } from '../match/degrees';
import { getSkillTerm, isSoftSkill, withImplied } from '../match/skills-vocabulary';
import { skillMatcher } from '../match/term-matcher';
import { ROLE_NOUNS } from '../match/titles';
import type { Resume } from '../resume/model';

export const InventionKind = {
  Employer: 'employer',
  Title: 'title',
  Date: 'date',
  Degree: 'degree',
  Number: 'number',
  Skill: 'skill',
} as const;
export type InventionKind = (typeof InventionKind)[keyof typeof InventionKind];

export type Invention = {
  readonly kind: InventionKind;
  /** The words as the suggestion wrote them. */
  readonly text: string;
  /** One sentence for the review screen. */
  readonly reason: string;
};

/** What the resume and notes already say, prepared once per tailoring. */
export type Evidence = {
  /** Lower-case, hyphens and punctuation folded to spaces, for phrase look-ups. */
  readonly text: string;
  readonly numbers: ReadonlySet<string>;
  /** Vocabulary terms shown, with the broader terms they imply. */
  readonly skills: ReadonlySet<string>;
  readonly degrees: ReadonlySet<DegreeLevel>;
};

/** Every string in the resume (not our `meta`), so a fact anywhere in it counts as evidence. */
function resumeStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) resumeStrings(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) if (key !== 'meta') resumeStrings(v, out);
}

/** Lower case, quotes and dashes unified, anything but letters, digits, + and # to one space. */
function comparable(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}+#']+/gu, ' ')
    .trim()} `;
}

const NUMBER_RE = /(?<![\p{L}\d])\d[\d,.]*\d(?![\d])|(?<![\p{L}\d.,])\d(?![\d])/gu;

/** "1,200" and "1200" are the same number; "3.0" and "3" too. */
function normaliseNumber(raw: string): string {
  const plain = raw.replace(/,(?=\d{3}\b)/g, '').replace(/[.,]$/, '');
  return /^\d+\.0+$/.test(plain) ? plain.replace(/\.0+$/, '') : plain;
}

function numbersIn(text: string): string[] {
  return [...text.matchAll(NUMBER_RE)].map((m) => normaliseNumber(m[0]));
}

function skillIdsIn(
  text: string,
): Array<{ ids: readonly string[]; text: string; start: number; end: number }> {
  return skillMatcher()
    .find(text)
    .map((h) => ({ ids: h.termIds, text: h.text, start: h.start, end: h.end }));
}

/** Builds the evidence from the base resume and whatever the user wrote in their notes. */
export function buildEvidence(resume: Resume, notes = ''): Evidence {
  const strings: string[] = [];
  resumeStrings(resume, strings);
  strings.push(notes);
  const all = strings.join('\n');
  const skills = new Set<string>();
  for (const s of strings)
    for (const hit of skillIdsIn(s))
      for (const id of hit.ids) for (const i of withImplied(id)) skills.add(i);
  const degrees = new Set<DegreeLevel>(degreeLevelsIn(all));
  for (const e of resume.education ?? []) {
    const level = degreeLevelOf(e.studyType);
    if (level) degrees.add(level);
  }
  return { text: comparable(all), numbers: new Set(numbersIn(all)), skills, degrees };
}

function mentioned(evidence: Evidence, phrase: string): boolean {
  const key = comparable(phrase);
  return key.trim() !== '' && evidence.text.includes(key);
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR_RE = /(?<![\d.,])(?:19[5-9]\d|20\d\d)(?![\d])/g;
const MONTH_YEAR_RE = new RegExp(`\\b${MONTH}\\.?\\s+(?:19[5-9]\\d|20\\d\\d)\\b`, 'gi');

/** A role noun written as in a title: "Engineer" or "engineer", plural too. */
const ROLE_NOUN_IN_TITLE = `(?:${ROLE_NOUNS.map((n) => `[${n[0]?.toUpperCase()}${n[0]}]${n.slice(1)}`).join('|')})s?`;

/** Capitalised words ending in a role noun: "Senior Software Engineer", "Head of Data". */
const TITLE_RE = new RegExp(
  `\\b(?:(?:Head|Director|VP|Vice President) of (?:[A-Z][\\w&+-]*\\s?){1,3}|(?:[A-Z][\\w&+/-]*\\s+){1,3}${ROLE_NOUN_IN_TITLE}\\b)`,
  'g',
);

/** "promoted to senior engineer": a rank before a role noun, written in lower case. */
const RANKED_ROLE_RE = new RegExp(
  `\\b(?:senior|principal|staff|chief|junior|head of)\\s+(?:[a-z][\\w+/-]*\\s+){0,2}?${ROLE_NOUN_IN_TITLE}\\b`,
  'gi',
);

/** Numbers written as words; "one" is left out, it is mostly "one of", "one-page". */
const WORD_NUMBER_RE =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\b/gi;
const WORD_VALUES: Readonly<Record<string, string>> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  twenty: '20',
};

const SENIORITY_WORD =
  /^(?:Senior|Junior|Lead|Principal|Staff|Chief|Head|Associate|Assistant|Deputy|VP|Vice)\b/;

/** A capitalised name after "at", "for", "joined"…, or with a company suffix. */
const EMPLOYER_RE =
  /\b(?:at|for|with|joined|joining|from|by|within)\s+((?:[A-Z][\w&.'-]*)(?:\s+(?:[A-Z][\w&.'-]*|&|of|and))*)|((?:[A-Z][\w&.'-]*\s+){1,3}(?:Inc|LLC|Ltd|Corp|Corporation|GmbH|Company|Co|Technologies|Labs|Group|Bank|Partners|Holdings|Systems|Solutions)\b\.?)/g;

const MONTH_NUMBERS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** A year the resume has, or a month and year it has (resumes store "2022-06"). */
function dateSupported(date: string, evidence: Evidence): boolean {
  if (mentioned(evidence, date)) return true;
  const year = date.match(/\d{4}/)?.[0] ?? '';
  const month = MONTH_NUMBERS.indexOf(date.slice(0, 3).toLowerCase());
  if (month === -1) return evidence.numbers.has(year);
  return evidence.text.includes(` ${year} ${String(month + 1).padStart(2, '0')} `);
}

function overlaps(
  a: { start: number; end: number },
  spans: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  return spans.some((s) => a.start < s.end && s.start < a.end);
}

const quote = (text: string) => `“${text}”`;
const NOT_THERE = 'is not in your resume or your notes';

/**
 * What a suggested text adds that the evidence does not support: employers, titles, dates,
 * degrees, numbers and skills. Each finding says why, so the user can judge it.
 */
export function findInventions(suggestion: string, evidence: Evidence): Invention[] {
  const text = suggestion.normalize('NFKC');
  const found: Invention[] = [];
  const seen = new Set<string>();
  const add = (kind: InventionKind, words: string, reason: string) => {
    const key = `${kind}:${words.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ kind, text: words, reason });
  };

  const skillHits = skillIdsIn(text);
  for (const hit of skillHits) {
    if (hit.ids.some((id) => evidence.skills.has(id)) || mentioned(evidence, hit.text)) continue;
    // "Partnered with", "mentored": soft skills are how a bullet is told, not a claim to check.
    if (hit.ids.every(isSoftSkill)) continue;
    const label = getSkillTerm(hit.ids[0] ?? '')?.label ?? hit.text;
    add(InventionKind.Skill, hit.text, `Adds the skill ${quote(label)}, which ${NOT_THERE}.`);
  }

  const dateSpans: Array<{ start: number; end: number }> = [];
  for (const m of [...text.matchAll(MONTH_YEAR_RE), ...text.matchAll(YEAR_RE)]) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, dateSpans)) continue;
    dateSpans.push(span);
    if (dateSupported(m[0], evidence)) continue;
    add(InventionKind.Date, m[0], `Adds the date ${quote(m[0])}, which ${NOT_THERE}.`);
  }

  for (const m of text.matchAll(NUMBER_RE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, dateSpans) || overlaps(span, skillHits)) continue;
    const value = normaliseNumber(m[0]);
    if (evidence.numbers.has(value)) continue;
    const shown = text.slice(span.start, span.end + 1).match(/^[\d,.]+[%x+]?/)?.[0] ?? m[0];
    add(InventionKind.Number, shown, `Adds the number ${quote(shown)}, which ${NOT_THERE}.`);
  }

  for (const m of text.matchAll(WORD_NUMBER_RE)) {
    const word = m[0].toLowerCase();
    if (evidence.numbers.has(WORD_VALUES[word] ?? '') || mentioned(evidence, word)) continue;
    add(InventionKind.Number, m[0], `Adds the number ${quote(m[0])}, which ${NOT_THERE}.`);
  }

  for (const level of degreeLevelsIn(text)) {
    if (evidence.degrees.has(level)) continue;
    add(
      InventionKind.Degree,
      DEGREE_LABELS[level],
      `Claims a ${DEGREE_LABELS[level].toLowerCase()}, which ${NOT_THERE}.`,
    );
  }

  const nameSpans: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(TITLE_RE)) {
    let phrase = m[0].trim();
    let start = m.index;
    // "Managed Engineers…" at a sentence start: the first word is a verb, not part of a title.
    if (/(?:^|[.!?;:]\s*)$/.test(text.slice(0, m.index)) && !SENIORITY_WORD.test(phrase)) {
      const cut = phrase.indexOf(' ');
      start += cut + 1;
      phrase = phrase.slice(cut + 1);
    }
    // A lone role noun ("Engineers") names no one's title.
    if (!/\s/.test(phrase)) continue;
    nameSpans.push({ start, end: start + phrase.length });
    if (mentioned(evidence, phrase)) continue;
    add(InventionKind.Title, phrase, `Gives you the title ${quote(phrase)}, which ${NOT_THERE}.`);
  }

  for (const m of text.matchAll(RANKED_ROLE_RE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, nameSpans)) continue;
    nameSpans.push(span);
    if (mentioned(evidence, m[0])) continue;
    add(InventionKind.Title, m[0], `Gives you the title ${quote(m[0])}, which ${NOT_THERE}.`);
  }

  for (const m of text.matchAll(EMPLOYER_RE)) {
    const name = (m[1] ?? m[2] ?? '').trim().replace(/[.,]$/, '');
    const start = m.index + m[0].indexOf(name);
    const span = { start, end: start + name.length };
    if (
      !name ||
      overlaps(span, skillHits) ||
      overlaps(span, nameSpans) ||
      overlaps(span, dateSpans)
    )
      continue;
    if (mentioned(evidence, name)) continue;
    add(InventionKind.Employer, name, `Names the organisation ${quote(name)}, which ${NOT_THERE}.`);
  }
  return found;
}
