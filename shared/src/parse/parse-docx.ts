// DOCX to ParseResult through a caller-supplied mammoth (its Node or browser build).
import { err, ok, type Result } from '../lib/result';
import { linesFromMammothDocument, type MammothNode } from './docx/lines';
import { parseError, type ParseError } from './errors';
import { resumeFromLines } from './resume-from-lines';
import type { ParseResult } from './types';

/** The one function of mammoth we use; `transformDocument` hands us its document tree. */
export type MammothLib = {
  convertToHtml(
    input: { arrayBuffer?: ArrayBuffer; buffer?: Uint8Array },
    options: { transformDocument: (document: MammothNode) => MammothNode },
  ): Promise<unknown>;
};

/** Parses the lines of a DOCX document tree (pure: no mammoth needed here). */
export function parseDocxDocument(document: MammothNode, fileName?: string): ParseResult {
  const lines = linesFromMammothDocument(document);
  return resumeFromLines({
    lines,
    hyphens: 'keep',
    layout: { format: 'docx', pages: 1, columns: 1, gutter: false, lines: lines.length },
    source: { kind: 'docx', ...(fileName ? { fileName } : {}) },
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads and parses a DOCX file's bytes. */
export async function parseDocx(
  mammoth: MammothLib,
  bytes: Uint8Array,
  fileName?: string,
): Promise<Result<ParseResult, ParseError>> {
  let document: MammothNode | null = null;
  try {
    const copy = bytes.slice();
    await mammoth.convertToHtml(
      { arrayBuffer: copy.buffer, buffer: copy },
      {
        transformDocument: (doc) => {
          document = doc;
          return doc;
        },
      },
    );
  } catch (error) {
    // Not a zip at all, or a zip without a Word document inside.
    const message = messageOf(error);
    if (/central directory|zip|corrupt|end of data|invalid/i.test(message)) {
      return err(parseError('corrupt'));
    }
    if (/main document part|word\/document/i.test(message)) {
      return err(parseError('wrong_type', 'It is a ZIP archive, not a Word document.'));
    }
    return err(parseError('corrupt'));
  }
  if (!document) return err(parseError('corrupt'));
  const result = parseDocxDocument(document, fileName);
  if (result.layout.lines === 0) return err(parseError('empty', 'The document has no text.'));
  return ok(result);
}
