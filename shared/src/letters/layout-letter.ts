// A cover letter on paper in the resume's template: the template's own header, then the letter in its type.
import { buildResumeDocument } from '../render/document';
import { themeFor, type LaidOutResume } from '../render/layout-resume';
import { layoutPages, pageGeometry } from '../render/layout/pages';
import type { Block, TextMeasurer } from '../render/layout/types';
import { getTemplate, type ResolvedTemplateSettings } from '../render/templates/registry';
import type { Resume } from '../resume/model';

/** Body size and leading of a letter; the resume templates set body text at 9.5–10.5 pt. */
const LETTER_SIZE = 10.5;

/** Paragraphs of the letter as typed: blank lines separate them, single line breaks stay (the sign-off). */
export function letterParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

/**
 * Lays out a letter with the resume's template: the template composes its header (name, headline,
 * contacts, band or rule) from the resume exactly as on the resume, the date follows, and the
 * letter's paragraphs run below in the template's font and colours. Two-column templates keep their
 * header; the letter itself is one column, as letters are.
 */
export function layoutCoverLetter(
  resume: Resume,
  text: string,
  settings: ResolvedTemplateSettings,
  measurer: TextMeasurer,
  dateLine: string,
): LaidOutResume {
  const document = { ...buildResumeDocument(resume), sections: [] };
  const geometry = pageGeometry(settings.paper, settings.marginMm);
  const theme = themeFor(settings);
  const template = getTemplate(settings.id).compose(
    document,
    theme,
    geometry.width,
    geometry.margin,
  );
  const style = {
    font: { family: theme.font, style: 'regular' as const },
    size: LETTER_SIZE,
    color: theme.text,
  };
  const main: Block[] = [
    {
      kind: 'paragraph',
      runs: [{ text: dateLine, style: { ...style, color: theme.muted } }],
      structure: { role: 'P' },
      lineHeight: 1.4,
      spaceBefore: 18,
      spaceAfter: 14,
    },
  ];
  for (const lines of letterParagraphs(text)) {
    lines.forEach((line, i) => {
      main.push({
        kind: 'paragraph',
        runs: [{ text: line, style }],
        structure: { role: 'P' },
        lineHeight: 1.4,
        spaceAfter: i === lines.length - 1 ? 10 : 0,
        ...(i < lines.length - 1 ? { keepWithNext: true } : {}),
      });
    });
  }
  const laidOut = layoutPages(
    {
      header: template.header,
      ...(template.headerBand ? { headerBand: template.headerBand } : {}),
      headerGap: template.headerGap,
      main,
    },
    geometry,
    measurer,
  );
  return { ...laidOut, document, settings };
}
