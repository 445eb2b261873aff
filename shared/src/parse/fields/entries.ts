// Splits a section into entries (a heading block, then bullets or prose) and reads entry bodies.
import { findDateRanges } from '../../lib/dates';
import { joinWrapped, type HyphenPolicy } from '../text/join';
import type { Line } from '../types';
import { findUrls } from './contact';

export type Entry = { readonly head: Line[]; readonly body: Line[] };

/** What a head line provides; a second line providing the same thing opens a new entry. */
export type FieldsOf = (line: Line) => ReadonlySet<string>;

const NO_FIELDS: FieldsOf = () => new Set();

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function hasDate(line: Line): boolean {
  return findDateRanges(line.text).length > 0;
}

/**
 * Prose: a long line of mostly lower-case words, or a sentence. Entry heads are long too at
 * times ("Bachelor of Science in Computer Science, University of California"), but their words
 * are capitalised.
 */
export function isProse(line: Line): boolean {
  const words = line.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length / Math.max(1, words.length);
  if (words.length >= 8 && lower >= 0.4) return true;
  return words.length >= 5 && lower >= 0.3 && /[.!?]$/.test(line.text.trim());
}

/**
 * Continues the line before it: wrapped text of a bullet or a paragraph. Headers are set apart
 * by a smaller indent, emphasis, a date of their own or a wider gap.
 */
function continues(line: Line, prev: Line | undefined, typicalGap: number): boolean {
  if (!prev || line.bullet || line.rail) return false;
  if (line.page !== prev.page || line.column !== prev.column) {
    return /^\p{Ll}/u.test(line.text) && !line.bold;
  }
  if (line.gapAbove > Math.max(typicalGap * 1.6, typicalGap + 0.5)) return false;
  if (line.bold && !prev.bold) return false;
  if (line.segments.length > 1 && hasDate(line)) return false;
  const prevText = prev.text.trim();
  if (/^\p{Ll}/u.test(line.text)) return true;
  if (prev.bullet || prevIsBody(prev)) {
    // Hanging indent under a bullet, or the same indent as a wrapped paragraph.
    if (line.indent + 1 < prev.indent && !/[-,]$/.test(prevText)) return false;
    return !/[.!?]$/.test(prevText) || line.indent > prev.indent + 1;
  }
  return false;
}

function prevIsBody(line: Line): boolean {
  return line.bullet || isProse(line);
}

function isLinkLine(line: Line): boolean {
  const text = line.text.trim();
  return !line.bullet && !/\s/.test(text) && findUrls(text).length === 1;
}

/** Where wrapped lines end: the right edge of the line's column. */
export function rightEdges(_lines: readonly Line[]): (line: Line) => number {
  return (line) => Math.max(line.columnRight, line.x1);
}

export type SplitOptions = {
  /** Fields a head line provides (dates, institution, degree…). */
  readonly fieldsOf?: FieldsOf;
};

/** Splits a section's lines into entries: head lines, then body lines (bullets, prose). */
export function splitEntries(lines: readonly Line[], options: SplitOptions = {}): Entry[] {
  const fieldsOf = options.fieldsOf ?? NO_FIELDS;
  const typicalGap = median(lines.slice(1).map((l) => l.gapAbove)) || 0.5;
  const entries: { head: Line[]; body: Line[]; fields: Set<string> }[] = [];
  let current: { head: Line[]; body: Line[]; fields: Set<string> } | null = null;
  let prev: Line | undefined;
  let inBody = false;
  for (const line of lines) {
    // A link on a line of its own (an employer's site) belongs to the entry's head.
    if (isLinkLine(line)) {
      if (!current) {
        current = { head: [], body: [], fields: new Set() };
        entries.push(current);
      }
      current.head.push(line);
      prev = line;
      continue;
    }
    // Within a body, a line set like the body line before it (same indent, no emphasis, no
    // date of its own) is more body: one-line items without glyphs.
    const lastBody = inBody ? current?.body[current.body.length - 1] : undefined;
    const likeBody =
      lastBody !== undefined &&
      prev === lastBody &&
      !line.bold &&
      line.bold === lastBody.bold &&
      Math.abs(line.indent - lastBody.indent) < 1.5 &&
      lastBody.indent > 1 &&
      !hasDate(line) &&
      line.gapAbove <= Math.max(typicalGap * 2.5, typicalGap + 1);
    const body =
      line.bullet || likeBody || continues(line, prev, typicalGap) || (isProse(line) && !line.rail);
    if (body && !(line.rail && !line.bullet)) {
      if (!current) {
        current = { head: [], body: [], fields: new Set() };
        entries.push(current);
      }
      current.body.push(line);
      inBody = true;
    } else {
      const fields = fieldsOf(line);
      const repeats = current !== null && [...fields].some((f) => current!.fields.has(f));
      const datedAgain = current !== null && hasDate(line) && current.fields.has('dates');
      // A head after a body opens the next entry; so does a rail line (a date beside its
      // entry), and a head line that repeats what the current head already has.
      if (!current || inBody || repeats || datedAgain || line.rail) {
        current = { head: [], body: [], fields: new Set() };
        entries.push(current);
      }
      current.head.push(line);
      for (const f of fields) current.fields.add(f);
      if (hasDate(line)) current.fields.add('dates');
      inBody = false;
    }
    prev = line;
  }
  return entries.map(({ head, body }) => ({ head, body }));
}

export type BodyText = {
  /** Bullet items (and one-line items of a list without glyphs), one string each. */
  readonly bullets: string[];
  /** Prose before or instead of bullets. */
  readonly prose: string | null;
  /** The items were marked with bullet glyphs (false: told apart by layout alone). */
  readonly glyphs: boolean;
};

/** Past-tense verbs that do not end in "-ed", as resume bullets start them. */
const IRREGULAR_ACTIONS = new Set(
  (
    'led built ran cut grew won drove made wrote taught sang began brought sold set took gave held ' +
    'kept spoke oversaw drew met found spent chose rebuilt overhauled undertook shipped rewrote ' +
    'stood upheld withdrew'
  ).split(' '),
);

/** A resume item's first word: an action in the past tense ("Reduced", "Led", "Built"). */
function startsWithAction(text: string): boolean {
  const word = text.match(/^\p{Lu}\p{Ll}+/u)?.[0]?.toLowerCase();
  if (!word) return false;
  return (word.length > 4 && /[^e]ed$|eed$|ied$/.test(word)) || IRREGULAR_ACTIONS.has(word);
}

/** Width of the first word of a line: what would have had to fit at the end of the line above. */
function firstWordWidth(line: Line): number {
  const word = line.segments[0]?.words[0];
  if (word && word.x1 > word.x0) return word.x1 - word.x0;
  return (line.text.split(/\s+/)[0]?.length ?? 4) * line.size * 0.5;
}

/**
 * Reads an entry body: bullets with their wrapped lines joined, and prose paragraphs. Without
 * bullet glyphs, a line that stopped short although the next word would have fitted ended an
 * item on purpose: a list of one-line items counts as bullets.
 */
export function readBody(
  lines: readonly Line[],
  hyphens: HyphenPolicy,
  edgeOf: (line: Line) => number = rightEdges(lines),
): BodyText {
  if (lines.length === 0) return { bullets: [], prose: null, glyphs: false };
  // Sentences that end mid-line ("…using React. Ensured…") make a paragraph, not a list.
  const paragraph = lines.some((l) => /[.!?]\s+\p{Lu}/u.test(l.text));
  const gaps = lines.slice(1).map((l) => l.gapAbove);
  const minGap = gaps.length > 0 ? Math.min(...gaps) : 0;
  const items: { lines: Line[]; glyph: boolean }[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const last = items[items.length - 1];
    const text = line.text.trim();
    let startsItem = line.bullet || !last;
    if (!startsItem && prev) {
      const prevText = prev.text.trim();
      const upper = /^[\p{Lu}\d"“(]/u.test(text);
      const wider = line.gapAbove > minGap + 0.25;
      const room = edgeOf(prev) - prev.x1;
      const fitted = room > firstWordWidth(line) + 0.35 * line.size;
      if (prev.paragraphEnd) startsItem = !/^\p{Ll}/u.test(text);
      else {
        // A sentence that ends at the line's end, then one that starts with an action
        // ("…sold-out houses." / "Rehearsed…"): a list of items, even where the next word
        // would not have fitted.
        const nextItem = !paragraph && /[.!?]$/.test(prevText) && startsWithAction(text);
        startsItem = upper && !/[-,;:/&]$/.test(prevText) && (wider || fitted || nextItem);
      }
      if (last?.glyph && !wider && line.indent > prev.indent - 1 && !prev.paragraphEnd) {
        startsItem = false;
      }
    }
    if (startsItem) items.push({ lines: [line], glyph: line.bullet });
    else last?.lines.push(line);
  });
  const anyGlyph = items.some((item) => item.glyph);
  const texts = items.map((item) => ({
    glyph: item.glyph,
    text: joinWrapped(
      item.lines.map((l) => l.text),
      hyphens,
    ),
  }));
  if (anyGlyph) {
    const firstBullet = texts.findIndex((t) => t.glyph);
    const prose = texts.slice(0, firstBullet).map((t) => t.text);
    return {
      bullets: texts.slice(firstBullet).map((t) => t.text),
      prose: prose.length > 0 ? prose.join(' ') : null,
      glyphs: true,
    };
  }
  if (texts.length >= 2) return { bullets: texts.map((t) => t.text), prose: null, glyphs: false };
  return { bullets: [], prose: texts[0]?.text ?? null, glyphs: false };
}
