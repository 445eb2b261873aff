// Node adapter for the parser: pdf.js's legacy build and mammoth, for the CLI, tests and benchmarks.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { err, type Result } from '../src/lib/result';
import { PARSE_LIMITS, parseError, type ParseError } from '../src/parse/errors';
import type { MammothLib } from '../src/parse/parse-docx';
import { parseResumeFile, type ParseAdapters } from '../src/parse/parse-file';
import type { PdfJsLib } from '../src/parse/pdf/extract';
import type { ParseResult } from '../src/parse/types';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** pdf.js and mammoth as the parser takes them, with pdf.js's font and CMap data on disk. */
export const nodeParseAdapters: ParseAdapters = {
  pdfjs: pdfjs as unknown as PdfJsLib,
  mammoth: mammoth as unknown as MammothLib,
  pdfOptions: {
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
  },
};

export type NodeParseOptions = {
  readonly password?: string;
  /** Stops the parse with a `timeout` error after this long (default 20 s). */
  readonly timeoutMs?: number;
};

/** Parses a resume held in memory; `fileName` says what it claims to be (".pdf", ".docx"…). */
export async function parseResumeBytes(
  bytes: Uint8Array,
  fileName: string,
  options: NodeParseOptions = {},
): Promise<Result<ParseResult, ParseError>> {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Result<ParseResult, ParseError>>((resolve) => {
    timer = setTimeout(() => {
      cancelled = true;
      resolve(err(parseError('timeout')));
    }, options.timeoutMs ?? PARSE_LIMITS.timeoutMs);
  });
  try {
    return await Promise.race([
      parseResumeFile(
        {
          bytes,
          fileName,
          ...(options.password !== undefined ? { password: options.password } : {}),
        },
        { ...nodeParseAdapters, isCancelled: () => cancelled },
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Parses a resume file on disk; a file over the size limit is refused before it is read. */
export async function parseResumeAt(
  path: string,
  options: NodeParseOptions = {},
): Promise<Result<ParseResult, ParseError>> {
  const info = await stat(path);
  if (info.size > PARSE_LIMITS.maxBytes) return err(parseError('too_large'));
  const bytes = new Uint8Array(await readFile(path));
  return parseResumeBytes(bytes, basename(path), options);
}

/** The file URL of pdf.js's legacy build, for tools that load it themselves (the benchmark). */
export const pdfjsLegacyUrl = pathToFileURL(join(pdfjsRoot, 'legacy', 'build', 'pdf.mjs')).href;
