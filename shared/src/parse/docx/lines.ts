// Turns mammoth's document tree (taken by shape) into lines: paragraphs, lists, bold, tabs, tables.
import { stripBullet } from '../pdf/glyphs';
import type { Line, Segment } from '../types';

/** The parts of mammoth's document model we read. */
export type MammothNode = {
  readonly type: string;
  readonly children?: readonly MammothNode[];
  readonly value?: string;
  readonly styleName?: string | null;
  readonly styleId?: string | null;
  readonly numbering?: { readonly level?: string | number; readonly isOrdered?: boolean } | null;
  readonly indent?: { readonly start?: string | null; readonly hanging?: string | null } | null;
  readonly isBold?: boolean;
  readonly isAllCaps?: boolean;
  readonly fontSize?: number | null;
  readonly href?: string;
  readonly breakType?: string;
};

type Run = { text: string; bold: boolean; size: number | null; link: string | null };
type Paragraph = {
  runs: Run[];
  heading: number;
  bullet: boolean;
  indent: number;
  allCapsStyle: boolean;
};

const DEFAULT_SIZE = 11;
/** Tabs become gaps this wide, so tab-aligned dates form segments of their own. */
const TAB_WIDTH = 36;

function headingLevel(node: MammothNode): number {
  const name = `${node.styleName ?? ''} ${node.styleId ?? ''}`;
  // "Title" is the document's title, on a resume the person's name: not a section heading.
  const m = name.match(/heading\s*(\d)/i);
  return m ? Number(m[1]) : 0;
}

function collectRuns(
  node: MammothNode,
  runs: Run[],
  inherited: { bold: boolean; size: number | null; link: string | null },
): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'run':
        collectRuns(child, runs, {
          bold: child.isBold === true,
          size: child.fontSize ?? null,
          link: inherited.link,
        });
        break;
      case 'hyperlink':
        collectRuns(child, runs, { ...inherited, link: child.href ?? null });
        break;
      case 'text':
        runs.push({ text: child.value ?? '', ...inherited });
        break;
      case 'tab':
        runs.push({ text: '\t', ...inherited });
        break;
      case 'break':
        runs.push({
          text: child.breakType === 'line' || !child.breakType ? '\n' : ' ',
          ...inherited,
        });
        break;
      default:
        if (child.children) collectRuns(child, runs, inherited);
    }
  }
}

function toParagraph(node: MammothNode): Paragraph {
  const runs: Run[] = [];
  collectRuns(node, runs, { bold: false, size: null, link: null });
  const indentTwips = Number(node.indent?.start ?? 0);
  return {
    runs,
    heading: headingLevel(node),
    bullet: node.numbering !== null && node.numbering !== undefined,
    indent: Number.isFinite(indentTwips) ? indentTwips / 20 : 0,
    allCapsStyle: false,
  };
}

function paragraphsOf(node: MammothNode, out: Paragraph[]): void {
  for (const child of node.children ?? []) {
    if (child.type === 'paragraph') out.push(toParagraph(child));
    else if (child.type === 'table') tableParagraphs(child, out);
    else if (child.children) paragraphsOf(child, out);
  }
}

/**
 * A table whose cells hold one paragraph each is a grid of fields ("Company | Dates"): each row
 * becomes one line with a segment per cell. A table whose cells hold whole blocks is a page
 * layout: its cells are read one after the other.
 */
function tableParagraphs(table: MammothNode, out: Paragraph[]): void {
  const rows = (table.children ?? []).filter((r) => r.type === 'tableRow');
  const cells = rows.map((row) => (row.children ?? []).filter((c) => c.type === 'tableCell'));
  const cellParagraphs = cells.map((row) =>
    row.map((cell) => {
      const list: Paragraph[] = [];
      paragraphsOf(cell, list);
      return list.filter((p) => p.runs.some((r) => r.text.trim() !== ''));
    }),
  );
  const grid = cellParagraphs.every((row) => row.every((cell) => cell.length <= 1));
  if (grid) {
    for (const row of cellParagraphs) {
      const filled = row.filter((cell) => cell.length === 1).map((cell) => cell[0]!);
      if (filled.length === 0) continue;
      const runs: Run[] = [];
      filled.forEach((p, i) => {
        if (i > 0) runs.push({ text: '\t', bold: false, size: null, link: null });
        runs.push(...p.runs);
      });
      out.push({ ...filled[0]!, runs });
    }
    return;
  }
  for (const row of cellParagraphs) for (const cell of row) out.push(...cell);
}

function segmentsOf(runs: readonly Run[], indent: number): Segment[] {
  const segments: Segment[] = [];
  let x = indent;
  let text = '';
  let boldChars = 0;
  let chars = 0;
  let size = 0;
  const links: string[] = [];
  const flush = () => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (trimmed !== '') {
      const width = trimmed.length * 5;
      segments.push({
        text: trimmed,
        x0: x,
        x1: x + width,
        size: size || DEFAULT_SIZE,
        bold: chars > 0 && boldChars >= 0.6 * chars,
        fontId: '',
        words: trimmed.split(' ').map((w) => ({ text: w, x0: x, x1: x + width })),
        links: [...links],
      });
      x += width;
    }
    text = '';
    boldChars = 0;
    chars = 0;
    links.length = 0;
  };
  for (const run of runs) {
    const parts = run.text.split(/(\t+)/);
    for (const part of parts) {
      if (/^\t+$/.test(part)) {
        flush();
        x += TAB_WIDTH * part.length;
        continue;
      }
      text += part;
      const visible = part.replace(/\s/g, '').length;
      chars += visible;
      if (run.bold) boldChars += visible;
      if (run.size && visible > 0) size = Math.max(size, run.size);
      if (run.link && /^(https?:|mailto:|tel:)/i.test(run.link) && !links.includes(run.link)) {
        links.push(run.link);
      }
    }
  }
  flush();
  return segments;
}

/** Lines of a DOCX document in order, one per paragraph (or per line break inside one). */
export function linesFromMammothDocument(document: MammothNode): Line[] {
  const paragraphs: Paragraph[] = [];
  paragraphsOf(document, paragraphs);
  const lines: Line[] = [];
  let emptyBefore = 0;
  for (const paragraph of paragraphs) {
    // A line break inside a paragraph starts a new line of the same kind.
    const pieces: Run[][] = [[]];
    for (const run of paragraph.runs) {
      const parts = run.text.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) pieces.push([]);
        if (part !== '') pieces[pieces.length - 1]!.push({ ...run, text: part });
      });
    }
    const nonEmpty = pieces.filter((runs) => runs.some((r) => r.text.trim() !== ''));
    if (nonEmpty.length === 0) {
      emptyBefore++;
      continue;
    }
    nonEmpty.forEach((runs, i) => {
      const segments = segmentsOf(runs, paragraph.indent);
      const first = segments[0];
      if (!first) return;
      let text = segments.map((s) => s.text).join(' ');
      let bullet = paragraph.bullet && i === 0;
      const stripped = stripBullet(text);
      if (stripped !== null) {
        bullet = true;
        text = stripped;
        const firstText = stripBullet(first.text) ?? first.text;
        segments[0] = { ...first, text: firstText };
      }
      const chars = segments.reduce((n, s) => n + s.text.length, 0);
      const boldChars = segments.reduce((n, s) => n + (s.bold ? s.text.length : 0), 0);
      const size = Math.max(...segments.map((s) => s.size));
      const last = segments[segments.length - 1] ?? first;
      lines.push({
        segments,
        text,
        page: 1,
        column: 0,
        x0: first.x0,
        x1: last.x1,
        top: lines.length * size * 1.2,
        size,
        bold: chars > 0 && boldChars >= 0.6 * chars,
        gapAbove: i > 0 ? 0.2 : Math.min(3, 0.3 + emptyBefore),
        indent: paragraph.indent + (paragraph.bullet ? 18 : 0),
        columnRight: last.x1,
        bullet: bullet || (paragraph.bullet && i > 0 ? false : bullet),
        headingLevel: paragraph.heading,
        allCaps: /\p{Lu}/u.test(text) && text === text.toUpperCase(),
        rail: false,
        paragraphEnd: i === nonEmpty.length - 1,
      });
    });
    emptyBefore = 0;
  }
  return lines;
}
