// Pages: paper sizes, a header over one or two columns, and the items of each page in reading order.
import type { PaperSize } from '../../resume/model';
import { bottomOn, layoutBlocks, paginate, type BoxItem, type Frame, type Placement } from './flow';
import type { Block, BlockStructure, LaidOutDocument, PageItem, TextMeasurer } from './types';

export const POINTS_PER_MM = 72 / 25.4;

/** Paper sizes in points (1/72 inch). */
export const PAPER_SIZES: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export type PageGeometry = {
  readonly width: number;
  readonly height: number;
  /** Margin on every side, in points. */
  readonly margin: number;
};

export function pageGeometry(paper: PaperSize, marginMm: number): PageGeometry {
  const size = PAPER_SIZES[paper] ?? PAPER_SIZES.a4;
  return { ...size, margin: marginMm * POINTS_PER_MM };
}

export type SidebarSpec = {
  readonly blocks: readonly Block[];
  readonly side: 'left' | 'right';
  /** Width of the sidebar's text column, in points. */
  readonly width: number;
  /** Space between the two text columns. */
  readonly gap: number;
  /** A tinted panel behind the sidebar, bled to the page edge, from below the header down. */
  readonly background?: string;
  /** A vertical rule between the columns. */
  readonly divider?: { readonly color: string; readonly thickness: number };
};

/** What a template produces for the layout engine. */
export type TemplateLayout = {
  /** Name, headline and contacts: full width at the top of the first page. */
  readonly header: readonly Block[];
  /** A band of colour behind the header, bled to the page edges. */
  readonly headerBand?: { readonly color: string };
  /** Space between the header and the columns below it. */
  readonly headerGap: number;
  readonly main: readonly Block[];
  readonly sidebar?: SidebarSpec;
};

function toPageItems(placements: readonly Placement[], page: number): PageItem[] {
  const items: PageItem[] = [];
  for (const { page: p, x, y, box } of placements) {
    if (p !== page) continue;
    for (const item of box.items) items.push(placeItem(item, x, y, box.block));
  }
  return items;
}

function placeItem(item: BoxItem, x: number, y: number, block: number): PageItem {
  switch (item.kind) {
    case 'text':
      return {
        kind: 'text',
        x: x + item.x,
        y: y + item.baseline,
        text: item.text,
        font: item.style.font,
        size: item.style.size,
        color: item.style.color,
        width: item.width,
        block,
        ...(item.label ? { label: true } : {}),
      };
    case 'link':
      return {
        kind: 'link',
        x: x + item.x,
        y: y + item.y,
        width: item.width,
        height: item.height,
        url: item.url,
        block,
      };
    case 'rect':
      return {
        kind: 'rect',
        x: x + item.x,
        y: y + item.y,
        width: item.width,
        height: item.height,
        color: item.color,
      };
    case 'line':
      return {
        kind: 'line',
        x1: x + item.x1,
        y1: y + item.y1,
        x2: x + item.x2,
        y2: y + item.y2,
        thickness: item.thickness,
        color: item.color,
      };
  }
}

function structures(blocks: readonly Block[]): BlockStructure[] {
  return blocks.map((b) => (b.kind === 'rule' ? { role: 'P' } : b.structure));
}

/**
 * Lays a template out on pages. The header goes full width at the top of page one; the main column
 * and the sidebar flow independently below it and on as many pages as either needs. Each page lists
 * its items in reading order: decorations, header, the whole main column, then the sidebar as one
 * block, so text extraction reads every entry whole.
 */
export function layoutPages(
  template: TemplateLayout,
  geometry: PageGeometry,
  measurer: TextMeasurer,
): LaidOutDocument {
  const { width, height, margin } = geometry;
  const contentWidth = width - 2 * margin;
  const bottom = height - margin;
  const sidebar = template.sidebar;

  const headerBoxes = layoutBlocks(template.header, 0, contentWidth, measurer);
  const header = paginate(headerBoxes, () => ({ x: margin, top: margin, bottom }));
  const headerBottom = bottomOn(header, 0);
  const columnsTop = headerBottom === undefined ? margin : headerBottom + template.headerGap;
  const top = (page: number) => (page === 0 ? columnsTop : margin);

  const sidebarWidth = sidebar ? sidebar.width : 0;
  const gap = sidebar ? sidebar.gap : 0;
  const mainWidth = contentWidth - sidebarWidth - gap;
  const mainX = sidebar?.side === 'left' ? margin + sidebarWidth + gap : margin;
  const sidebarX = sidebar?.side === 'left' ? margin : margin + mainWidth + gap;

  const mainFirstId = template.header.length;
  const sidebarFirstId = mainFirstId + template.main.length;
  const mainFrame = (page: number): Frame => ({ x: mainX, top: top(page), bottom });
  const main = paginate(layoutBlocks(template.main, mainFirstId, mainWidth, measurer), mainFrame);
  const side = sidebar
    ? paginate(layoutBlocks(sidebar.blocks, sidebarFirstId, sidebarWidth, measurer), (page) => ({
        x: sidebarX,
        top: top(page),
        bottom,
      }))
    : [];

  const lastPage = Math.max(
    0,
    ...header.map((p) => p.page),
    ...main.map((p) => p.page),
    ...side.map((p) => p.page),
  );
  const pages = [];
  for (let page = 0; page <= lastPage; page++) {
    const decorations: PageItem[] = [];
    if (page === 0 && template.headerBand && headerBottom !== undefined) {
      decorations.push({
        kind: 'rect',
        x: 0,
        y: 0,
        width,
        height: headerBottom + template.headerGap / 2,
        color: template.headerBand.color,
      });
    }
    if (sidebar) {
      const panelTop = page === 0 ? columnsTop - template.headerGap / 2 : 0;
      if (sidebar.background) {
        const panelX = sidebar.side === 'left' ? 0 : sidebarX - gap / 2;
        const panelWidth =
          sidebar.side === 'left' ? margin + sidebarWidth + gap / 2 : width - panelX;
        decorations.push({
          kind: 'rect',
          x: panelX,
          y: panelTop,
          width: panelWidth,
          height: height - panelTop,
          color: sidebar.background,
        });
      }
      if (sidebar.divider) {
        const x =
          sidebar.side === 'left' ? margin + sidebarWidth + gap / 2 : margin + mainWidth + gap / 2;
        decorations.push({
          kind: 'line',
          x1: x,
          y1: page === 0 ? columnsTop : margin,
          x2: x,
          y2: bottom,
          ...sidebar.divider,
        });
      }
    }
    pages.push({
      items: [
        ...decorations,
        ...toPageItems(header, page),
        ...toPageItems(main, page),
        ...toPageItems(side, page),
      ],
    });
  }
  return {
    width,
    height,
    pages,
    blocks: [
      ...structures(template.header),
      ...structures(template.main),
      ...structures(sidebar?.blocks ?? []),
    ],
  };
}
