// Reading order: splits a page into columns (sidebars, side-by-side entries) and tells real
// columns from gutters (a rail of section labels or dates that annotates the rows beside it).
import { findDateRanges } from '../../lib/dates';
import { memoizeText } from '../memo';
import { classifyHeading, isWeakHeading } from '../sections/headings';
import { segmentText, type RawSegment, type Row } from './rows';

export type Block = {
  readonly rows: Row[];
  /** Left and right edges of the column the block belongs to. */
  readonly left: number;
  readonly right: number;
  readonly column: number;
};

export type RegionLayout = {
  readonly blocks: Block[];
  /** Largest number of columns found side by side. */
  readonly columns: number;
  /** True when a label or date gutter was recognised. */
  readonly gutter: boolean;
};

type Side = {
  segments: RawSegment[];
  rows: number;
  aligned: number;
  /** Its rows stand far apart (labels with long stretches of text beside them), not a list. */
  spread: boolean;
};

type Candidate = {
  readonly x: number;
  readonly start: number;
  readonly end: number;
  readonly left: Side;
  readonly right: Side;
  /** Rows where both sides open with a section heading ("Experience" ‖ "Skills"). */
  readonly headingPairs: number;
};

const MIN_RUN_ROWS = 3;

type Bounds = { readonly x0: number; readonly x1: number; readonly centred: ReadonlySet<Row> };

/**
 * Lone lines centred on the region with nothing beside them (centred section headings): they
 * span any split near the middle, even when too short to reach across it.
 */
function centredRows(rows: Row[], areas: ReadonlyArray<readonly [number, number]>): Set<Row> {
  const out = new Set<Row>();
  const centredIn = (x0: number, x1: number, [a0, a1]: readonly [number, number]) =>
    x0 > a0 + 0.1 * (a1 - a0) && Math.abs((x0 + x1) / 2 - (a0 + a1) / 2) <= 0.02 * (a1 - a0);
  const sizes = rows.map((r) => r.size).sort((a, b) => a - b);
  const typical = sizes[Math.floor(sizes.length / 2)] ?? 0;
  rows.forEach((row, i) => {
    const only = row.segments.length === 1 ? row.segments[0] : undefined;
    if (!only || !areas.some((area) => centredIn(only.x0, only.x1, area))) return;
    // Only headings: a centred section title, or text set larger than the rest.
    if (classifyHeading(segmentText(only)) === null && only.size < typical * 1.15) return;
    const near = (other: Row | undefined) =>
      other !== undefined && Math.abs(other.baseline - row.baseline) < 1.5 * row.size;
    if (near(rows[i - 1]) || near(rows[i + 1])) return;
    out.add(row);
  });
  return out;
}

function centredAcross(row: Row, x: number, bounds: Bounds | null): boolean {
  if (!bounds || !bounds.centred.has(row)) return false;
  const width = bounds.x1 - bounds.x0;
  return Math.abs(x - (bounds.x0 + bounds.x1) / 2) < 0.25 * width;
}

function splitRowAt(
  row: Row,
  x: number,
  bounds: Bounds | null = null,
): { left: RawSegment[]; right: RawSegment[]; cross: boolean } {
  const left: RawSegment[] = [];
  const right: RawSegment[] = [];
  let cross = centredAcross(row, x, bounds);
  const margin = 0.4 * row.size;
  for (const segment of row.segments) {
    if (segment.x0 >= x - 0.5) right.push(segment);
    else if (segment.x1 <= x - margin) left.push(segment);
    else cross = true;
  }
  return { left, right, cross };
}

function wordCount(segment: RawSegment): number {
  return segment.words.length;
}

const PLACE = /^[\p{Lu}][\p{L} .'-]+,\s*(?:[A-Z]{2}|[\p{Lu}][\p{L} ]+)(?:\s+\d{4,6})?$|^remote$/iu;
const DURATION = /^\d+\s+(?:years?|yrs?|months?|mos?)\b/i;

/** A date, a date range, a duration or a place: what rails and right-aligned columns hold. */
export const isDateOrPlace = memoizeText(isDateOrPlaceUncached);

function isDateOrPlaceUncached(text: string): boolean {
  const trimmed = text.trim();
  if (PLACE.test(trimmed) || DURATION.test(trimmed)) return true;
  const dates = findDateRanges(trimmed);
  return dates.length > 0 && dates.reduce((n, d) => n + d.length, 0) > trimmed.length * 0.5;
}

function isAnnotation(segment: RawSegment): boolean {
  return wordCount(segment) <= 4 || isDateOrPlace(segmentText(segment));
}

/** Most segments share a left or a right edge: a rail of labels or right-aligned dates. */
function sharesEdge(segments: RawSegment[]): boolean {
  const share = (key: (s: RawSegment) => number) => {
    let best = 0;
    for (const s of segments) {
      const n = segments.filter((t) => Math.abs(key(t) - key(s)) <= 3).length;
      best = Math.max(best, n);
    }
    return best;
  };
  const best = Math.max(
    share((s) => s.x0),
    share((s) => s.x1),
  );
  return best >= 0.7 * segments.length;
}

/**
 * A gutter is sparse, short and tied to the rows beside it: section labels in a left rail,
 * dates in a left or right rail. It annotates the other side instead of being read on its own.
 */
function isGutter(side: Side, other: Side): boolean {
  const n = side.segments.length;
  if (n === 0) return false;
  const short = side.segments.filter(isAnnotation).length;
  // What rails hold: section labels (maybe over two lines), dates, places. A sidebar holds
  // everything else too.
  const railLike = railPhrases(side.segments).reduce((count, phrase) => {
    const text = phrase.map(segmentText).join(' ');
    const like =
      isDateOrPlace(text) ||
      classifyHeading(text) !== null ||
      /^(present|current|now)$/i.test(text);
    return count + (like ? phrase.length : 0);
  }, 0);
  return (
    short >= 0.85 * n &&
    railLike >= 0.6 * n &&
    side.rows <= 0.6 * other.rows &&
    (side.aligned >= 0.4 * n || side.spread) &&
    sharesEdge(side.segments)
  );
}

/** Segments stacked right under each other ("Technical" over "Skills") read as one phrase. */
function railPhrases(segments: RawSegment[]): RawSegment[][] {
  const phrases: RawSegment[][] = [];
  for (const segment of segments) {
    const phrase = phrases[phrases.length - 1];
    const last = phrase?.[phrase.length - 1];
    if (
      phrase &&
      last &&
      Math.abs(segment.x0 - last.x0) < 3 &&
      segment.size === last.size &&
      Math.abs(segment.baseline - last.baseline) < 1.6 * segment.size
    ) {
      phrase.push(segment);
      continue;
    }
    phrases.push([segment]);
  }
  return phrases;
}

function isStrongHeading(segment: RawSegment): boolean {
  const text = segmentText(segment);
  return classifyHeading(text) !== null && !isWeakHeading(text);
}

/**
 * Two sections side by side: both sides open a section on the same row. A sidebar that holds
 * only a short list is still a column when its heading sits beside the main column's.
 */
function isSideBySide(candidate: Candidate): boolean {
  return candidate.headingPairs > 0 && candidate.left.rows >= 2 && candidate.right.rows >= 2;
}

/** Real content on both sides: more than a rail of dates and places, more than a line or two. */
function isDense(side: Side): boolean {
  const places = side.segments.filter((s) => isDateOrPlace(segmentText(s))).length;
  if (places >= 0.8 * side.segments.length) return false;
  const words = side.segments.reduce((n, s) => n + wordCount(s), 0);
  return side.rows >= 3 && words >= 10;
}

function boundsOf(rows: Row[], page: readonly [number, number] | null): Bounds {
  const segments = rows.flatMap((r) => r.segments);
  const x0 = Math.min(...segments.map((s) => s.x0));
  const x1 = Math.max(...segments.map((s) => s.x1));
  const areas: Array<readonly [number, number]> = [[x0, x1]];
  if (page) areas.push(page);
  return { x0, x1, centred: centredRows(rows, areas) };
}

function medianStep(tops: number[]): number {
  const steps = tops.slice(1).map((t, i) => t - (tops[i] ?? t));
  if (steps.length === 0) return 0;
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)] ?? 0;
}

function evaluate(rows: Row[], x: number, bounds: Bounds): Candidate | null {
  let best: Candidate | null = null;
  let start = 0;
  const close = (end: number) => {
    if (end - start < MIN_RUN_ROWS) return;
    const left: Side = { segments: [], rows: 0, aligned: 0, spread: false };
    const right: Side = { segments: [], rows: 0, aligned: 0, spread: false };
    const tops: { left: number[]; right: number[] } = { left: [], right: [] };
    let headingPairs = 0;
    for (let i = start; i < end; i++) {
      const row = rows[i];
      if (!row) continue;
      const parts = splitRowAt(row, x);
      if (parts.left.length > 0) {
        left.rows++;
        tops.left.push(row.top);
      }
      if (parts.right.length > 0) {
        right.rows++;
        tops.right.push(row.top);
      }
      left.segments.push(...parts.left);
      right.segments.push(...parts.right);
      if (parts.left.length > 0 && parts.right.length > 0) {
        left.aligned += parts.left.length;
        right.aligned += parts.right.length;
        if (isStrongHeading(parts.left[0]!) && isStrongHeading(parts.right[0]!)) headingPairs++;
      }
    }
    if (left.rows < 2 || right.rows < 2) return;
    left.spread = medianStep(tops.left) > 2.5 * medianStep(tops.right);
    right.spread = medianStep(tops.right) > 2.5 * medianStep(tops.left);
    if (!best || end - start > best.end - best.start) {
      best = { x, start, end, left, right, headingPairs };
    }
  };
  rows.forEach((row, i) => {
    if (splitRowAt(row, x, bounds).cross) {
      close(i);
      start = i + 1;
    }
  });
  close(rows.length);
  return best;
}

function candidatesOf(rows: Row[]): number[] {
  const xs = new Set<number>();
  const lefts = rows.flatMap((r) => r.segments.map((s) => s.x0));
  const minX = Math.min(...lefts);
  for (const row of rows) {
    for (const segment of row.segments) {
      if (segment.x0 > minX + 5) xs.add(Math.round(segment.x0 * 2) / 2);
    }
  }
  return [...xs];
}

/** The row with only some of its segments; its size and extent follow what is left. */
export function withSegments(row: Row, segments: RawSegment[]): Row {
  const size = Math.max(...segments.map((s) => s.size));
  return {
    ...row,
    segments,
    size,
    top: row.baseline - size * 0.8,
    bottom: row.baseline + size * 0.2,
  };
}

function sliceRows(rows: Row[], x: number, side: 'left' | 'right'): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const parts = splitRowAt(row, x);
    const segments = side === 'left' ? parts.left : parts.right;
    if (segments.length > 0) out.push(withSegments(row, segments));
  }
  return out;
}

function leftOf(rows: Row[]): number {
  return Math.min(...rows.flatMap((r) => r.segments.map((s) => s.x0)));
}

/** Rows that hold a section heading alone, at the region's left edge or centred. */
function isHeadingRow(row: Row, bounds: Bounds): boolean {
  const only = row.segments.length === 1 ? row.segments[0] : undefined;
  if (!only) return false;
  const text = segmentText(only);
  if (classifyHeading(text) === null || isWeakHeading(text)) return false;
  return Math.abs(only.x0 - bounds.x0) < 4 || bounds.centred.has(row);
}

/** Cuts a region into bands that each start at a section heading. */
function cutAtHeadings(rows: Row[], bounds: Bounds): Row[][] {
  const bands: Row[][] = [];
  let band: Row[] = [];
  for (const row of rows) {
    if (isHeadingRow(row, bounds) && band.length > 0) {
      bands.push(band);
      band = [];
    }
    band.push(row);
  }
  if (band.length > 0) bands.push(band);
  return bands;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function mergeSegments(segments: RawSegment[]): RawSegment {
  const first = segments[0];
  if (!first || segments.length === 1) return first as RawSegment;
  const fonts = new Map<string, number>();
  for (const s of segments) for (const [f, n] of s.fonts) fonts.set(f, (fonts.get(f) ?? 0) + n);
  return {
    words: segments.flatMap((s) => s.words),
    baseline: first.baseline,
    x0: Math.min(...segments.map((s) => s.x0)),
    x1: Math.max(...segments.map((s) => s.x1)),
    size: Math.max(...segments.map((s) => s.size)),
    fonts,
    links: [...new Set(segments.flatMap((s) => s.links))],
  };
}

/**
 * A left rail (section labels, dates) cuts the region into bands: each rail entry, joined with
 * the rail text on the rows right below it ("2017 –" / "Present"), becomes a line of its own
 * that opens its band; the rest of the band is laid out on its own.
 */
function bandByRail(
  rows: Row[],
  x: number,
  column: number,
  depth: number,
  right: number,
): RegionLayout {
  const blocks: Block[] = [];
  let columns = 1;
  let content: Row[] = [];
  let rail: { segments: RawSegment[]; row: Row } | null = null;
  let lastRailRow: Row | null = null;
  const flush = () => {
    if (rail) {
      const segment = mergeSegments(rail.segments);
      const row: Row = { ...withSegments(rail.row, [segment]), rail: true };
      blocks.push({ rows: [row], left: segment.x0, right, column });
    }
    if (content.length > 0) {
      const inner = layoutRegion(content, column, depth + 1, null, right);
      blocks.push(...inner.blocks);
      columns = Math.max(columns, inner.columns);
    }
    rail = null;
    content = [];
  };
  const bodySize = median(rows.flatMap((r) => splitRowAt(r, x).right.map((s) => s.size)));
  for (const row of rows) {
    const parts = splitRowAt(row, x);
    // Text larger than the body beside it (the name in a header) is not a rail label.
    const railSegments = parts.left.filter((s) => s.size <= bodySize * 1.25);
    if (railSegments.length > 0) {
      const text = railSegments.map(segmentText).join(' ');
      const previous = rail ? rail.segments.map(segmentText).join(' ') : '';
      const continues =
        rail !== null &&
        lastRailRow !== null &&
        row.top - lastRailRow.bottom < 0.8 * row.size &&
        (/(?:[-–—]|\bto)$/i.test(previous.trim()) ||
          (findDateRanges(previous).length === 0 && findDateRanges(text).length === 0));
      if (continues && rail) rail.segments.push(...railSegments);
      else {
        flush();
        rail = { segments: railSegments, row };
      }
      lastRailRow = row;
    }
    const rest = parts.left.length > railSegments.length ? row.segments : parts.right;
    if (rest.length > 0 && !(rest === row.segments && railSegments.length > 0)) {
      content.push(rest === row.segments ? row : withSegments(row, rest));
    } else if (parts.right.length > 0 && railSegments.length > 0) {
      content.push(withSegments(row, parts.right));
    }
  }
  flush();
  return { blocks, columns, gutter: true };
}

/** Lays out a region (a page, or part of one) into blocks in reading order. */
export function layoutRegion(
  rows: Row[],
  column = 0,
  depth = 0,
  page: readonly [number, number] | null = null,
  rightEdge: number | null = null,
): RegionLayout {
  const right = rightEdge ?? Math.max(...rows.flatMap((r) => r.segments.map((s) => s.x1)));
  if (rows.length === 0) return { blocks: [], columns: 0, gutter: false };
  const single: RegionLayout = {
    blocks: [{ rows, left: leftOf(rows), right, column }],
    columns: 1,
    gutter: false,
  };
  if (depth > 6 || rows.length < MIN_RUN_ROWS) return single;
  let best: Candidate | null = null;
  let rail: Candidate | null = null;
  let gutter = false;
  const bounds = boundsOf(rows, page);
  const area = page ?? ([bounds.x0, bounds.x1] as const);
  const span = (c: Candidate) => c.end - c.start;
  for (const x of candidatesOf(rows)) {
    const candidate = evaluate(rows, x, bounds);
    if (!candidate) continue;
    if (isGutter(candidate.left, candidate.right)) {
      gutter = true;
      if (!rail || span(candidate) > span(rail)) rail = candidate;
      continue;
    }
    if (isGutter(candidate.right, candidate.left)) {
      gutter = true;
      continue;
    }
    if ((!isDense(candidate.left) || !isDense(candidate.right)) && !isSideBySide(candidate)) {
      continue;
    }
    if (!best || span(candidate) > span(best) || (span(candidate) === span(best) && x < best.x)) {
      best = candidate;
    }
  }
  if (rail && span(rail) >= 0.5 * rows.length) {
    const above = layoutRegion(rows.slice(0, rail.start), column, depth + 1, area, right);
    const band = bandByRail(rows.slice(rail.start, rail.end), rail.x, column, depth, right);
    const below = layoutRegion(rows.slice(rail.end), column, depth + 1, area, right);
    return {
      blocks: [...above.blocks, ...band.blocks, ...below.blocks],
      columns: Math.max(above.columns, band.columns, below.columns),
      gutter: true,
    };
  }
  if (!best || span(best) < 0.6 * rows.length) {
    // No page-wide columns: lay out section by section, so side-by-side entries in one
    // section are not read together with the section below.
    const bands = cutAtHeadings(rows, bounds);
    if (bands.length > 1) {
      const parts = bands.map((band) => layoutRegion(band, column, depth + 1, area, right));
      return {
        blocks: parts.flatMap((p) => p.blocks),
        columns: Math.max(...parts.map((p) => p.columns)),
        gutter: gutter || parts.some((p) => p.gutter),
      };
    }
  }
  if (!best) return { ...single, gutter };
  const above = layoutRegion(rows.slice(0, best.start), column, depth + 1, area, right);
  const run = rows.slice(best.start, best.end);
  const leftRows = sliceRows(run, best.x, 'left');
  const leftRight = Math.max(...leftRows.flatMap((r) => r.segments.map((s) => s.x1)));
  const left = layoutRegion(leftRows, column, depth + 1, null, leftRight);
  const rightSide = layoutRegion(
    sliceRows(run, best.x, 'right'),
    column + 1,
    depth + 1,
    null,
    right,
  );
  const below = layoutRegion(rows.slice(best.end), column, depth + 1, area, right);
  return {
    blocks: [...above.blocks, ...left.blocks, ...rightSide.blocks, ...below.blocks],
    columns: Math.max(above.columns, left.columns + rightSide.columns, below.columns),
    gutter: gutter || above.gutter || left.gutter || rightSide.gutter || below.gutter,
  };
}
