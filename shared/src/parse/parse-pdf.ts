// PDF to ParseResult: extraction through a caller-supplied pdf.js, then the shared pipeline.
import { err, ok, type Result } from '../lib/result';
import type { ParseError } from './errors';
import { pdfLines } from './layout/lines';
import { extractPdf, type ExtractPdfOptions, type PdfJsLib } from './pdf/extract';
import { resumeFromLines } from './resume-from-lines';
import { hyphenPolicyFor } from './text/join';
import type { ParseResult, ParseWarning, PdfContent } from './types';

export type PdfParseOptions = ExtractPdfOptions & { readonly fileName?: string };

/** Parses what pdf.js extracted (pure: no pdf.js needed here). */
export function parsePdfContent(
  content: PdfContent & { readonly rotatedItems?: number },
  fileName?: string,
): ParseResult {
  const layout = pdfLines(content);
  const warnings: ParseWarning[] = [];
  if ((content.rotatedItems ?? 0) > 0) {
    warnings.push({
      code: 'rotated_text',
      message: 'Some text is printed sideways and was left out.',
    });
  }
  return resumeFromLines({
    lines: layout.lines,
    hyphens: hyphenPolicyFor(content.producer),
    layout: {
      format: 'pdf',
      pages: content.pages.length,
      columns: layout.columns,
      gutter: layout.gutter,
      lines: layout.lines.length,
    },
    warnings,
    source: { kind: 'pdf', ...(fileName ? { fileName } : {}) },
  });
}

/** Reads and parses a PDF with the given pdf.js (the browser's worker build or Node's legacy build). */
export async function parsePdf(
  pdfjs: PdfJsLib,
  bytes: Uint8Array,
  options: PdfParseOptions = {},
): Promise<Result<ParseResult, ParseError>> {
  const extracted = await extractPdf(pdfjs, bytes, options);
  if (!extracted.ok) return err(extracted.error);
  return ok(parsePdfContent(extracted.value, options.fileName));
}
