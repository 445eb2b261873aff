// Splits a section into entries (a heading block, then bullets or prose) and reads entry bodies.
import { findDateRanges } from '../../lib/dates';
import { joinWrapped, type HyphenPolicy } from '../text/join';
import type { Line } from '../types';

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
    const body = line.bullet || continues(line, prev, typicalGap) || (isProse(line) && !line.rail);
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
};

/** Reads an entry body: bullets with their wrapped lines joined, and prose paragraphs. */
export function readBody(lines: readonly Line[], hyphens: HyphenPolicy): BodyText {
  if (lines.length === 0) return { bullets: [], prose: null };
  const typicalGap = median(lines.slice(1).map((l) => l.gapAbove));
  const maxRight = Math.max(...lines.map((l) => l.x1));
  const items: { lines: Line[]; glyph: boolean }[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const last = items[items.length - 1];
    const text = line.text.trim();
    let startsItem = line.bullet || !last;
    if (!startsItem && prev) {
      const prevText = prev.text.trim();
      const prevEnded = /[.!?]$/.test(prevText) || /[)\]]$/.test(prevText);
      const prevShort = prev.x1 < maxRight - Math.max(15, 0.12 * (maxRight - prev.x0));
      const wider = line.gapAbove > typicalGap + 0.12 && line.gapAbove > typicalGap * 1.15;
      const upper = /^[\p{Lu}\d"“(]/u.test(text);
      startsItem =
        upper && !/[-,;:]$/.test(prevText) && (wider || (prevEnded && prevShort) || prevShort);
      if (last?.glyph && !wider && line.indent > prev.indent - 1) startsItem = false;
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
    };
  }
  if (texts.length >= 2) return { bullets: texts.map((t) => t.text), prose: null };
  return { bullets: [], prose: texts[0]?.text ?? null };
}
