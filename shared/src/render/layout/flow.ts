// Block flow: blocks become line boxes, and line boxes are placed into column frames page by page.
import { breakRuns, runsWidth, type Line } from './lines';
import type { Block, DrawLine, DrawLink, DrawRect, Run, TextMeasurer, TextStyle } from './types';

/**
 * Drawing inside a box: x from the frame's left edge, y from the box's top. Text is placed by its
 * baseline and style; links, rules and fills are the page's own items, placed later.
 */
export type BoxItem =
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly baseline: number;
      readonly text: string;
      readonly style: TextStyle;
      readonly width: number;
      readonly label?: boolean;
    }
  | Omit<DrawLink, 'block'>
  | DrawRect
  | DrawLine;

/** One line (or rule) of a block, ready to be placed. */
export type LineBox = {
  readonly block: number;
  readonly height: number;
  readonly items: readonly BoxItem[];
  readonly first: boolean;
  readonly last: boolean;
  readonly spaceBefore: number;
  readonly spaceAfter: number;
  /** Whether a page may break right before this box. */
  breakBefore: boolean;
};

export type Frame = { readonly x: number; readonly top: number; readonly bottom: number };

export type Placement = {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly box: LineBox;
};

const EPSILON = 0.01;
/** A paragraph keeps at least this many lines on each side of a page break. */
const MIN_LINES_AT_BREAK = 2;

type Metrics = { height: number; baseline: number };

function lineMetrics(
  styles: readonly TextStyle[],
  lineHeight: number,
  measurer: TextMeasurer,
): Metrics {
  let size = 0;
  let ascent = 0;
  let descent = 0;
  for (const style of styles) {
    const m = measurer.verticalMetrics(style.font);
    size = Math.max(size, style.size);
    ascent = Math.max(ascent, m.ascent * style.size);
    descent = Math.max(descent, -m.descent * style.size);
  }
  const height = Math.max(size * lineHeight, ascent + descent);
  return { height, baseline: (height - (ascent + descent)) / 2 + ascent };
}

function textItems(line: Line, x0: number, baseline: number, height: number): BoxItem[] {
  const items: BoxItem[] = [];
  for (const seg of line.segments) {
    items.push({
      kind: 'text',
      x: x0 + seg.x,
      baseline,
      text: seg.text,
      style: seg.style,
      width: seg.width,
    });
    if (seg.url && seg.text.trim() !== '') {
      items.push({ kind: 'link', x: x0 + seg.x, y: 0, width: seg.width, height, url: seg.url });
    }
  }
  return items;
}

function stylesOf(runs: readonly Run[]): TextStyle[] {
  return runs.map((r) => r.style);
}

type RawBox = { height: number; items: BoxItem[]; text: boolean };

function paragraphBoxes(
  block: Extract<Block, { kind: 'paragraph' }>,
  width: number,
  measurer: TextMeasurer,
): RawBox[] {
  const indent = block.indent ?? 0;
  const hang = block.bullet?.hang ?? 0;
  const available = Math.max(1, width - indent - hang);
  const lines = breakRuns(block.runs, available, measurer);
  const boxes: RawBox[] = lines.map((line, i) => {
    const styles = [
      ...line.segments.map((s) => s.style),
      ...(i === 0 && block.bullet ? [block.bullet.style] : []),
    ];
    const { height, baseline } = lineMetrics(
      styles.length ? styles : stylesOf(block.runs),
      block.lineHeight,
      measurer,
    );
    const offset =
      block.align === 'center'
        ? (available - line.width) / 2
        : block.align === 'right'
          ? available - line.width
          : 0;
    const items = textItems(line, indent + hang + offset, baseline, height);
    if (i === 0 && block.bullet) {
      const bulletWidth = measurer.widthOf(
        block.bullet.text,
        block.bullet.style.font,
        block.bullet.style.size,
      );
      items.unshift({
        kind: 'text',
        x: indent,
        baseline,
        text: block.bullet.text,
        style: block.bullet.style,
        width: bulletWidth,
        label: true,
      });
    }
    if (block.leftBar) {
      items.unshift({
        kind: 'rect',
        x: 0,
        y: 0,
        width: block.leftBar.width,
        height,
        color: block.leftBar.color,
      });
    }
    return { height, items, text: true };
  });
  if (block.underline && boxes.length) {
    const u = block.underline;
    boxes.push({
      height: u.gap + u.thickness,
      items: [
        {
          kind: 'line',
          x1: 0,
          y1: u.gap + u.thickness / 2,
          x2: width,
          y2: u.gap + u.thickness / 2,
          thickness: u.thickness,
          color: u.color,
        },
      ],
      text: false,
    });
  }
  return boxes;
}

/** A right part wider than this share of the column goes on a line of its own. */
const ROW_RIGHT_MAX_SHARE = 0.55;
const ROW_GAP = 12;

function rowBoxes(
  block: Extract<Block, { kind: 'row' }>,
  width: number,
  measurer: TextMeasurer,
): RawBox[] {
  const indent = block.indent ?? 0;
  const available = width - indent;
  const rightWidth = block.right.length ? runsWidth(block.right, measurer) : 0;
  const sameLine = rightWidth > 0 && rightWidth <= available * ROW_RIGHT_MAX_SHARE;
  const leftWidth = sameLine ? available - rightWidth - ROW_GAP : available;
  const leftLines = breakRuns(block.left, Math.max(1, leftWidth), measurer);
  const rightLine = rightWidth > 0 ? breakRuns(block.right, available, measurer) : [];
  const boxes: RawBox[] = [];
  let firstBaseline = 0;
  let top = 0;
  leftLines.forEach((line, i) => {
    const withRight = sameLine && i === 0 ? rightLine[0] : undefined;
    const styles = [
      ...line.segments.map((s) => s.style),
      ...(withRight?.segments.map((s) => s.style) ?? []),
    ];
    const { height, baseline } = lineMetrics(styles, block.lineHeight, measurer);
    if (i === 0) firstBaseline = baseline;
    boxes.push({ height, items: textItems(line, indent, baseline, height), text: true });
    top += i === leftLines.length - 1 ? 0 : height;
  });
  const right = sameLine ? rightLine[0] : undefined;
  const last = boxes[boxes.length - 1];
  if (right && last) {
    // The right part sits on the first line but is written after the whole left part, so a
    // wrapped title reads in one piece ("Title … more title", then "Jan 2020 – Present").
    const firstHeight = boxes[0]?.height ?? 0;
    const shifted = textItems(right, width - right.width, firstBaseline - top, firstHeight).map(
      (item) => (item.kind === 'link' ? { ...item, y: item.y - top } : item),
    );
    last.items.push(...shifted);
  }
  const rightOwnLines = sameLine ? (leftLines.length ? rightLine.slice(1) : rightLine) : rightLine;
  for (const line of rightOwnLines) {
    const { height, baseline } = lineMetrics(
      line.segments.map((s) => s.style),
      block.lineHeight,
      measurer,
    );
    boxes.push({
      height,
      items: textItems(line, width - line.width, baseline, height),
      text: true,
    });
  }
  return boxes;
}

function ruleBoxes(block: Extract<Block, { kind: 'rule' }>, width: number): RawBox[] {
  const y = block.thickness / 2;
  return [
    {
      height: block.thickness,
      items: [
        {
          kind: 'line',
          x1: 0,
          y1: y,
          x2: width,
          y2: y,
          thickness: block.thickness,
          color: block.color,
        },
      ],
      text: false,
    },
  ];
}

/** Lays out blocks at a column width; block ids start at `firstId` and follow block order. */
export function layoutBlocks(
  blocks: readonly Block[],
  firstId: number,
  width: number,
  measurer: TextMeasurer,
): LineBox[] {
  const out: LineBox[] = [];
  // Whether the last block that drew anything asked to stay with what follows; a block that draws
  // nothing (an empty paragraph) passes the request through instead of breaking the chain.
  let keepWithPrevious = false;
  blocks.forEach((block, index) => {
    const raw =
      block.kind === 'paragraph'
        ? paragraphBoxes(block, width, measurer)
        : block.kind === 'row'
          ? rowBoxes(block, width, measurer)
          : ruleBoxes(block, width);
    const textLines = raw.filter((b) => b.text).length;
    raw.forEach((box, k) => {
      const orphanSafe = k >= MIN_LINES_AT_BREAK && textLines - k >= MIN_LINES_AT_BREAK;
      out.push({
        block: firstId + index,
        height: box.height,
        items: box.items,
        first: k === 0,
        last: k === raw.length - 1,
        spaceBefore: k === 0 ? (block.spaceBefore ?? 0) : 0,
        spaceAfter: k === raw.length - 1 ? (block.spaceAfter ?? 0) : 0,
        breakBefore:
          k === 0
            ? !keepWithPrevious
            : block.kind === 'paragraph' && box.text && !block.keepTogether && orphanSafe,
      });
    });
    keepWithPrevious = raw.length
      ? Boolean(block.keepWithNext)
      : keepWithPrevious || Boolean(block.keepWithNext);
  });
  return out;
}

/**
 * Places boxes into frames, one frame per page. When a box does not fit, the page breaks at the
 * nearest earlier point where breaking is allowed (keep-with-next, keep-together and the two-line
 * widow and orphan rule); a chain longer than a page breaks where it must. Space between blocks
 * collapses (the larger of spaceAfter and spaceBefore) and is dropped at the top of a page.
 */
export function paginate(
  boxes: readonly LineBox[],
  frameFor: (page: number) => Frame,
): Placement[] {
  const placed: Placement[] = [];
  let page = 0;
  let frame = frameFor(0);
  let y = frame.top;
  let pageStart = 0;
  let previousSpaceAfter = 0;
  let i = 0;
  while (i < boxes.length) {
    const box = boxes[i] as LineBox;
    const atTop = i === pageStart;
    const gap = atTop ? 0 : box.first ? Math.max(previousSpaceAfter, box.spaceBefore) : 0;
    if (!atTop && y + gap + box.height > frame.bottom + EPSILON) {
      let j = i;
      while (j > pageStart && !(boxes[j] as LineBox).breakBefore) j--;
      if (j === pageStart) j = i;
      placed.length = j;
      page += 1;
      frame = frameFor(page);
      y = frame.top;
      pageStart = j;
      i = j;
      previousSpaceAfter = 0;
      continue;
    }
    y += gap;
    placed.push({ page, x: frame.x, y, box });
    y += box.height;
    previousSpaceAfter = box.last ? box.spaceAfter : 0;
    i += 1;
  }
  return placed;
}

/** The bottom edge of what was placed on a page, or undefined when nothing was. */
export function bottomOn(placements: readonly Placement[], page: number): number | undefined {
  let bottom: number | undefined;
  for (const p of placements)
    if (p.page === page) bottom = Math.max(bottom ?? 0, p.y + p.box.height);
  return bottom;
}
