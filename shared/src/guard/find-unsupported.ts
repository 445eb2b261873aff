// The anti-invention guard: what a text (a tailored bullet, a cover letter) claims that the evidence does not back.
import { DegreeLevel, degreeLevelsIn, DEGREE_LABELS } from '../match/degrees';
import { findNumbers } from '../match/resume-facts';
import { getSkillTerm, isSoftSkill } from '../match/skills-vocabulary';
import { skillMatcher } from '../match/term-matcher';
import { ROLE_NOUNS } from '../match/titles';
import { tokenize } from '../match/tokens';
import { comparable, type Evidence, type Facts } from './evidence';

export const FindingKind = {
  Employer: 'employer',
  /** A capitalised word found nowhere: a product, a place, an organisation named without context. */
  Name: 'name',
  Title: 'title',
  Date: 'date',
  Degree: 'degree',
  Number: 'number',
  Skill: 'skill',
} as const;
export type FindingKind = (typeof FindingKind)[keyof typeof FindingKind];

export type Finding = {
  readonly kind: FindingKind;
  /** Offsets in the checked text, for marking the finding where it stands. */
  readonly start: number;
  readonly end: number;
  /** The words as the text wrote them. */
  readonly text: string;
  /** One sentence the user can act on. */
  readonly reason: string;
};

type Span = { readonly start: number; readonly end: number };

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR_RE = /(?<![\d.,])(?:19[5-9]\d|20\d\d)(?![\d])/g;
const MONTH_YEAR_RE = new RegExp(`\\b${MONTH}\\.?\\s+(?:19[5-9]\\d|20\\d\\d)\\b`, 'gi');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A role noun written as in a title: "Engineer" or "engineer", plural too. */
const ROLE_NOUN_IN_TITLE = `(?:${ROLE_NOUNS.map((n) => `[${n[0]?.toUpperCase()}${n[0]}]${n.slice(1)}`).join('|')})s?`;

/** Capitalised words ending in a role noun: "Senior Software Engineer", "Head of Data". */
const TITLE_RE = new RegExp(
  `\\b(?:(?:Head|Director|VP|Vice President) of (?:[A-Z][\\w&+-]*[ \\t]?){1,3}|(?:[A-Z][\\w&+/-]*[ \\t]+){1,3}${ROLE_NOUN_IN_TITLE}\\b)`,
  'g',
);

/** "promoted to senior engineer": a rank before a role noun, written in lower case. */
const RANKED_ROLE_RE = new RegExp(
  `\\b(?:senior|principal|staff|chief|junior|head of)\\s+(?:[a-z][\\w+/-]*\\s+){0,2}?${ROLE_NOUN_IN_TITLE}\\b`,
  'gi',
);

const SENIORITY_WORD =
  /^(?:Senior|Junior|Lead|Principal|Staff|Chief|Head|Associate|Assistant|Deputy|VP|Vice)\b/;

/** A capitalised name after "at", "for", "joined"…, or with a company suffix; "I" ends a name. */
const EMPLOYER_RE =
  /\b(?:[Aa]t|[Ff]or|[Ww]ith|[Jj]oined|[Jj]oining|[Ff]rom|[Bb]y|[Ww]ithin)[ \t]+((?!I\b)[A-Z](?:[\w&'-]|\.(?=\w))*(?:[ \t]+(?!I\b)(?:[A-Z](?:[\w&'-]|\.(?=\w))*|&|of|and))*)|((?:[A-Z](?:[\w&'-]|\.(?=\w))*[ \t]+){1,3}(?:Inc|LLC|Ltd|Corp|Corporation|GmbH|Company|Co|Technologies|Labs|Group|Bank|Partners|Holdings|Systems|Solutions)\b\.?)/g;

/** Degrees written out ("Master’s degree", "Master of Science", "PhD") and short forms beside a field. */
const DEGREE_RE =
  /\b(?:bachelor['’]?s?(?: degree)?(?: of [A-Z][a-z]+)?|master['’]?s?(?: degree)?(?: of [A-Z][a-z]+)?|ph\.?\s?d\b\.?|doctorate|mba\b|b\.?sc\b\.?|m\.?sc\b\.?|associate['’]?s? degree)/gi;
const DEGREE_SHORT_RE =
  /(?<![\p{L}.])(?:B\.S\.|M\.S\.|B\.A\.|M\.A\.|BS|MS|BA|MA)(?=\s+(?:in|of)\s+\p{Lu}|\s+degree\b)/gu;

/** Capitalised words a letter or a bullet uses that are never a claim. */
const PLAIN_WORDS = new Set(
  `i i'm i've i'd i'll dear sincerely regards best kind warm yours faithfully truly thank thanks hiring manager team
  recruiter recruiting committee talent acquisition mr mrs ms dr hello hi to whom it may concern cover letter re
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

const overlaps = (a: Span, spans: readonly Span[]) =>
  spans.some((s) => a.start < s.end && s.start < a.end);

/** Sentences with their offsets; a line break ends one too. */
function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^.!?\n]+(?:[.!?]+|\n|$)/g))
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|my|me|myself)\b/i;

const quote = (text: string) => `“${text}”`;

function mentioned(facts: Facts, phrase: string): boolean {
  const key = comparable(phrase);
  return key.trim() !== '' && facts.text.includes(key);
}

/** A year the source has, or a month and year it has (resumes store "2022-06"). */
function dateIn(facts: Facts, date: string): boolean {
  if (mentioned(facts, date)) return true;
  const year = Number(date.match(/\d{4}/)?.[0]);
  const month = MONTHS.indexOf(date.slice(0, 3).toLowerCase());
  if (month === -1) return facts.years.has(year);
  return facts.text.includes(` ${year} ${String(month + 1).padStart(2, '0')} `);
}

/**
 * What `text` adds that the evidence does not back: employers, names, titles, dates, degrees,
 * numbers and skills, each with its offsets and the reason. The person's resume and notes back
 * anything; the posting backs only what a sentence says about the employer (one not in the first
 * person), and naming the employer or the role applied for is never an invention. Deterministic.
 */
export function findUnsupported(raw: string, evidence: Evidence): Finding[] {
  // NFKC keeps the length of ordinary text; when it would not, offsets follow the raw text.
  const normalised = raw.normalize('NFKC');
  const text = normalised.length === raw.length ? normalised : raw;
  const { person, posting } = evidence;
  const where = posting ? 'your resume, your notes or the posting' : 'your resume or your notes';
  const lower = text.toLowerCase();
  const allSentences = sentences(text);
  const aboutYou = (at: number) => {
    if (!posting) return true;
    const s = allSentences.find((x) => at >= x.start && at < x.end);
    return s ? FIRST_PERSON.test(text.slice(s.start, s.end).replace(/[’‘]/g, "'")) : true;
  };
  /** Backed by the person, or by the posting when the sentence is not about the person. */
  const backed = (at: number, test: (facts: Facts) => boolean): 'yes' | 'posting-only' | 'no' => {
    if (test(person)) return 'yes';
    if (posting && test(posting)) return aboutYou(at) ? 'posting-only' : 'yes';
    return 'no';
  };
  const addressed = (phrase: string) => {
    const key = comparable(phrase);
    return evidence.addressee.some((a) => a.includes(key));
  };

  // Names the sources state, however a text splits them into words, are facts: no name or number in them is new.
  const stated: Span[] = [];
  for (const name of evidence.stated)
    for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + 1))
      stated.push({ start: at, end: at + name.length });

  const found: Finding[] = [];
  const taken: Span[] = [];
  const add = (kind: FindingKind, span: Span, claim: string, verdict: 'posting-only' | 'no') => {
    if (overlaps(span, taken)) return;
    taken.push(span);
    const words = text.slice(span.start, span.end);
    const reason =
      verdict === 'posting-only'
        ? `${claim}, which only the posting mentions; keep it only if it is true of you.`
        : `${claim}, which is not in ${where}.`;
    found.push({ kind, start: span.start, end: span.end, text: words, reason });
  };

  const skillHits = skillMatcher().find(text);
  for (const hit of skillHits) {
    // "Partnered with", "mentored": soft skills are how a text is told, not a claim to check.
    if (hit.termIds.every(isSoftSkill)) continue;
    // Inside a stated name ("Backend Engineer") or a line quoted from the posting: not a claim of its own.
    if (overlaps(hit, stated)) continue;
    // A lone lower-case word ("position", "design") is ordinary English far more often than a skill.
    if (/^\p{Ll}+$/u.test(text.slice(hit.start, hit.end))) continue;
    const verdict = backed(
      hit.start,
      (f) => hit.termIds.some((id) => f.skills.has(id)) || mentioned(f, hit.text),
    );
    if (verdict === 'yes') continue;
    const label = getSkillTerm(hit.termIds[0] ?? '')?.label ?? hit.text;
    const span = { start: hit.start, end: hit.end };
    if (verdict === 'posting-only') {
      if (overlaps(span, taken)) continue;
      taken.push(span);
      found.push({
        kind: FindingKind.Skill,
        ...span,
        text: text.slice(span.start, span.end),
        reason: `The posting asks for ${label}, but your resume and notes do not show it; claim it only if you have it.`,
      });
    } else add(FindingKind.Skill, span, `Adds the skill ${quote(label)}`, verdict);
  }

  const degreeSpans: Span[] = [];
  for (const m of [...text.matchAll(DEGREE_RE), ...text.matchAll(DEGREE_SHORT_RE)]) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, degreeSpans)) continue;
    degreeSpans.push(span);
    const level = /^mba$/i.test(m[0]) ? DegreeLevel.Master : degreeLevelsIn(`${m[0]} degree`)[0];
    if (!level) continue;
    const verdict = backed(m.index, (f) => f.degrees.has(level));
    if (verdict === 'yes') continue;
    add(FindingKind.Degree, span, `Claims a ${DEGREE_LABELS[level].toLowerCase()}`, verdict);
  }

  const dateSpans: Span[] = [];
  for (const m of [...text.matchAll(MONTH_YEAR_RE), ...text.matchAll(YEAR_RE)]) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, dateSpans)) continue;
    dateSpans.push(span);
    const verdict = backed(m.index, (f) => dateIn(f, m[0]));
    if (verdict === 'yes' || overlaps(span, stated)) continue;
    add(FindingKind.Date, span, `Adds the date ${quote(m[0])}`, verdict);
  }

  for (const n of findNumbers(text)) {
    // "one of", "from day one": the word one is almost never a claim.
    if (n.value === 1 && /^[a-z]/i.test(n.text)) continue;
    // "45%", "3x", "10+": the sign belongs to the number shown.
    const sign = /^[%x×+]/.exec(text.slice(n.start + n.text.length))?.[0] ?? '';
    const span = { start: n.start, end: n.start + n.text.length + sign.length };
    if (overlaps(span, dateSpans) || overlaps(span, skillHits) || overlaps(span, stated)) continue;
    const verdict = backed(n.start, (f) => (n.isYear ? f.years : f.numbers).has(n.value));
    if (verdict === 'yes') continue;
    const shown = text.slice(span.start, span.end);
    if (n.isYear) add(FindingKind.Date, span, `Adds the date ${quote(shown)}`, verdict);
    else add(FindingKind.Number, span, `Adds the number ${quote(shown)}`, verdict);
  }

  /** "Hiring Manager", "Dear Team": letter words, not a title or an organisation. */
  const plain = (phrase: string) => tokenize(phrase).every((t) => PLAIN_WORDS.has(t.lower));
  const titleSpans: Span[] = [];
  const title = (phrase: string, start: number) => {
    const span = { start, end: start + phrase.length };
    if (overlaps(span, titleSpans)) return;
    titleSpans.push(span);
    if (addressed(phrase) || plain(phrase.replace(/\s+\S+$/, ''))) return;
    const verdict = backed(start, (f) => mentioned(f, phrase));
    if (verdict === 'yes') return;
    add(FindingKind.Title, span, `Gives you the title ${quote(phrase)}`, verdict);
  };
  for (const m of text.matchAll(TITLE_RE)) {
    let phrase = m[0].trim();
    let start = m.index;
    // "Managed Engineers…" at a sentence start: the first word is a verb, not part of a title.
    if (/(?:^|[.!?;:\n]\s*)$/.test(text.slice(0, m.index)) && !SENIORITY_WORD.test(phrase)) {
      const cut = phrase.indexOf(' ');
      start += cut + 1;
      phrase = phrase.slice(cut + 1);
    }
    // A lone role noun ("Engineers") names no one's title.
    if (/\s/.test(phrase)) title(phrase, start);
  }
  for (const m of text.matchAll(RANKED_ROLE_RE)) title(m[0], m.index);

  for (const m of text.matchAll(EMPLOYER_RE)) {
    // "Dear Northwind Labs": the greeting is not part of the name.
    const name = (m[1] ?? m[2] ?? '')
      .trim()
      .replace(/[.,]$/, '')
      .replace(/^(?:(?:Dear|Hello|Hi|Thanks|Thank)[ \t]+)+/, '');
    const start = m.index + m[0].indexOf(name);
    const span = { start, end: start + name.length };
    if (!name || plain(name) || addressed(name)) continue;
    if ([skillHits, titleSpans, dateSpans, degreeSpans].some((spans) => overlaps(span, spans)))
      continue;
    const verdict = backed(start, (f) => mentioned(f, name));
    if (verdict === 'yes') continue;
    add(FindingKind.Employer, span, `Names the organisation ${quote(name)}`, verdict);
  }

  for (const token of tokenize(text)) {
    if (!/^\p{Lu}/u.test(token.text) || PLAIN_WORDS.has(token.lower)) continue;
    // Names of the posting's products and places are mostly said about the employer: its words always count.
    if (person.words.has(token.lower) || posting?.words.has(token.lower)) continue;
    const span = { start: token.start, end: token.end };
    if ([skillHits, stated, titleSpans, degreeSpans].some((spans) => overlaps(span, spans)))
      continue;
    const before = text.slice(0, token.start).trimEnd();
    // A capital at the start of a sentence or a line is grammar, not a name.
    if (before === '' || /[.!?:;•\-–—,]$/.test(before) || /\n\s*$/.test(text.slice(0, token.start)))
      continue;
    add(FindingKind.Name, span, `Names ${quote(token.text)}`, 'no');
  }
  return found.sort((a, b) => a.start - b.start);
}
