// Every export a user can download, built in the browser: PDF, DOCX, Markdown, plain text, JSON Resume.
import { buildResumeDocument } from '@career-copilot/shared/render/document';
import { toMarkdown, toPlainText } from '@career-copilot/shared/render/markdown';
import { layoutResume } from '@career-copilot/shared/render/layout-resume';
import type { ResolvedTemplateSettings } from '@career-copilot/shared/render/templates/registry';
import { toJsonResume } from '@career-copilot/shared/resume/json-resume';
import type { Resume } from '@career-copilot/shared/resume/model';
import { loadFontsFor } from './fonts/browser-fonts';

export const ExportFormat = {
  Pdf: 'pdf',
  Docx: 'docx',
  Markdown: 'md',
  Text: 'txt',
  JsonResume: 'json',
} as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];

export const EXPORT_FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; hint: string }> =
  [
    { format: 'pdf', label: 'PDF', hint: 'Selectable text, live links, the chosen template' },
    { format: 'docx', label: 'Word (DOCX)', hint: 'Headings, bullet lists and links; one column' },
    { format: 'md', label: 'Markdown', hint: 'For GitHub, notes apps and websites' },
    { format: 'txt', label: 'Plain text', hint: 'For pasting into application forms' },
    {
      format: 'json',
      label: 'JSON Resume',
      hint: 'Everything, for import into this or other tools',
    },
  ];

const MIME: Readonly<Record<ExportFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  json: 'application/json',
};

export type ExportedFile = {
  readonly blob: Blob;
  readonly extension: ExportFormat;
  /** Things the user should know about this file (links left out, characters without a glyph). */
  readonly warnings: readonly string[];
};

function file(data: BlobPart, format: ExportFormat, warnings: string[] = []): ExportedFile {
  return { blob: new Blob([data], { type: MIME[format] }), extension: format, warnings };
}

/** Builds one export. PDFKit and docx are loaded only when a PDF or DOCX is asked for. */
export async function exportResume(
  resume: Resume,
  settings: ResolvedTemplateSettings,
  format: ExportFormat,
): Promise<ExportedFile> {
  switch (format) {
    case 'pdf': {
      const [fonts, { writeResumePdf }] = await Promise.all([
        loadFontsFor(settings.font),
        import('./pdf/write-pdf'),
      ]);
      const laidOut = layoutResume(resume, settings, fonts.measurer);
      const bytes = await writeResumePdf(laidOut, fonts);
      return file(bytes as Uint8Array<ArrayBuffer>, format);
    }
    case 'docx': {
      const { writeResumeDocx } = await import('./docx/write-docx');
      return file((await writeResumeDocx(resume, settings)) as Uint8Array<ArrayBuffer>, format);
    }
    case 'md':
      return file(toMarkdown(buildResumeDocument(resume)), format);
    case 'txt':
      return file(toPlainText(buildResumeDocument(resume)), format);
    case 'json': {
      const { text, omitted, completed } = toJsonResume(resume);
      const warnings = [
        ...(omitted.length
          ? [
              `Left out of the JSON Resume file (not valid or not safe links): ${omitted.join(', ')}.`,
            ]
          : []),
        ...(completed.length ? [`Completed as https:// links: ${completed.join(', ')}.`] : []),
      ];
      return file(text, format, warnings);
    }
  }
}
