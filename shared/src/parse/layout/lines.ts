// From a PDF's pages to lines in reading order: rows, page furniture, columns, emphasis.
import { stripBullet } from '../pdf/glyphs';
import type { Line, PdfContent, Segment, Word } from '../types';
import { layoutRegion, type Block } from './columns';
import { buildRows, segmentText, type RawSegment, type Row } from './rows';

export type PdfLines = {
  readonly lines: Line[];
  readonly columns: number;
  readonly gutter: boolean;
  readonly droppedIcons: number;
};

const PAGE_NUMBER =
  /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$|[–—-]\s*\d{1,3}\s*\/\s*\d{1,3}$/i;

function rowText(row: Row): string {
  return row.segments.map(segmentText).join(' ');
}

/** Running headers and footers: repeated on several pages, or page numbers, near an edge. */
function removeFurniture(pages: { rows: Row[]; height: number }[]): void {
  const zone = (row: Row, height: number) =>
    row.top < height * 0.1 ? 'top' : row.bottom > height * 0.88 ? 'bottom' : null;
  const key = (row: Row) => rowText(row).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const seen = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.rows.filter((r) => zone(r, page.height) !== null).map((r) => key(r)));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  for (const page of pages) {
    page.rows = page.rows.filter((row) => {
      if (zone(row, page.height) === null) return true;
      if (pages.length > 1 && (seen.get(key(row)) ?? 0) >= 2) return false;
      return !PAGE_NUMBER.test(rowText(row).trim());
    });
  }
}

/** The fonts of running text: those that carry most characters of long segments. */
function bodyFonts(rows: Row[]): Set<string> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const segment of row.segments) {
      if (segment.words.length < 6) continue;
      for (const [font, n] of segment.fonts) counts.set(font, (counts.get(font) ?? 0) + n);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const body = new Set<string>();
  let covered = 0;
  for (const [font, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    if (covered >= total * 0.85) break;
    body.add(font);
    covered += n;
  }
  return body;
}

/** "J O R D A N  R E Y E S" → "JORDAN REYES": letters regrouped by the wider gaps. */
function undoLetterSpacing(words: Word[]): Word[] {
  const singles = words.filter((w) => [...w.text].length === 1).length;
  if (words.length < 4 || singles < 0.75 * words.length) return words;
  const gaps = words.slice(1).map((w, i) => w.x0 - (words[i]?.x1 ?? w.x0));
  const sorted = [...gaps].sort((a, b) => a - b);
  const small = sorted[Math.floor(sorted.length * 0.25)] ?? 0;
  const out: Word[] = [];
  let current: Word | null = null;
  words.forEach((w, i) => {
    const gap = i === 0 ? Infinity : (gaps[i - 1] ?? 0);
    if (current && gap <= small * 1.6 + 0.5) {
      current = { text: current.text + w.text, x0: current.x0, x1: w.x1 };
    } else {
      if (current) out.push(current);
      current = { ...w };
    }
  });
  if (current) out.push(current);
  return out;
}

function toSegment(raw: RawSegment, body: Set<string>): Segment {
  const words = undoLetterSpacing(raw.words);
  let total = 0;
  let emphasis = 0;
  let fontId = '';
  let fontChars = -1;
  for (const [font, n] of raw.fonts) {
    total += n;
    if (!body.has(font)) emphasis += n;
    if (n > fontChars) {
      fontId = font;
      fontChars = n;
    }
  }
  return {
    text: words.map((w) => w.text).join(' '),
    x0: raw.x0,
    x1: raw.x1,
    size: raw.size,
    bold: body.size > 0 && total > 0 && emphasis >= 0.6 * total,
    fontId,
    words,
    links: raw.links,
  };
}

const hasLetters = (text: string) => /\p{L}/u.test(text);

/** Builds the lines of one block (a column, or a full-width band). */
function blockLines(block: Block, page: number, body: Set<string>): Line[] {
  const lines: Line[] = [];
  let prev: Row | null = null;
  for (const row of block.rows) {
    const segments = row.segments.map((s) => toSegment(s, body));
    let text = segments.map((s) => s.text).join(' ');
    const first = segments[0];
    if (!first) continue;
    const stripped = stripBullet(text);
    const bullet = stripped !== null;
    if (stripped !== null) {
      text = stripped;
      const firstText = stripBullet(first.text) ?? '';
      segments[0] = { ...first, text: firstText, words: first.words.slice(1) };
      if (firstText.trim() === '') segments.shift();
    }
    if (segments.length === 0) continue;
    const chars = segments.map((s) => s.text.length);
    const totalChars = chars.reduce((a, b) => a + b, 0) || 1;
    const boldChars = segments.reduce((n, s, i) => n + (s.bold ? (chars[i] ?? 0) : 0), 0);
    const size = row.size;
    const lastSegment = segments[segments.length - 1] ?? first;
    lines.push({
      segments,
      text,
      page,
      column: block.column,
      x0: first.x0,
      x1: lastSegment.x1,
      top: row.top,
      size,
      bold: boldChars >= 0.6 * totalChars,
      gapAbove: prev ? Math.max(0, (row.top - prev.bottom) / size) : 3,
      indent: first.x0 - block.left,
      columnRight: block.right,
      bullet,
      headingLevel: 0,
      allCaps: hasLetters(text) && text === text.toUpperCase() && /\p{Lu}/u.test(text),
      rail: row.rail === true,
      paragraphEnd: false,
    });
    prev = row;
  }
  return lines;
}

/** Lines of the whole document in reading order, with the layout facts found on the way. */
export function pdfLines(content: PdfContent): PdfLines {
  let droppedIcons = 0;
  const pages = content.pages.map((page) => {
    const built = buildRows(page);
    droppedIcons += built.droppedIcons;
    return { rows: built.rows, height: page.height };
  });
  removeFurniture(pages);
  const body = bodyFonts(pages.flatMap((p) => p.rows));
  const lines: Line[] = [];
  let columns = 1;
  let gutter = false;
  pages.forEach((page, index) => {
    const layout = layoutRegion(page.rows);
    columns = Math.max(columns, layout.columns);
    gutter ||= layout.gutter;
    for (const block of layout.blocks) lines.push(...blockLines(block, index + 1, body));
  });
  return { lines, columns, gutter, droppedIcons };
}
