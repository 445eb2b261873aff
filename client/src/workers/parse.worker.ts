// The parse worker: pdf.js, mammoth and the whole parser run here, never on the page's thread.
import mammoth from 'mammoth';
import * as pdfjs from 'pdfjs-dist';
// pdf.js's own worker code, loaded into this worker: pdf.js then runs in this thread.
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.min.mjs';
import { err } from '@career-copilot/shared/lib/result';
import { parseError } from '@career-copilot/shared/parse/errors';
import type { MammothLib } from '@career-copilot/shared/parse/parse-docx';
import { parseResumeFile, parseResumeText } from '@career-copilot/shared/parse/parse-file';
import type { PdfJsLib } from '@career-copilot/shared/parse/pdf/extract';
import type { ParseRequest, ParseResponse } from './parse-protocol';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

/** pdf.js's CMaps and standard fonts, copied into the build and precached (see vite.config.ts). */
const assets = new URL('/pdfjs/', self.location.origin).href;

const post = (message: ParseResponse) => self.postMessage(message);

async function handle(request: ParseRequest): Promise<ParseResponse> {
  if (request.type === 'parse-text') {
    post({ type: 'progress', stage: 'analysing' });
    return { type: 'done', result: parseResumeText(request.text) };
  }
  post({ type: 'progress', stage: 'extracting' });
  const result = await parseResumeFile(
    {
      bytes: new Uint8Array(request.bytes),
      fileName: request.fileName,
      ...(request.password !== undefined ? { password: request.password } : {}),
    },
    {
      pdfjs: pdfjs as unknown as PdfJsLib,
      mammoth: mammoth as unknown as MammothLib,
      pdfOptions: {
        cMapUrl: `${assets}cmaps/`,
        cMapPacked: true,
        standardFontDataUrl: `${assets}standard_fonts/`,
      },
      onPage: (page, pages) => post({ type: 'progress', stage: 'extracting', page, pages }),
    },
  );
  return { type: 'done', result };
}

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  handle(event.data)
    .then(post)
    .catch((error: unknown) => {
      // A bug, not bad input: still answer, so the page never waits forever.
      console.error(error);
      post({
        type: 'done',
        result: err(parseError('failed', 'Something went wrong while reading it.')),
      });
    });
};
