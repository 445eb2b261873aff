// The Node hook for round-trip tests and benchmarks: a Resume and template settings in, PDF bytes out.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resume, TemplateSettings } from '@career-copilot/shared/resume/model';
import { FONT_FAMILIES } from '@career-copilot/shared/render/fonts';
import { layoutResume, type LaidOutResume } from '@career-copilot/shared/render/layout-resume';
import { resolveTemplateSettings } from '@career-copilot/shared/render/templates/registry';
import { createFontBook, type FontBook } from '../src/export/fonts/font-book';
import { writeResumePdf } from '../src/export/pdf/write-pdf';

/** The bundled font files, read from disk in Node. */
export const FONT_FILES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'export',
  'fonts',
  'files',
);

let book: FontBook | undefined;

/** One font book for the whole process, reading the bundled files from disk. */
export function nodeFontBook(): FontBook {
  book ??= createFontBook(
    async (file) => new Uint8Array(await readFile(join(FONT_FILES_DIR, file))),
  );
  return book;
}

/** Lays a resume out exactly as the app does (same templates, fonts and settings resolution). */
export async function layoutResumeInNode(
  resume: Resume,
  template?: TemplateSettings,
): Promise<LaidOutResume> {
  const settings = resolveTemplateSettings(template ?? resume.meta?.template);
  const fonts = nodeFontBook();
  await Promise.all([fonts.load(settings.font), fonts.load(FONT_FAMILIES[settings.font].fallback)]);
  return layoutResume(resume, settings, fonts.measurer);
}

/**
 * Renders a resume to PDF bytes in Node with the app's own pipeline: the round-trip test feeds the
 * result to the resume parser. `template` defaults to the resume's own `meta.template`.
 */
export async function renderResumeToPdfBytes(
  resume: Resume,
  template?: TemplateSettings,
): Promise<Uint8Array> {
  const laidOut = await layoutResumeInNode(resume, template);
  return writeResumePdf(laidOut, nodeFontBook());
}
