// Cover letter downloads, built in the browser: PDF in the resume's template, DOCX and plain text.
import { layoutCoverLetter } from '@career-copilot/shared/letters/layout-letter';
import type { ResolvedTemplateSettings } from '@career-copilot/shared/render/templates/registry';
import type { Resume } from '@career-copilot/shared/resume/model';
import type { FontBook } from './fonts/font-book';

export const LetterFormat = { Pdf: 'pdf', Docx: 'docx', Text: 'txt' } as const;
export type LetterFormat = (typeof LetterFormat)[keyof typeof LetterFormat];

export const LETTER_FORMATS: ReadonlyArray<{ format: LetterFormat; label: string }> = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'txt', label: 'Plain text' },
];

const MIME: Readonly<Record<LetterFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain;charset=utf-8',
};

export type LetterExportInput = {
  readonly resume: Resume;
  readonly text: string;
  readonly settings: ResolvedTemplateSettings;
  /** The date printed above the letter ("24 November 2026"). */
  readonly dateLine: string;
};

/** The letter as bytes; PDF and DOCX writers load only when asked for. */
export async function letterBytes(
  input: LetterExportInput,
  format: LetterFormat,
  fonts?: () => Promise<FontBook>,
): Promise<Uint8Array | string> {
  switch (format) {
    case 'pdf': {
      const [book, { writeResumePdf }] = await Promise.all([
        fonts
          ? fonts()
          : import('./fonts/browser-fonts').then((m) => m.loadFontsFor(input.settings.font)),
        import('./pdf/write-pdf'),
      ]);
      const laidOut = layoutCoverLetter(
        input.resume,
        input.text,
        input.settings,
        book.measurer,
        input.dateLine,
      );
      const name = input.resume.basics?.name?.trim();
      return writeResumePdf(laidOut, book, {
        title: name ? `${name} — Cover letter` : 'Cover letter',
        subject: 'Cover letter',
      });
    }
    case 'docx': {
      const { writeLetterDocx } = await import('./docx/write-letter-docx');
      return writeLetterDocx(input.resume, input.text, input.settings, input.dateLine);
    }
    case 'txt':
      return `${input.text.replace(/\r\n/g, '\n').trim()}\n`;
  }
}

export async function exportLetter(input: LetterExportInput, format: LetterFormat): Promise<Blob> {
  const data = await letterBytes(input, format);
  return new Blob([data as BlobPart], { type: MIME[format] });
}
