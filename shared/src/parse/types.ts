// The parser's data shapes: what adapters hand in (items, lines) and what a parse hands back.
import type { Resume } from '../resume/model';

/** A run of text as a PDF library placed it, in page space with the origin at the top left. */
export type TextItem = {
  readonly text: string;
  /** Left edge and width, in points. */
  readonly x: number;
  readonly width: number;
  /** Baseline, in points from the top of the page. */
  readonly baseline: number;
  /** Font size (the glyph height), in points. */
  readonly size: number;
  /** The font resource this text uses; equal ids mean the same font, nothing more. */
  readonly fontId: string;
  /** True when the adapter knows the text is bold; undefined when it cannot tell. */
  readonly bold?: boolean;
};

/** A clickable link on a page: its target and where it sits (top-left origin, points). */
export type LinkArea = {
  readonly url: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
};

export type PageItems = {
  readonly width: number;
  readonly height: number;
  readonly items: readonly TextItem[];
  readonly links: readonly LinkArea[];
};

/** What the PDF adapter extracted from a whole document. */
export type PdfContent = {
  readonly pages: readonly PageItems[];
  /** The PDF's Producer and Creator, lower-cased (they say whether the typesetter hyphenates). */
  readonly producer: string;
};

/** A word (or a run of words without a visible gap) inside a segment, with its position. */
export type Word = {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
};

/** Text on one line that stands apart from its neighbours (a column, a right-aligned date). */
export type Segment = {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly size: number;
  /** Emphasised: bold when the source says so, else set in a font other than the body font. */
  readonly bold: boolean;
  readonly fontId: string;
  readonly words: readonly Word[];
  /** Link targets that overlap this segment. */
  readonly links: readonly string[];
};

/**
 * One line of the document in reading order, whatever the source format. A PDF line may hold
 * several segments (a label gutter, a right-aligned date); a DOCX paragraph is one line whose
 * tab-separated parts are segments.
 */
export type Line = {
  readonly segments: readonly Segment[];
  readonly text: string;
  readonly page: number;
  /** Which column of the page the line sits in (0 for single-column pages). */
  readonly column: number;
  readonly x0: number;
  readonly x1: number;
  /** Top of the line, in points from the top of its page (0 when the source has no geometry). */
  readonly top: number;
  readonly size: number;
  readonly bold: boolean;
  /** Vertical space above the line, in multiples of its font size (0 when unknown). */
  readonly gapAbove: number;
  /** Left edge relative to the column's left edge, in points. */
  readonly indent: number;
  /** Right edge of the column the line sits in: where wrapped text stops. */
  readonly columnRight: number;
  /** Set when the source marks the line as a list item (DOCX numbering or a printed glyph). */
  readonly bullet: boolean;
  /** A heading level the source declares (DOCX heading styles); 0 when none. */
  readonly headingLevel: number;
  readonly allCaps: boolean;
  /** The line is a label or date from a rail beside the text (it opens what follows it). */
  readonly rail: boolean;
  /** The source ends a paragraph here (DOCX paragraphs, pasted lines); PDF lines only wrap. */
  readonly paragraphEnd: boolean;
};

export const ParseWarningCode = {
  TwoColumn: 'two_column',
  LabelGutter: 'label_gutter',
  FewSections: 'few_sections',
  NoName: 'no_name',
  NoContact: 'no_contact',
  NoExperience: 'no_experience',
  UnknownSections: 'unknown_sections',
  SkippedText: 'skipped_text',
  RotatedText: 'rotated_text',
  MissingGlyphs: 'missing_glyphs',
} as const;
export type ParseWarningCode = (typeof ParseWarningCode)[keyof typeof ParseWarningCode];

export type ParseWarning = {
  readonly code: ParseWarningCode;
  readonly message: string;
};

/** Where a parsed section came from, for the review screen's side-by-side view. */
export type SourceSection = {
  /** A Resume key (`work`, `skills`, …), `basics`, or `other` for sections we do not map. */
  readonly key: string;
  readonly heading: string;
  readonly text: string;
};

export type ParseLayout = {
  readonly format: 'pdf' | 'docx' | 'json' | 'text';
  readonly pages: number;
  readonly columns: number;
  readonly gutter: boolean;
  readonly lines: number;
};

export type ParseResult = {
  readonly resume: Resume;
  /** Confidence per field, keyed by JSON pointer (`/work/0/startDate`), from 0 to 1. */
  readonly confidence: Readonly<Record<string, number>>;
  readonly warnings: readonly ParseWarning[];
  readonly layout: ParseLayout;
  readonly sections: readonly SourceSection[];
};
