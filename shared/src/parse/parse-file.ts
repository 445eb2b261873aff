// The public entry points: any resume file (PDF, DOCX, JSON Resume, text) or pasted text.
import { err, ok, type Result } from '../lib/result';
import { PARSE_LIMITS, parseError, type ParseError } from './errors';
import { parseJsonResume } from './json-resume';
import { parseDocx, type MammothLib } from './parse-docx';
import { parsePdf } from './parse-pdf';
import type { PdfJsLib } from './pdf/extract';
import { resumeFromLines } from './resume-from-lines';
import { linesFromText } from './text/plain';
import type { ParseResult } from './types';

export type ResumeFormat = 'pdf' | 'docx' | 'json' | 'text';

/** The libraries that read binary formats, handed in by the platform (browser worker, Node). */
export type ParseAdapters = {
  readonly pdfjs: PdfJsLib;
  readonly mammoth: MammothLib;
  /** Extra pdf.js getDocument options (cMapUrl, standardFontDataUrl…). */
  readonly pdfOptions?: Record<string, unknown>;
  /** Polled between pages; true stops the parse with a `timeout` error. */
  readonly isCancelled?: () => boolean;
  /** Reports PDF pages as they are read. */
  readonly onPage?: (page: number, pages: number) => void;
};

export type ParseFileInput = {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly password?: string;
};

const EXTENSIONS: Readonly<Record<string, ResumeFormat>> = {
  pdf: 'pdf',
  docx: 'docx',
  json: 'json',
  txt: 'text',
  text: 'text',
  md: 'text',
};

function extensionOf(fileName: string): string {
  const m = fileName.toLowerCase().match(/\.([a-z0-9]+)$/);
  return m?.[1] ?? '';
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function sniff(bytes: Uint8Array): ResumeFormat | 'zip' | 'ole' | 'binary' | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  const sample = bytes.subarray(0, 4096);
  if (sample.some((b) => b === 0)) return 'binary';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(sample).replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(text)) return 'json';
  return 'text';
}

const LABELS: Readonly<Record<ResumeFormat, string>> = {
  pdf: 'a PDF',
  docx: 'a Word (DOCX) document',
  json: 'a JSON Resume file',
  text: 'a text file',
};

/**
 * What a file really is, checked against what its name says. A `.pdf` that is a Word file, a
 * `.docx` that is a PDF, an old binary `.doc`: each gets its own message.
 */
export function detectFormat(
  bytes: Uint8Array,
  fileName: string,
): Result<ResumeFormat, ParseError> {
  const ext = extensionOf(fileName);
  const claimed = EXTENSIONS[ext];
  const actual = sniff(bytes);
  if (ext === 'doc' || actual === 'ole') {
    return err(
      parseError(
        'unsupported',
        'This is an old Word (.doc) file: open it in Word and save it as DOCX or PDF.',
      ),
    );
  }
  const real: ResumeFormat | null =
    actual === 'zip' ? 'docx' : actual === 'binary' || actual === null ? null : actual;
  if (claimed === undefined && ext !== '') {
    if (real === 'pdf' || real === 'docx') return ok(real);
    return err(parseError('unsupported', `“.${ext}” files cannot be imported.`));
  }
  if (real === null) {
    return err(
      parseError(
        claimed ? 'wrong_type' : 'unsupported',
        claimed ? `It is named as ${LABELS[claimed]} but is not one.` : undefined,
      ),
    );
  }
  if (claimed && claimed !== real) {
    // JSON is text, and a .txt may hold JSON: both read fine as what they are.
    const compatible =
      (claimed === 'text' && real === 'json') || (claimed === 'json' && real === 'text');
    if (!compatible) {
      return err(
        parseError('wrong_type', `It is named as ${LABELS[claimed]} but is ${LABELS[real]}.`),
      );
    }
    return ok(claimed);
  }
  return ok(real);
}

/** Parses pasted text (or a .txt file's content). */
export function parseResumeText(text: string, fileName?: string): Result<ParseResult, ParseError> {
  if (text.length > PARSE_LIMITS.maxTextChars) {
    return err(parseError('too_large', 'Paste only the resume.'));
  }
  const lines = linesFromText(text);
  if (lines.length === 0) return err(parseError('empty'));
  return ok(
    resumeFromLines({
      lines,
      hyphens: 'keep',
      layout: { format: 'text', pages: 1, columns: 1, gutter: false, lines: lines.length },
      source: { kind: 'text', ...(fileName ? { fileName } : {}) },
    }),
  );
}

/** Parses a resume file of any supported format. */
export async function parseResumeFile(
  input: ParseFileInput,
  adapters: ParseAdapters,
): Promise<Result<ParseResult, ParseError>> {
  if (input.bytes.length > PARSE_LIMITS.maxBytes) return err(parseError('too_large'));
  if (input.bytes.length === 0) return err(parseError('empty', 'The file is empty.'));
  const format = detectFormat(input.bytes, input.fileName);
  if (!format.ok) return format;
  switch (format.value) {
    case 'pdf':
      return parsePdf(adapters.pdfjs, input.bytes, {
        fileName: input.fileName,
        ...(input.password !== undefined ? { password: input.password } : {}),
        ...(adapters.pdfOptions ? { documentOptions: adapters.pdfOptions } : {}),
        ...(adapters.isCancelled ? { isCancelled: adapters.isCancelled } : {}),
        ...(adapters.onPage ? { onPage: adapters.onPage } : {}),
      });
    case 'docx':
      return parseDocx(adapters.mammoth, input.bytes, input.fileName);
    case 'json':
      return parseJsonResume(new TextDecoder().decode(input.bytes), input.fileName);
    case 'text':
      return parseResumeText(new TextDecoder().decode(input.bytes), input.fileName);
  }
}
