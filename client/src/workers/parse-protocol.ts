// Messages between the page and the parse worker.
import type { Result } from '@career-copilot/shared/lib/result';
import type { ParseError } from '@career-copilot/shared/parse/errors';
import type { ParseResult } from '@career-copilot/shared/parse/types';

export type ParseRequest =
  | {
      readonly type: 'parse-file';
      readonly fileName: string;
      readonly bytes: ArrayBuffer;
      readonly password?: string;
    }
  | { readonly type: 'parse-text'; readonly text: string };

export type ParseStage = 'reading' | 'extracting' | 'analysing';

export type ParseProgress = {
  readonly stage: ParseStage;
  readonly page?: number;
  readonly pages?: number;
};

export type ParseResponse =
  | ({ readonly type: 'progress' } & ParseProgress)
  | { readonly type: 'done'; readonly result: Result<ParseResult, ParseError> };
