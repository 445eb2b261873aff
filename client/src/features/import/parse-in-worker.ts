// Runs a parse in a fresh worker with a time limit; the worker is terminated when time is up.
import { err, type Result } from '@career-copilot/shared/lib/result';
import { PARSE_LIMITS, parseError, type ParseError } from '@career-copilot/shared/parse/errors';
import type { ParseResult } from '@career-copilot/shared/parse/types';
import type { ParseProgress, ParseRequest, ParseResponse } from '../../workers/parse-protocol';

export type ParseSource =
  { readonly file: File; readonly password?: string } | { readonly text: string };

export type ParseOptions = {
  readonly onProgress?: (progress: ParseProgress) => void;
  readonly timeoutMs?: number;
};

export type Parser = (
  source: ParseSource,
  options?: ParseOptions,
) => Promise<Result<ParseResult, ParseError>>;

function startWorker(): Worker {
  return new Worker(new URL('../../workers/parse.worker.ts', import.meta.url), {
    type: 'module',
    name: 'parse',
  });
}

/** Parses a file or pasted text off the page's thread. */
export const parseInWorker: Parser = async (source, options = {}) => {
  let request: ParseRequest;
  const transfer: Transferable[] = [];
  if ('file' in source) {
    // Checked before the file is read into memory.
    if (source.file.size > PARSE_LIMITS.maxBytes) return err(parseError('too_large'));
    if (source.file.size === 0) return err(parseError('empty', 'The file is empty.'));
    options.onProgress?.({ stage: 'reading' });
    let bytes: ArrayBuffer;
    try {
      bytes = await source.file.arrayBuffer();
    } catch {
      return err(parseError('failed', 'The browser could not read the file.'));
    }
    request = {
      type: 'parse-file',
      fileName: source.file.name,
      bytes,
      ...(source.password !== undefined ? { password: source.password } : {}),
    };
    transfer.push(bytes);
  } else {
    request = { type: 'parse-text', text: source.text };
  }
  const worker = startWorker();
  return new Promise((resolve) => {
    const finish = (result: Result<ParseResult, ParseError>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish(err(parseError('timeout'))),
      options.timeoutMs ?? PARSE_LIMITS.timeoutMs,
    );
    worker.onmessage = (event: MessageEvent<ParseResponse | null>) => {
      // pdf.js's worker code, loaded into the same worker, announces itself on the same channel.
      const message = event.data;
      if (message?.type === 'progress') options.onProgress?.(message);
      else if (message?.type === 'done') finish(message.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(err(parseError('failed', 'The parser could not start in this browser.')));
    };
    worker.postMessage(request, transfer);
  });
};
