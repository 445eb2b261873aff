// Reads a PDF through a pdf.js library handed in by the caller (browser worker or Node).
import { err, ok, type Result } from '../../lib/result';
import { PARSE_LIMITS, parseError, type ParseError } from '../errors';
import type { PageItems, PdfContent } from '../types';
import {
  itemsFromTextContent,
  type PdfJsAnnotation,
  type PdfJsTextContent,
  type PdfJsViewport,
} from './text-content';

export type PdfJsPage = {
  getViewport(params: { scale: number }): PdfJsViewport;
  getTextContent(): Promise<PdfJsTextContent>;
  getAnnotations(): Promise<PdfJsAnnotation[]>;
  cleanup(): unknown;
};

export type PdfJsDocument = {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
  getMetadata(): Promise<{ info?: unknown }>;
  /**
   * Annotations of some types across the document. Unlike a page's getAnnotations(), it does
   * not extract the page's text a second time to find what each link covers.
   */
  getAnnotationsByType?(
    types: Set<number>,
    pageIndexesToSkip?: Set<number>,
  ): Promise<Array<PdfJsAnnotation & { readonly pageIndex?: number }> | null>;
  destroy(): Promise<unknown>;
};

/** pdf.js's AnnotationType.LINK. */
const LINK_ANNOTATION = 2;

export type PdfJsLoadingTask = {
  readonly promise: Promise<PdfJsDocument>;
  destroy(): Promise<unknown>;
};

/** The one function of pdf.js we need; its options are passed through untouched. */
export type PdfJsLib = {
  getDocument(params: Record<string, unknown>): PdfJsLoadingTask;
};

export type ExtractPdfOptions = {
  readonly password?: string;
  /** Extra getDocument options from the platform (cMapUrl, standardFontDataUrl, wasmUrl…). */
  readonly documentOptions?: Record<string, unknown>;
  readonly maxPages?: number;
  /** Polled between pages; returning true stops the work with a `timeout` error. */
  readonly isCancelled?: () => boolean;
  /** Called after each page is read (1-based page number, page count). */
  readonly onPage?: (page: number, pages: number) => void;
};

export type PdfExtraction = PdfContent & { readonly rotatedItems: number };

/** Minimum printable characters per page below which a PDF is taken to be a scan. */
const MIN_CHARS_PER_PAGE = 20;

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : '';
}

function mapPdfError(error: unknown, passwordGiven: boolean): ParseError {
  const name = errorName(error);
  if (name === 'PasswordException') {
    const code = (error as { code?: unknown }).code;
    // pdf.js: 1 = a password is needed, 2 = the password given was wrong.
    if (code === 2 || passwordGiven) return parseError('password_wrong');
    return parseError('encrypted');
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'MissingPDFException') {
    return parseError('corrupt');
  }
  return parseError('corrupt');
}

function producerOf(info: unknown): string {
  if (typeof info !== 'object' || info === null) return '';
  const record = info as Record<string, unknown>;
  return [record.Producer, record.Creator]
    .filter((v): v is string => typeof v === 'string')
    .join(' ')
    .toLowerCase();
}

/** Link annotations per page index, in one call; null when this pdf.js cannot do that. */
async function linksByPage(doc: PdfJsDocument): Promise<Map<number, PdfJsAnnotation[]> | null> {
  if (!doc.getAnnotationsByType) return null;
  const all = await doc
    .getAnnotationsByType(new Set([LINK_ANNOTATION]), new Set())
    .catch(() => null);
  if (!all) return null;
  const byPage = new Map<number, PdfJsAnnotation[]>();
  for (const annotation of all) {
    const index = annotation.pageIndex ?? -1;
    byPage.set(index, [...(byPage.get(index) ?? []), annotation]);
  }
  return byPage;
}

/** True when the bytes start like a PDF (the header may follow up to 1 KB of junk). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * Extracts positioned text and link areas from every page. Failures are values: an encrypted
 * file, a wrong password, a damaged file, too many pages, no text layer, a cancelled run.
 */
export async function extractPdf(
  pdfjs: PdfJsLib,
  bytes: Uint8Array,
  options: ExtractPdfOptions = {},
): Promise<Result<PdfExtraction, ParseError>> {
  const maxPages = options.maxPages ?? PARSE_LIMITS.maxPages;
  const cancelled = options.isCancelled ?? (() => false);
  const task = pdfjs.getDocument({
    // pdf.js detaches the buffer it is given; hand it a copy so the caller keeps its bytes.
    data: bytes.slice(),
    password: options.password,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...options.documentOptions,
  });
  let doc: PdfJsDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    return err(mapPdfError(error, options.password !== undefined));
  }
  try {
    if (doc.numPages > maxPages) {
      return err(parseError('too_many_pages', `This one has ${doc.numPages}.`));
    }
    if (doc.numPages === 0) return err(parseError('corrupt'));
    const metadata = await doc.getMetadata().catch(() => ({ info: undefined }));
    const pages: PageItems[] = [];
    let rotatedItems = 0;
    let printable = 0;
    const links = await linksByPage(doc);
    for (let n = 1; n <= doc.numPages; n++) {
      if (cancelled()) return err(parseError('timeout'));
      const page = await doc.getPage(n);
      const [content, annotations] = await Promise.all([
        page.getTextContent(),
        links
          ? (links.get(n - 1) ?? [])
          : page.getAnnotations().catch(() => [] as PdfJsAnnotation[]),
      ]);
      const converted = itemsFromTextContent(content, page.getViewport({ scale: 1 }), annotations);
      page.cleanup();
      pages.push(converted.page);
      rotatedItems += converted.rotatedItems;
      for (const item of converted.page.items) printable += item.text.replace(/\s/g, '').length;
      options.onPage?.(n, doc.numPages);
    }
    if (printable < MIN_CHARS_PER_PAGE * Math.min(doc.numPages, 2)) {
      return err(parseError('no_text_layer'));
    }
    return ok({ pages, producer: producerOf(metadata.info), rotatedItems });
  } catch (error) {
    return err(mapPdfError(error, options.password !== undefined));
  } finally {
    await doc.destroy().catch(() => {});
  }
}
