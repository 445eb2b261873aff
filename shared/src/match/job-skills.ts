// Skills a posting asks for, one requirement per clause element: "React, Vue, or Angular" is one, with alternatives.
import { getSkillTerm } from './skills-vocabulary';
import { skillMatcher, type TermHit } from './term-matcher';
import { tokenize } from './tokens';

/** One way to satisfy a requirement: a vocabulary term, or a term the posting uses that we don't list. */
export type SkillMention = {
  /** `termId` for vocabulary terms, `raw:<lower case>` for others. */
  readonly key: string;
  readonly label: string;
  readonly termId?: string;
};

/** A skill requirement: any one of its alternatives satisfies it ("Vitest or Jest"). */
export type SkillRequirement = readonly SkillMention[];

/** Requirements are stored as text the user can edit: alternatives joined by " or ". */
export function formatSkillRequirement(requirement: SkillRequirement): string {
  return requirement.map((m) => m.label).join(' or ');
}

/** Reads a stored or user-typed requirement line back into its alternatives. */
export function parseSkillRequirement(line: string): SkillRequirement {
  const seen = new Set<string>();
  const out: SkillMention[] = [];
  for (const part of line.split(/\s+or\s+|\s*\|\s*/i)) {
    const label = part.trim();
    if (label === '') continue;
    const mention = mentionFor(label);
    if (seen.has(mention.key)) continue;
    seen.add(mention.key);
    out.push(mention);
  }
  return out;
}

/** The vocabulary term a label names, or a raw mention keyed by its lower-case text. */
export function mentionFor(label: string): SkillMention {
  const ids = skillMatcher().lookup(label);
  const id = ids?.[0];
  if (id !== undefined) return { key: id, label: getSkillTerm(id)?.label ?? label, termId: id };
  return { key: `raw:${label.toLowerCase()}`, label };
}

function mentionOfTerm(id: string): SkillMention {
  return { key: id, label: getSkillTerm(id)?.label ?? id, termId: id };
}

type Element = { start: number; end: number; mentions: SkillMention[]; any: boolean };

/** Acronyms and place names that are not skills, so an unlisted capitalised word is not taken for one. */
const NOT_SKILLS = new Set(
  `US USA UK EU EEA UAE NYC SF LA DC HQ CEO CTO CFO COO CIO CMO VP SVP EVP PTO FAQ ASAP TBD NA OK ID II III IV
  LLC INC LTD CO PLC AG GMBH AM PM EST PST CST MST ET PT CET UTC GMT BS BA MS MA MBA PHD BSC MSC GPA FTE AA AAA
  EEO EOE ADA YOE WFH OTE DEI AND OR THE WITH FOR YOU WE OUR TO IN OF ON AT BY IS ARE BE NOT NO ALL NEW
  AL AK AZ AR CA CT DE FL GA HI IA KS KY ME MD MI MN MO MT NE NV NH NJ NM NY NC ND OH OR PA RI SC SD TN TX UT VT VA
  WA WV WI WY B2B B2C USD EUR GBP`.split(/\s+/),
);
const UNLISTED =
  /^(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,6}\d?|[A-Z][A-Za-z]*\d+[A-Za-z]*|[A-Za-z]+\.js)$/;

/** Capitalised product names and acronyms the vocabulary does not know yet ("WhyLogs", "JSF"). */
function unlistedElements(item: string, hits: readonly TermHit[]): Element[] {
  const letters = item.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.5)
    return [];
  const out: Element[] = [];
  for (const token of tokenize(item)) {
    if (hits.some((h) => token.start < h.end && token.end > h.start)) continue;
    if (!UNLISTED.test(token.text) || NOT_SKILLS.has(token.text.toUpperCase())) continue;
    out.push({
      start: token.start,
      end: token.end,
      mentions: [{ key: `raw:${token.lower}`, label: token.text }],
      any: false,
    });
  }
  return out;
}

const SEPARATOR = /^[\s,/&]*(?:(?:or|and|and\/or|nor|as well as|plus)[\s,/&]*)?$/i;
const ALTERNATIVE_INTRO =
  /(?:such as|like|e\.g\.?,?|for example|for instance|at least one(?: of)?|one of|any of|either|one or more(?: of)?)[\s:(]*$/i;

/**
 * The skill requirements in one clause of a posting. Terms joined by "or", listed after "such as"
 * or "e.g.", or given in parentheses after a broader term ("observability tooling (Datadog,
 * OpenTelemetry)") become one requirement with alternatives; terms joined by "and" or commas stay
 * separate requirements.
 */
export function extractSkillRequirements(item: string, withUnlisted: boolean): SkillRequirement[] {
  const hits = skillMatcher().find(item);
  const base: Element[] = hits.map((h) => ({
    start: h.start,
    end: h.end,
    mentions: h.termIds.map(mentionOfTerm),
    any: false,
  }));
  const elements = [...base, ...(withUnlisted ? unlistedElements(item, hits) : [])].sort(
    (a, b) => a.start - b.start,
  );
  const collapsed = collapseParentheses(item, elements);
  const requirements: SkillRequirement[] = [];
  let chain: Element[] = [];
  /** Index of the last element joined to the one before it by "or". */
  let lastOr = -1;

  const emitEach = (elements: readonly Element[]) => {
    for (const element of elements) {
      if (element.any) requirements.push(dedupe(element.mentions));
      else for (const m of element.mentions) requirements.push([m]);
    }
  };
  const flush = () => {
    const first = chain[0];
    if (!first) return;
    const intro = item.slice(Math.max(0, first.start - 40), first.start);
    // "A, B, or C" and "such as A, B and C" are one requirement; in "A or B, C" the C is its own.
    const groupEnd = lastOr >= 0 ? lastOr + 1 : ALTERNATIVE_INTRO.test(intro) ? chain.length : 0;
    if (groupEnd > 0)
      requirements.push(dedupe(chain.slice(0, groupEnd).flatMap((e) => e.mentions)));
    emitEach(chain.slice(groupEnd));
    chain = [];
    lastOr = -1;
  };

  for (const element of collapsed) {
    const previous = chain[chain.length - 1];
    if (previous) {
      const gap = item.slice(previous.end, element.start);
      if (!SEPARATOR.test(gap)) flush();
      else if (/\b(?:or|nor)\b/i.test(gap)) lastOr = chain.length;
    }
    chain.push(element);
  }
  flush();
  return requirements.filter((r) => r.length > 0);
}

/** Folds "(A, B or C)" into one element with the term printed just before it, when there is one. */
function collapseParentheses(item: string, elements: readonly Element[]): Element[] {
  const spans = [...item.matchAll(/\(([^()]*)\)/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (spans.length === 0) return [...elements];
  const out: Element[] = [];
  let i = 0;
  while (i < elements.length) {
    const element = elements[i] as Element;
    const span = spans.find((s) => element.start > s.start && element.end < s.end);
    if (!span) {
      out.push(element);
      i += 1;
      continue;
    }
    const inside: Element[] = [];
    while (i < elements.length && (elements[i] as Element).start < span.end) {
      inside.push(elements[i] as Element);
      i += 1;
    }
    const before = out[out.length - 1];
    const attaches = before && /^\s*$/.test(item.slice(before.end, span.start));
    const members = attaches && before ? [before, ...inside] : inside;
    if (attaches) out.pop();
    out.push({
      start: (members[0] as Element).start,
      end: span.end,
      mentions: members.flatMap((m) => m.mentions),
      any: true,
    });
  }
  return out;
}

function dedupe(mentions: readonly SkillMention[]): SkillMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.key) ? false : (seen.add(m.key), true)));
}
