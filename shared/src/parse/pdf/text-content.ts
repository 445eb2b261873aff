// Turns what pdf.js returns for a page (getTextContent, getAnnotations, the viewport) into items.
// pdf.js objects are taken by shape, so shared code never imports pdf.js itself.
import type { LinkArea, PageItems, TextItem } from '../types';
import { cleanItemText } from './glyphs';

/** The parts of a pdf.js text item we read. */
export type PdfJsTextItem = {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly fontName: string;
};

/** A pdf.js text content result: items (marked-content entries are ignored) and styles. */
export type PdfJsTextContent = {
  readonly items: ReadonlyArray<PdfJsTextItem | { readonly type: string }>;
};

export type PdfJsViewport = {
  readonly width: number;
  readonly height: number;
  /** Maps PDF user space to viewport space (y down). */
  readonly transform: readonly number[];
};

export type PdfJsAnnotation = {
  readonly subtype?: string;
  readonly url?: string;
  readonly unsafeUrl?: string;
  readonly rect?: readonly number[];
};

type Matrix = readonly [number, number, number, number, number, number];

function multiply(m: readonly number[], n: readonly number[]): Matrix {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  const [p = 0, q = 0, r = 0, s = 0, t = 0, u = 0] = n;
  return [
    a * p + c * q,
    b * p + d * q,
    a * r + c * s,
    b * r + d * s,
    a * t + c * u + e,
    b * t + d * u + f,
  ];
}

function applyToPoint(m: readonly number[], x: number, y: number): [number, number] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  return [a * x + c * y + e, b * x + d * y + f];
}

function isTextItem(item: PdfJsTextItem | { readonly type: string }): item is PdfJsTextItem {
  return typeof (item as PdfJsTextItem).str === 'string';
}

/** Safe link targets only: web, mail and phone links; anything else (javascript:, file:) is dropped. */
export function safeLinkTarget(raw: string | undefined): string | null {
  if (!raw) return null;
  const url = raw.trim();
  if (/^(https?:\/\/|mailto:|tel:)/i.test(url) && url.length <= 2048) return url;
  return null;
}

export type PageConversion = { readonly page: PageItems; readonly rotatedItems: number };

/**
 * Converts one page. Items are kept in content-stream order; text that is not upright
 * (rotated margin notes, vertical sidebars) is counted and left out.
 */
export function itemsFromTextContent(
  content: PdfJsTextContent,
  viewport: PdfJsViewport,
  annotations: readonly PdfJsAnnotation[] = [],
): PageConversion {
  const items: TextItem[] = [];
  let rotatedItems = 0;
  for (const raw of content.items) {
    if (!isTextItem(raw)) continue;
    const text = cleanItemText(raw.str);
    if (text.trim() === '' && raw.width <= 0) continue;
    const [a, b, c, d, e, f] = multiply(viewport.transform, raw.transform);
    const size = Math.hypot(c, d);
    if (!(size > 0.5) || Math.abs(b) > 0.05 * size || Math.abs(c) > 0.05 * size || a <= 0) {
      if (text.trim() !== '') rotatedItems++;
      continue;
    }
    const scaleX = Math.hypot(a, b) / Math.hypot(raw.transform[0] ?? 1, raw.transform[1] ?? 0);
    items.push({
      text,
      x: e,
      width: Math.max(0, raw.width * (Number.isFinite(scaleX) && scaleX > 0 ? scaleX : 1)),
      baseline: f,
      size,
      fontId: raw.fontName,
    });
  }
  const links: LinkArea[] = [];
  for (const annotation of annotations) {
    if (annotation.subtype !== 'Link' || !annotation.rect || annotation.rect.length < 4) continue;
    const url = safeLinkTarget(annotation.url ?? annotation.unsafeUrl);
    if (!url) continue;
    const [rx0 = 0, ry0 = 0, rx1 = 0, ry1 = 0] = annotation.rect;
    const [p0x, p0y] = applyToPoint(viewport.transform, rx0, ry0);
    const [p1x, p1y] = applyToPoint(viewport.transform, rx1, ry1);
    links.push({
      url,
      x0: Math.min(p0x, p1x),
      y0: Math.min(p0y, p1y),
      x1: Math.max(p0x, p1x),
      y1: Math.max(p0y, p1y),
    });
  }
  return { page: { width: viewport.width, height: viewport.height, items, links }, rotatedItems };
}
