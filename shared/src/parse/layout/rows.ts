// Rebuilds a page's rows from positioned items: glyphs into words, words into segments.
import { MISSING_GLYPH, resolveMissingGlyphs, stripBullet } from '../pdf/glyphs';
import type { LinkArea, PageItems, TextItem, Word } from '../types';

/** A segment while the layout is worked out: words on one baseline with no wide gap. */
export type RawSegment = {
  words: Word[];
  /** Baseline of the row the segment sits on. */
  baseline: number;
  x0: number;
  x1: number;
  size: number;
  /** Characters per font id, to tell emphasis fonts from the body font later. */
  fonts: Map<string, number>;
  links: string[];
};

export type Row = {
  readonly baseline: number;
  readonly top: number;
  readonly bottom: number;
  readonly size: number;
  segments: RawSegment[];
  /** Set on the line made from a left rail's label or date. */
  readonly rail?: boolean;
};

/** A gap wider than this (in ems) always separates segments. */
const SEGMENT_GAP_EM = 1.0;
/** A gap this wide separates segments when the next word starts at a column edge. */
const ALIGNED_SEGMENT_GAP_EM = 0.4;
/** A gap narrower than this (in ems) is inside a word (glyph-per-item PDFs). */
const WORD_GAP_EM = 0.14;

type Placed = TextItem & { readonly end: number };

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Groups items into rows by baseline (tolerance scales with the font size). */
function groupByBaseline(items: readonly Placed[]): Placed[][] {
  const sorted = [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const rows: { baseline: number; size: number; items: Placed[] }[] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const tolerance = 0.3 * Math.min(item.size, row?.size ?? item.size);
    if (row && Math.abs(item.baseline - row.baseline) <= tolerance) {
      row.items.push(item);
      if (item.size > row.size) row.size = item.size;
    } else {
      rows.push({ baseline: item.baseline, size: item.size, items: [item] });
    }
  }
  return rows.map((r) => r.items.sort((a, b) => a.x - b.x));
}

/**
 * Icon glyphs that are not private-use (LaTeX icon fonts map them to letters such as "I" or "#"):
 * a font used only for lone single characters standing apart from their neighbours.
 */
function iconFonts(rows: Placed[][]): Set<string> {
  const lone = new Map<string, number>();
  const other = new Set<string>();
  for (const full of rows) {
    const row = full.filter((item) => item.text.trim() !== '');
    row.forEach((item, i) => {
      const text = item.text.trim();
      const prev = row[i - 1];
      const next = row[i + 1];
      const apart =
        (!prev || item.x - prev.end > 0.15 * item.size) &&
        (!next || next.x - item.end > 0.15 * item.size);
      // Arrows, bullets, dashes and the like are text, not icons, even when set apart.
      if ([...text].length === 1 && apart && !/[\d•◦▪●○■□–—\-→←↔⇒⇐➔➜&+/|·°%]/.test(text)) {
        lone.set(item.fontId, (lone.get(item.fontId) ?? 0) + 1);
      } else {
        other.add(item.fontId);
      }
    });
  }
  return new Set([...lone.keys()].filter((id) => !other.has(id)));
}

function addWord(segment: RawSegment, text: string, x0: number, x1: number): void {
  if (text === '') return;
  segment.words.push({ text, x0, x1 });
  segment.x1 = Math.max(segment.x1, x1);
}

function newSegment(item: Placed): RawSegment {
  return {
    words: [],
    baseline: item.baseline,
    x0: item.x,
    x1: item.end,
    size: item.size,
    fonts: new Map(),
    links: [],
  };
}

/** Builds the segments of one row: glyphs merged into words, words into segments. */
function segmentRow(items: Placed[], columnEdges: readonly number[]): RawSegment[] {
  const segments: RawSegment[] = [];
  let segment: RawSegment | null = null;
  let word = '';
  let wordStart = 0;
  let wordEnd = 0;
  let missingWidth = 0;
  let missingCount = 0;
  let prev: Placed | null = null;
  let sawSpace = false;
  const flushWord = () => {
    if (segment && word.trim() !== '') {
      const em = missingCount > 0 ? missingWidth / missingCount : 0;
      addWord(segment, resolveMissingGlyphs(word.trim(), em), wordStart, wordEnd);
    }
    word = '';
    missingWidth = 0;
    missingCount = 0;
  };
  for (const item of items) {
    const text = item.text;
    if (text.trim() === '') {
      // An explicit space ends the word; the gap is still measured from the last glyph.
      flushWord();
      sawSpace = true;
      continue;
    }
    const size = Math.max(item.size, prev?.size ?? 0);
    const gap = prev ? item.x - prev.end : 0;
    const atEdge = columnEdges.some((edge) => Math.abs(edge - item.x) < 1.5);
    // A bullet glyph belongs with the text after it, however far the list indents it.
    const afterBullet =
      segment !== null &&
      word === '' &&
      segment.words.length === 1 &&
      stripBullet(`${segment.words[0]?.text ?? ''} x`) !== null &&
      gap < 5 * size;
    const breakSegment =
      !segment ||
      (!afterBullet &&
        (gap > SEGMENT_GAP_EM * size || (atEdge && gap > ALIGNED_SEGMENT_GAP_EM * size)));
    if (breakSegment) {
      flushWord();
      segment = newSegment(item);
      segments.push(segment);
    } else if (sawSpace || gap > WORD_GAP_EM * size || /^\s/.test(text)) {
      flushWord();
    }
    sawSpace = /\s$/.test(text);
    if (segment === null) continue;
    if (word === '') wordStart = item.x;
    // Text inside one item keeps its own spaces: split it into words by them.
    const parts = text.split(/(\s+)/);
    let cursor = item.x;
    const perChar = item.width / Math.max(1, text.length);
    for (const part of parts) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        flushWord();
        cursor += perChar * part.length;
        wordStart = cursor;
        continue;
      }
      if (word === '') wordStart = cursor;
      word += part;
      cursor += perChar * part.length;
      wordEnd = cursor;
      if (part.includes(MISSING_GLYPH)) {
        missingWidth += perChar / item.size;
        missingCount += 1;
      }
    }
    wordEnd = item.end;
    segment.x1 = Math.max(segment.x1, item.end);
    segment.size = Math.max(segment.size, item.size);
    const chars = text.replace(/\s/g, '').length;
    segment.fonts.set(item.fontId, (segment.fonts.get(item.fontId) ?? 0) + chars);
    prev = item;
  }
  flushWord();
  return segments.filter((s) => s.words.length > 0);
}

/** x positions where at least three rows start text (at the row's start or after a wide gap). */
function findColumnEdges(rows: Placed[][]): number[] {
  const starts: number[] = [];
  for (const row of rows) {
    const first = row.find((i) => i.text.trim() !== '');
    if (first) starts.push(first.x);
    for (let i = 1; i < row.length; i++) {
      const a = row[i - 1];
      const b = row[i];
      if (a && b && b.text.trim() !== '' && b.x - a.end > SEGMENT_GAP_EM * b.size) {
        starts.push(b.x);
      }
    }
  }
  starts.sort((a, b) => a - b);
  const edges: number[] = [];
  let i = 0;
  while (i < starts.length) {
    let j = i;
    while (j + 1 < starts.length && (starts[j + 1] ?? 0) - (starts[i] ?? 0) < 1.5) j++;
    if (j - i + 1 >= 3) edges.push(median(starts.slice(i, j + 1)));
    i = j + 1;
  }
  return edges;
}

function attachLinks(row: Row, links: readonly LinkArea[]): void {
  for (const link of links) {
    const vertical = Math.min(link.y1, row.bottom) - Math.max(link.y0, row.top);
    if (vertical < 0.5 * (row.bottom - row.top)) continue;
    for (const segment of row.segments) {
      const overlap = Math.min(link.x1, segment.x1) - Math.max(link.x0, segment.x0);
      if (overlap > 1 && !segment.links.includes(link.url)) segment.links.push(link.url);
    }
  }
}

/** Drops items printed twice on top of each other (fake bold, shadows). */
function dedupe(items: readonly Placed[]): Placed[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.text}|${Math.round(item.x)}|${Math.round(item.baseline)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A justified line in a narrow column can have gaps wide enough to look like separate segments;
 * when its segments are evenly spaced and the row shares both edges with other rows (a
 * paragraph), it is one segment again.
 */
function mergeJustified(rows: Row[]): void {
  // Rows per left and right edge (to the point), to find paragraph edges in one pass.
  const lefts = new Map<number, number>();
  const rights = new Map<number, number>();
  const bump = (map: Map<number, number>, x: number) =>
    map.set(Math.round(x), (map.get(Math.round(x)) ?? 0) + 1);
  for (const row of rows) {
    const seenLeft = new Set<number>();
    const seenRight = new Set<number>();
    for (const s of row.segments) {
      seenLeft.add(Math.round(s.x0));
      seenRight.add(Math.round(s.x1));
    }
    for (const x of seenLeft) bump(lefts, x);
    for (const x of seenRight) bump(rights, x);
  }
  const near = (map: Map<number, number>, x: number) =>
    (map.get(Math.round(x) - 1) ?? 0) +
    (map.get(Math.round(x)) ?? 0) +
    (map.get(Math.round(x) + 1) ?? 0);
  for (const row of rows) {
    if (row.segments.length < 3) continue;
    const first = row.segments[0];
    const last = row.segments[row.segments.length - 1];
    if (!first || !last) continue;
    const gaps = row.segments.slice(1).map((s, i) => s.x0 - (row.segments[i]?.x1 ?? s.x0));
    if (Math.max(...gaps) > 1.6 * Math.min(...gaps) || Math.max(...gaps) > 3 * row.size) continue;
    // Other rows start and end where this one does, and it ends flush with the widest of them:
    // a justified paragraph (the row itself counts too). Rows of tags are not flush right.
    if (near(lefts, first.x0) < 3 || near(rights, last.x1) < 3) continue;
    const widest = Math.max(
      ...rows
        .filter((r) => r.segments[0] && Math.abs(r.segments[0].x0 - first.x0) < 2)
        .map((r) => r.segments[r.segments.length - 1]!.x1),
    );
    if (last.x1 < widest - 2) continue;
    const fonts = new Map<string, number>();
    for (const s of row.segments)
      for (const [f, n] of s.fonts) fonts.set(f, (fonts.get(f) ?? 0) + n);
    row.segments = [
      {
        words: row.segments.flatMap((s) => s.words),
        baseline: row.baseline,
        x0: first.x0,
        x1: last.x1,
        size: Math.max(...row.segments.map((s) => s.size)),
        fonts,
        links: [...new Set(row.segments.flatMap((s) => s.links))],
      },
    ];
  }
}

function letterSpaced(segment: RawSegment): boolean {
  const singles = segment.words.filter((w) => [...w.text].length === 1).length;
  return segment.words.length >= 2 && singles >= 0.75 * segment.words.length;
}

/** "J O R D A N   R E Y E S": the word gap can pass for a segment gap; put the name back together. */
function mergeLetterSpaced(rows: Row[]): void {
  for (const row of rows) {
    for (let i = row.segments.length - 1; i > 0; i--) {
      const a = row.segments[i - 1]!;
      const b = row.segments[i]!;
      if (!letterSpaced(a) || !letterSpaced(b)) continue;
      const gaps = a.words.slice(1).map((w, k) => w.x0 - (a.words[k]?.x1 ?? w.x0));
      const letterGap = gaps.sort((x, y) => x - y)[Math.floor(gaps.length / 2)] ?? 0;
      if (b.x0 - a.x1 > 3 * letterGap + 1) continue;
      const fonts = new Map(a.fonts);
      for (const [f, n] of b.fonts) fonts.set(f, (fonts.get(f) ?? 0) + n);
      row.segments.splice(i - 1, 2, {
        words: [...a.words, ...b.words],
        baseline: row.baseline,
        x0: a.x0,
        x1: b.x1,
        size: Math.max(a.size, b.size),
        fonts,
        links: [...new Set([...a.links, ...b.links])],
      });
    }
  }
}

export type PageRows = { readonly rows: Row[]; readonly droppedIcons: number };

/** Rows of a page, top to bottom, each with its segments left to right. */
export function buildRows(page: PageItems): PageRows {
  const placed = dedupe(page.items.map((item) => ({ ...item, end: item.x + item.width })));
  const grouped = groupByBaseline(placed);
  const icons = iconFonts(grouped);
  let droppedIcons = 0;
  const cleaned = grouped
    .map((row) =>
      row.filter((item) => {
        if (icons.has(item.fontId) && item.text.trim() !== '') {
          droppedIcons++;
          return false;
        }
        return true;
      }),
    )
    .filter((row) => row.some((item) => item.text.trim() !== ''));
  const edges = findColumnEdges(cleaned);
  const rows: Row[] = [];
  for (const items of cleaned) {
    const segments = segmentRow(items, edges);
    if (segments.length === 0) continue;
    const size = Math.max(...segments.map((s) => s.size));
    const baseline = median(items.filter((i) => i.text.trim() !== '').map((i) => i.baseline));
    for (const segment of segments) segment.baseline = baseline;
    const row: Row = {
      baseline,
      top: baseline - size * 0.8,
      bottom: baseline + size * 0.2,
      size,
      segments,
    };
    attachLinks(row, page.links);
    rows.push(row);
  }
  mergeJustified(rows);
  mergeLetterSpaced(rows);
  return { rows, droppedIcons };
}

export function segmentText(segment: RawSegment): string {
  return segment.words.map((w) => w.text).join(' ');
}
