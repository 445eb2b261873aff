// Reads a PDF back the way a parser does (pdf.js text content, annotations, operators) for assertions.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type ExtractedItem = {
  readonly str: string;
  readonly x: number;
  /** From the page bottom, as pdf.js reports it. */
  readonly y: number;
  readonly hasEOL: boolean;
};

export type ExtractedPage = {
  readonly items: readonly ExtractedItem[];
  /** Link annotations' targets, in page order. */
  readonly links: readonly string[];
  readonly textOps: number;
  readonly imageOps: number;
  /** Character- or word-spacing operators with a non-zero value (letter-spacing tricks). */
  readonly spacingOps: number;
  /** Glyph outlines drawn as paths would show up as many fills with no text; counted for tests. */
  readonly fillOps: number;
};

export type ExtractedPdf = {
  readonly pages: readonly ExtractedPage[];
  readonly title: string | undefined;
  readonly tagged: boolean;
  readonly hasJavaScript: boolean;
};

const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObject,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintInlineImageXObject,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintSolidColorImageMask,
]);
const TEXT_OPS = new Set<number>([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
]);

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  const pdf = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  try {
    const pages: ExtractedPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: ExtractedItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        items.push({
          str: item.str,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          hasEOL: item.hasEOL,
        });
      }
      const annotations = (await page.getAnnotations()) as Array<{
        subtype: string;
        url?: string;
        unsafeUrl?: string;
      }>;
      const links = annotations
        .filter((a) => a.subtype === 'Link')
        .map((a) => a.url ?? a.unsafeUrl ?? '');
      const ops = await page.getOperatorList();
      let textOps = 0;
      let imageOps = 0;
      let spacingOps = 0;
      let fillOps = 0;
      ops.fnArray.forEach((fn, i) => {
        if (TEXT_OPS.has(fn)) textOps++;
        if (IMAGE_OPS.has(fn)) imageOps++;
        if (
          (fn === OPS.setCharSpacing || fn === OPS.setWordSpacing) &&
          (ops.argsArray[i] as number[])[0] !== 0
        )
          spacingOps++;
        if (fn === OPS.fill || fn === OPS.eoFill || fn === OPS.constructPath) fillOps++;
      });
      pages.push({ items, links, textOps, imageOps, spacingOps, fillOps });
      page.cleanup();
    }
    const metadata = await pdf.getMetadata();
    const info = metadata.info as { Title?: string };
    const markInfo = await pdf.getMarkInfo();
    const jsActions = await pdf.getJSActions();
    return {
      pages,
      title: info.Title,
      tagged: Boolean(markInfo?.Marked),
      hasJavaScript: jsActions !== null && Object.keys(jsActions).length > 0,
    };
  } finally {
    await pdf.destroy();
  }
}

/** All text in content-stream order, whitespace collapsed: what a parser reading the stream sees. */
export function streamText(pdf: ExtractedPdf): string {
  return pdf.pages
    .flatMap((p) => p.items.map((i) => i.str + (i.hasEOL ? '\n' : '')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function allLinks(pdf: ExtractedPdf): string[] {
  return pdf.pages.flatMap((p) => p.links);
}
