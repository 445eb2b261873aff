// Finds vocabulary terms in text: longest match first, on token boundaries, case-aware where it matters.
import { SKILL_VOCABULARY } from './skills-vocabulary';
import { tokenize, type Token } from './tokens';
import type { SkillTerm, TermGuard } from './vocabulary/define';

/** One place in a text where vocabulary terms were found. */
export type TermHit = {
  /** Usually one id; a spelling shared by two terms ("UI/UX") gives both. */
  readonly termIds: readonly string[];
  /** Offsets into the text searched, and the text as written there. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
};

type Pattern = {
  /** Per token: a stem, or `=Word` for a token that must be written exactly so. */
  readonly keys: readonly string[];
  readonly terms: ReadonlyArray<{ readonly id: string; readonly guard?: TermGuard }>;
};

export type TermMatcher = {
  /** Every term in the text, left to right, longest spelling first, never overlapping. */
  readonly find: (text: string, tokens?: readonly Token[]) => TermHit[];
  /**
   * The terms a whole phrase names, for what a user typed ("k8s", "react", "Certified Public
   * Accountant"); case-insensitive; undefined when the phrase is not in the vocabulary.
   */
  readonly lookup: (phrase: string) => readonly string[] | undefined;
};

/** Only these may sit between the words of one phrase: "front-end", "CI/CD", a line break. */
const PHRASE_GAP = /^[\s\-‐‑–/]*$/;
/** A gap holding these ends a sentence or clause, so guards stop looking past it. */
const CLAUSE_BREAK = /[.,;:!?()[\]]/;

function keysFor(spelling: string, exact: boolean): string[] {
  return tokenize(spelling).map((t) => (exact && t.text !== t.lower ? `=${t.text}` : t.stem));
}

/** "front-end" is also written "frontend", "e-commerce" "ecommerce". */
function spellingVariants(spelling: string): string[] {
  const joined = spelling.replace(/(?<=\p{L})-(?=\p{L})/gu, '');
  return joined === spelling ? [spelling] : [spelling, joined];
}

export function compileMatcher(terms: readonly SkillTerm[]): TermMatcher {
  const patterns = new Map<string, Pattern>();
  const byFirstKey = new Map<string, Pattern[]>();
  const byLowerSpelling = new Map<string, string[]>();

  const add = (spelling: string, exact: boolean, term: SkillTerm) => {
    for (const variant of spellingVariants(spelling)) {
      const keys = keysFor(variant, exact);
      if (keys.length === 0) continue;
      const signature = keys.join(' ');
      let pattern = patterns.get(signature);
      if (!pattern) {
        pattern = { keys, terms: [] };
        patterns.set(signature, pattern);
        const first = keys[0] as string;
        byFirstKey.set(first, [...(byFirstKey.get(first) ?? []), pattern]);
      }
      if (!pattern.terms.some((t) => t.id === term.id)) {
        (pattern.terms as Array<{ id: string; guard?: TermGuard }>).push({
          id: term.id,
          ...(term.guard ? { guard: term.guard } : {}),
        });
      }
      const lower = variant.toLowerCase();
      const ids = byLowerSpelling.get(lower) ?? [];
      if (!ids.includes(term.id)) byLowerSpelling.set(lower, [...ids, term.id]);
    }
  };

  for (const term of terms) {
    if (!term.exact.includes(term.label)) add(term.label, false, term);
    for (const alias of term.aliases) add(alias, false, term);
    for (const spelling of term.exact) add(spelling, true, term);
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  const matchesAt = (text: string, tokens: readonly Token[], at: number, pattern: Pattern) => {
    for (let k = 0; k < pattern.keys.length; k += 1) {
      const token = tokens[at + k];
      if (!token) return false;
      const key = pattern.keys[k] as string;
      if (key.startsWith('=') ? key.slice(1) !== token.text : key !== token.stem) return false;
      if (k > 0 && !PHRASE_GAP.test(text.slice((tokens[at + k - 1] as Token).end, token.start))) {
        return false;
      }
    }
    return true;
  };

  const find = (text: string, given?: readonly Token[]): TermHit[] => {
    const tokens = given ?? tokenize(text);
    const hits: TermHit[] = [];
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i] as Token;
      const candidates = [
        ...(byFirstKey.get(token.stem) ?? []),
        ...(byFirstKey.get(`=${token.text}`) ?? []),
      ];
      let best: { length: number; ids: string[] } | undefined;
      for (const pattern of candidates) {
        if (best && pattern.keys.length <= best.length) continue;
        if (!matchesAt(text, tokens, i, pattern)) continue;
        const ids = pattern.terms
          .filter((t) => !t.guard || guardAllows(t.guard, text, tokens, i, pattern.keys.length))
          .map((t) => t.id);
        if (ids.length > 0) best = { length: pattern.keys.length, ids };
      }
      if (best) {
        const last = tokens[i + best.length - 1] as Token;
        hits.push({
          termIds: best.ids,
          start: token.start,
          end: last.end,
          text: text.slice(token.start, last.end),
        });
        i += best.length;
      } else {
        i += 1;
      }
    }
    return hits;
  };

  const lookup = (phrase: string): readonly string[] | undefined => {
    const trimmed = phrase.trim();
    const direct = byLowerSpelling.get(trimmed.toLowerCase());
    if (direct) return direct;
    const tokens = tokenize(trimmed);
    const hits = find(trimmed, tokens);
    const only = hits[0];
    if (hits.length === 1 && only && only.start === 0 && only.end === trimmed.length) {
      return only.termIds;
    }
    return undefined;
  };

  return { find, lookup };
}

function guardAllows(
  guard: TermGuard,
  text: string,
  tokens: readonly Token[],
  at: number,
  length: number,
): boolean {
  const first = tokens[at] as Token;
  const last = tokens[at + length - 1] as Token;
  const next = tokens[at + length];
  const previous = tokens[at - 1];
  if (guard.notFollowedBy && next && !CLAUSE_BREAK.test(text.slice(last.end, next.start))) {
    if (guard.notFollowedBy.includes(next.lower)) return false;
  }
  if (
    guard.notPrecededBy &&
    previous &&
    !CLAUSE_BREAK.test(text.slice(previous.end, first.start))
  ) {
    if (guard.notPrecededBy.includes(previous.lower)) return false;
  }
  if (guard.standalone) {
    const before = text[first.start - 1] ?? '';
    const after = text.slice(last.end, last.end + 2);
    if (/[-‐‑&]/.test(before) || /^[-‐‑&]/.test(after) || /^\.\p{L}/u.test(after)) return false;
    // Initials: "J. R. Smith", "R. J. Smith".
    const initialBefore =
      previous?.text.length === 1 && text.slice(previous.end, first.start) === '. ';
    const initialAfter = /^\.\s\p{Lu}\./u.test(text.slice(last.end, last.end + 4));
    if (length === 1 && first.text.length === 1 && (initialBefore || initialAfter)) return false;
  }
  return true;
}

let shared: TermMatcher | undefined;

/** The matcher for the shipped vocabulary, compiled once on first use. */
export function skillMatcher(): TermMatcher {
  shared ??= compileMatcher(SKILL_VOCABULARY);
  return shared;
}
