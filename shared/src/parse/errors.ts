// Why a resume could not be imported: one code per failure, each with one message for the user.

export const ParseErrorCode = {
  NoTextLayer: 'no_text_layer',
  Encrypted: 'encrypted',
  PasswordWrong: 'password_wrong',
  Corrupt: 'corrupt',
  WrongType: 'wrong_type',
  Unsupported: 'unsupported',
  TooLarge: 'too_large',
  TooManyPages: 'too_many_pages',
  Timeout: 'timeout',
  InvalidJsonResume: 'invalid_json_resume',
  Empty: 'empty',
  Failed: 'failed',
} as const;
export type ParseErrorCode = (typeof ParseErrorCode)[keyof typeof ParseErrorCode];

export type ParseError = {
  readonly code: ParseErrorCode;
  readonly message: string;
};

/** Limits every import obeys, in whatever adapter reads the file. */
export const PARSE_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxPages: 30,
  timeoutMs: 20_000,
  /** Pasted text longer than this is not a resume. */
  maxTextChars: 200_000,
} as const;

const MESSAGES: Readonly<Record<ParseErrorCode, string>> = {
  no_text_layer:
    'This PDF has no text layer: it looks like a scan or a picture of a resume. Export a text PDF from the program you wrote it in, or upload the DOCX.',
  encrypted: 'This PDF is protected by a password. Enter the password to open it.',
  password_wrong: 'That password did not open the PDF. Check it and try again.',
  corrupt:
    'The file is damaged and could not be read. Export it again from the program you wrote it in.',
  wrong_type: 'The file is not what its name says.',
  unsupported: 'Career Copilot imports PDF, DOCX and JSON Resume files, and pasted text.',
  too_large: `The file is larger than ${PARSE_LIMITS.maxBytes / 1024 / 1024} MB. A resume is rarely more than 1 MB: export it without embedded images.`,
  too_many_pages: `The document has more than ${PARSE_LIMITS.maxPages} pages, which is more than any resume. Import the resume on its own.`,
  timeout: `Reading the file took longer than ${PARSE_LIMITS.timeoutMs / 1000} seconds and was stopped. Try a simpler export (a PDF without images, or the DOCX).`,
  invalid_json_resume: 'The file is not a valid JSON Resume.',
  empty: 'There is no text to import.',
  failed: 'The file could not be read.',
};

/** The message for a code; `detail` names the specific problem (a field, a type). */
export function parseError(code: ParseErrorCode, detail?: string): ParseError {
  const base = MESSAGES[code];
  return { code, message: detail ? `${base} ${detail}` : base };
}
