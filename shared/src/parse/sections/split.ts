// Finds the section headings among the lines, by wording and by typography, and splits there.
import { findDateRanges } from '../../lib/dates';
import { looksLikeName } from '../fields/basics';
import type { Line } from '../types';
import { classifyHeading, isWeakHeading, type SectionKind } from './headings';

export type Section = {
  /** `header` is what precedes the first heading: name, headline, contact. */
  readonly kind: SectionKind | 'header';
  readonly heading: string;
  readonly lines: Line[];
  /** True when the heading was found by its wording (false: by typography alone). */
  readonly known: boolean;
};

const MAX_WORDS = 6;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The text a heading would be: the whole line (headings stand alone on their line). */
function headingText(line: Line): string | null {
  if (line.bullet || line.segments.length !== 1) return null;
  const text = line.text.trim().replace(/:$/, '');
  if (text === '' || words(text) > MAX_WORDS) return null;
  if (/[.,;]$/.test(text) || text.includes(':') || /@|https?:|www\./i.test(text)) return null;
  if (!/\p{L}{2}/u.test(text)) return null;
  if (findDateRanges(text).length > 0 || /\d{3}/.test(text)) return null;
  return text;
}

/** Body text size: the size that carries most characters. */
export function bodySize(lines: readonly Line[]): number {
  const bySize = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.size * 2) / 2;
    bySize.set(key, (bySize.get(key) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestChars = -1;
  for (const [size, chars] of bySize) {
    if (chars > bestChars) {
      best = size;
      bestChars = chars;
    }
  }
  return best;
}

type Style = string;
const styleOf = (line: Line): Style =>
  `${Math.round(line.size * 2) / 2}|${line.bold ? 'b' : ''}|${line.allCaps ? 'C' : ''}`;

function prominent(line: Line, body: number): boolean {
  return line.bold || line.allCaps || line.size >= body * 1.12 || line.headingLevel > 0;
}

type HeadingStyle = {
  readonly style: Style;
  /** No other lines share the style (false: entry titles look the same as headings). */
  readonly exclusive: boolean;
  /** Distinct from the running text's own style. */
  readonly distinct: boolean;
  readonly gap: number;
};

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The style most known headings share; null when there is no clear one. */
function headingStyle(lines: readonly Line[], body: number): HeadingStyle | null {
  const counts = new Map<Style, Line[]>();
  for (const line of lines) {
    const text = headingText(line);
    if (!text || classifyHeading(text) === null) continue;
    if (isWeakHeading(text)) continue;
    const list = counts.get(styleOf(line)) ?? [];
    list.push(line);
    counts.set(styleOf(line), list);
  }
  let best: Line[] = [];
  let style: Style | null = null;
  for (const [key, list] of counts) {
    if (list.length > best.length) {
      style = key;
      best = list;
    }
  }
  if (style === null || best.length < 2) return null;
  const sharing = lines.filter((l) => styleOf(l) === style && headingText(l) !== null).length;
  const bodyStyle = `${Math.round(body * 2) / 2}||`;
  return {
    style,
    exclusive: sharing <= best.length * 2,
    distinct: style !== bodyStyle,
    gap: median(best.map((l) => l.gapAbove)),
  };
}

export type Heading = {
  readonly kind: SectionKind;
  readonly known: boolean;
  readonly text: string;
};

/** Decides which lines are section headings. */
export function findHeadings(lines: readonly Line[]): Map<Line, Heading> {
  const body = bodySize(lines);
  const headings = headingStyle(lines, body);
  const found = new Map<Line, Heading>();
  let seenKnown = false;
  // When the headings sit in a rail beside the text, the text's own bold lines are entries.
  const railHeadings = lines.filter((l) => {
    const text = headingText(l);
    return l.rail && text !== null && classifyHeading(text) !== null;
  }).length;
  for (const [index, line] of lines.entries()) {
    const text = headingText(line);
    if (!text) continue;
    const kind = classifyHeading(text);
    const sameStyle = headings !== null && styleOf(line) === headings.style;
    const spaced = headings === null || line.gapAbove >= 0.7 * headings.gap || line.rail;
    if (kind !== null) {
      const weak = isWeakHeading(text);
      const declared = line.rail || line.headingLevel > 0;
      let accept: boolean;
      // "LINKS" in capitals and bold, set apart by space: a heading even for a weak word.
      const shouted = line.allCaps && line.bold && line.gapAbove >= 0.8;
      if (declared || (weak && shouted)) accept = true;
      else if (sameStyle) accept = headings.exclusive || spaced;
      else if (headings !== null) {
        // A known word set apart some other way (a sidebar's smaller headings).
        accept = !weak && prominent(line, body) && headings.distinct;
      } else accept = !weak || prominent(line, body) || line.gapAbove >= 0.8;
      if (accept) {
        found.set(line, { kind, known: true, text });
        seenKnown = true;
      }
      continue;
    }
    // A name set in a heading style at the top of the page is the name, not a section.
    if (!seenKnown && index < 4 && looksLikeName(text)) continue;
    // Unknown wording in the headings' own style ("Welcome to RenderCV", "Strengths").
    const typographic =
      (railHeadings < 2 &&
        sameStyle &&
        headings.exclusive &&
        headings.distinct &&
        words(text) <= 5 &&
        !text.includes(',') &&
        (line.gapAbove >= 0.6 || line.allCaps)) ||
      (line.headingLevel > 0 && line.headingLevel <= 2) ||
      (line.rail && !/\d/.test(text));
    if (typographic && !/\d/.test(text)) found.set(line, { kind: 'other', known: false, text });
  }
  return found;
}

/** Splits the lines at their headings, in reading order. */
export function splitSections(lines: readonly Line[]): Section[] {
  const headings = findHeadings(lines);
  const sections: Section[] = [];
  let current: { kind: Section['kind']; heading: string; lines: Line[]; known: boolean } = {
    kind: 'header',
    heading: '',
    lines: [],
    known: true,
  };
  for (const line of lines) {
    const heading = headings.get(line);
    if (heading) {
      sections.push(current);
      current = { kind: heading.kind, heading: heading.text, lines: [], known: heading.known };
    } else {
      current.lines.push(line);
    }
  }
  sections.push(current);
  return sections.filter((s) => s.kind === 'header' || s.lines.length > 0 || s.known);
}
