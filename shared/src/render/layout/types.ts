// The layout engine's vocabulary: styled runs and blocks in, positioned text, lines and links out.
import type { FontRef } from '../fonts';

/** Font metrics from whoever holds the font files (fontkit in the client); shared never reads fonts. */
export type TextMeasurer = {
  /** Advance width of `text` in points at `size`: the sum of glyph advances, no kerning. */
  readonly widthOf: (text: string, font: FontRef, size: number) => number;
  /** Ascent and descent as fractions of the font size (descent is negative). */
  readonly verticalMetrics: (font: FontRef) => {
    readonly ascent: number;
    readonly descent: number;
  };
  /**
   * Whether the face has a glyph for the character. When given, characters the chosen family lacks
   * are set in its fallback family instead of printing as empty boxes.
   */
  readonly covers?: (font: FontRef, char: string) => boolean;
};

export type TextStyle = {
  readonly font: FontRef;
  /** Points. */
  readonly size: number;
  /** `#rrggbb`. */
  readonly color: string;
};

/** A stretch of text in one style; `url` makes it a link. */
export type Run = { readonly text: string; readonly style: TextStyle; readonly url?: string };

/** What a block is in the document's logical structure (tagged PDF, DOCX headings, reading order). */
export type StructureRole = 'H1' | 'H2' | 'H3' | 'P' | 'LI';
export type BlockStructure = {
  readonly role: StructureRole;
  /** The section the block belongs to (`work`), absent for the header. */
  readonly section?: string;
  /** Consecutive list items with the same id form one list. */
  readonly list?: string;
};

type Flow = {
  /** Points before the block; collapses with the previous block's spaceAfter (the larger wins). */
  readonly spaceBefore?: number;
  readonly spaceAfter?: number;
  /** Never break a page between this block and the next one. */
  readonly keepWithNext?: boolean;
  /** Never break a page inside this block. */
  readonly keepTogether?: boolean;
};

export type ParagraphBlock = Flow & {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly structure: BlockStructure;
  readonly align?: 'left' | 'center' | 'right';
  /** Left indent in points. */
  readonly indent?: number;
  /** Line height as a multiple of the largest font size on the line. */
  readonly lineHeight: number;
  /** A hanging list marker: drawn at the indent, the text starts `hang` points further in. */
  readonly bullet?: { readonly text: string; readonly style: TextStyle; readonly hang: number };
  /** A rule under the block across the column. */
  readonly underline?: { readonly color: string; readonly thickness: number; readonly gap: number };
  /** A bar left of the block (drawn in the indent). */
  readonly leftBar?: { readonly color: string; readonly width: number };
};

/** A line with text on the left and text flush right (a title and its dates). */
export type RowBlock = Flow & {
  readonly kind: 'row';
  readonly left: readonly Run[];
  readonly right: readonly Run[];
  readonly structure: BlockStructure;
  readonly indent?: number;
  readonly lineHeight: number;
};

export type RuleBlock = Flow & {
  readonly kind: 'rule';
  readonly color: string;
  readonly thickness: number;
};

export type Block = ParagraphBlock | RowBlock | RuleBlock;

export type DrawText = {
  readonly kind: 'text';
  readonly x: number;
  /** Baseline, measured from the top of the page. */
  readonly y: number;
  readonly text: string;
  readonly font: FontRef;
  readonly size: number;
  readonly color: string;
  /** Measured advance width, so writers can check or stretch nothing. */
  readonly width: number;
  /** Index into LaidOutDocument.blocks. */
  readonly block: number;
  /** A list marker (the bullet), tagged as a label rather than content. */
  readonly label?: boolean;
};
export type DrawLine = {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly thickness: number;
  readonly color: string;
};
export type DrawRect = {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
};
export type DrawLink = {
  readonly kind: 'link';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly url: string;
  /** The block whose text carries the link. */
  readonly block: number;
};
export type PageItem = DrawText | DrawLine | DrawRect | DrawLink;

export type LaidOutPage = { readonly items: readonly PageItem[] };

export type LaidOutDocument = {
  /** Page size in points. */
  readonly width: number;
  readonly height: number;
  /** In content order: decorations, header, main column, then the sidebar. */
  readonly pages: readonly LaidOutPage[];
  /** Every text block's structure, in logical reading order (header, main, sidebar). */
  readonly blocks: readonly BlockStructure[];
};
