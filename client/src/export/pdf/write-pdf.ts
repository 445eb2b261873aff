// Writes laid-out resume pages as a tagged PDF with PDFKit: embedded subset fonts, real text, live links.
import PDFDocument from 'pdfkit';
import { toBytes } from 'pdfkit/output';
import { documentTitle } from '@career-copilot/shared/render/document';
import { fontKey, type FontRef } from '@career-copilot/shared/render/fonts';
import type { LaidOutResume } from '@career-copilot/shared/render/layout-resume';
import type {
  BlockStructure,
  DrawText,
  PageItem,
} from '@career-copilot/shared/render/layout/types';
import type { FontBook } from '../fonts/font-book';

type StructElement = PDFKit.PDFStructureElement;

export type PdfOptions = {
  /** Fixed timestamps make output reproducible in tests; defaults to now. */
  readonly now?: Date;
  /** The document's title and subject, when it is not the resume itself (a cover letter). */
  readonly title?: string;
  readonly subject?: string;
};

/** A URI as a PDF wants it: 7-bit ASCII, non-ASCII characters percent-encoded. */
function asciiUri(url: string): string {
  return url.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
}

/**
 * The logical structure, built before any page is drawn so that its order is the reading order
 * (header, main column, sidebar) even though pages interleave the columns.
 */
function buildStructure(doc: PDFKit.PDFDocument, blocks: readonly BlockStructure[]) {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const sections = new Map<string, StructElement>();
  const lists = new Map<string, StructElement>();
  const content: StructElement[] = [];
  const labels: Array<StructElement | undefined> = [];
  for (const block of blocks) {
    let parent = root;
    if (block.section) {
      let section = sections.get(block.section);
      if (!section) {
        section = doc.struct('Sect');
        root.add(section);
        sections.set(block.section, section);
      }
      parent = section;
    }
    if (block.role === 'LI') {
      const listId = block.list ?? `${block.section ?? ''}-list`;
      let list = lists.get(listId);
      if (!list) {
        list = doc.struct('L');
        parent.add(list);
        lists.set(listId, list);
      }
      const item = doc.struct('LI');
      const label = doc.struct('Lbl');
      const body = doc.struct('LBody');
      item.add(label);
      item.add(body);
      list.add(item);
      content.push(body);
      labels.push(label);
    } else {
      const element = doc.struct(block.role);
      parent.add(element);
      content.push(element);
      labels.push(undefined);
    }
  }
  return { root, content, labels, all: [root, ...sections.values(), ...lists.values()] };
}

function usedFonts(pages: LaidOutResume['pages']): FontRef[] {
  const fonts = new Map<string, FontRef>();
  for (const page of pages)
    for (const item of page.items)
      if (item.kind === 'text') fonts.set(fontKey(item.font), item.font);
  return [...fonts.values()];
}

function drawDecoration(doc: PDFKit.PDFDocument, item: Exclude<PageItem, DrawText>): void {
  if (item.kind === 'rect') {
    doc.rect(item.x, item.y, item.width, item.height).fill(item.color);
  } else if (item.kind === 'line') {
    doc
      .moveTo(item.x1, item.y1)
      .lineTo(item.x2, item.y2)
      .lineWidth(item.thickness)
      .strokeColor(item.color)
      .stroke();
  }
}

/**
 * Renders the layout to PDF bytes. Every string is drawn as text in an embedded subset of the
 * bundled font (selectable, searchable, no glyph outlines), in reading order, with no character or
 * word spacing; links are URI annotations; rules and panels are marked as artifacts; the structure
 * tree (H1, Sect, H2, H3, P, L/LI) gives assistive technology and parsers the same reading order.
 */
export async function writeResumePdf(
  laidOut: LaidOutResume,
  fonts: FontBook,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [laidOut.width, laidOut.height],
    margin: 0,
    font: null as unknown as string,
    tagged: true,
    lang: 'en',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: options.title ?? documentTitle(laidOut.document),
      Author: laidOut.document.name || undefined,
      Subject: options.subject ?? (laidOut.document.label || 'Resume'),
      Creator: 'Career Copilot',
      Producer: 'Career Copilot (PDFKit)',
      CreationDate: now,
      ModDate: now,
    },
  } as PDFKit.PDFDocumentOptions);
  const output = toBytes(doc);
  for (const font of usedFonts(laidOut.pages))
    doc.registerFont(fontKey(font), fonts.bytesOf(font) as unknown as Buffer);
  const structure = buildStructure(doc, laidOut.blocks);

  for (const page of laidOut.pages) {
    doc.addPage({ size: [laidOut.width, laidOut.height], margin: 0 });
    let open: { block: number; label: boolean; content: PDFKit.PDFStructureContent } | null = null;
    const close = () => {
      if (!open) return;
      doc.endMarkedContent();
      const element = open.label ? structure.labels[open.block] : structure.content[open.block];
      element?.add(open.content);
      open = null;
    };
    for (const item of page.items) {
      if (item.kind === 'text') {
        const label = Boolean(item.label) && structure.labels[item.block] !== undefined;
        if (!open || open.block !== item.block || open.label !== label) {
          close();
          const tag: string = label ? 'Lbl' : (laidOut.blocks[item.block]?.role ?? 'P');
          open = {
            block: item.block,
            label,
            content: doc.markStructureContent(tag === 'LI' ? 'LBody' : tag),
          };
        }
        doc
          .font(fontKey(item.font))
          .fontSize(item.size)
          .fillColor(item.color)
          .text(item.text, item.x, item.y, { lineBreak: false, baseline: 'alphabetic' });
      } else if (item.kind === 'link') {
        close();
        // PDFKit adds the annotation to the block's structure element (its types lag behind).
        doc.link(item.x, item.y, item.width, item.height, asciiUri(item.url), {
          structParent: structure.content[item.block],
        } as PDFKit.Mixins.AnnotationOption);
      } else {
        close();
        doc.markContent('Artifact', { type: 'Layout' });
        drawDecoration(doc, item);
        doc.endMarkedContent();
      }
    }
    close();
  }
  for (const element of structure.all) element.end();
  for (const element of [...structure.content, ...structure.labels]) element?.end();
  doc.end();
  return output;
}
