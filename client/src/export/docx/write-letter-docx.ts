// Writes a cover letter as DOCX with the resume's header, font and accent, so the two read as a set.
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { letterParagraphs } from '@career-copilot/shared/letters/layout-letter';
import { buildResumeDocument } from '@career-copilot/shared/render/document';
import { FONT_FAMILIES } from '@career-copilot/shared/render/fonts';
import { MUTED_COLOR, TEXT_COLOR, themeFor } from '@career-copilot/shared/render/layout-resume';
import { pageGeometry } from '@career-copilot/shared/render/layout/pages';
import type { ResolvedTemplateSettings } from '@career-copilot/shared/render/templates/registry';
import type { Resume } from '@career-copilot/shared/resume/model';

const TWIPS_PER_POINT = 20;
const hex = (colour: string) => colour.replace('#', '');

export async function writeLetterDocx(
  resume: Resume,
  text: string,
  settings: ResolvedTemplateSettings,
  dateLine: string,
): Promise<Uint8Array> {
  const doc = buildResumeDocument(resume);
  const theme = themeFor(settings);
  const font = FONT_FAMILIES[settings.font].docxName;
  const geometry = pageGeometry(settings.paper, settings.marginMm);
  const header: Paragraph[] = [];
  if (doc.name)
    header.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.name)] }));
  if (doc.label)
    header.push(
      new Paragraph({
        children: [new TextRun({ text: doc.label, size: 24, color: hex(MUTED_COLOR) })],
      }),
    );
  if (doc.contacts.length) {
    const children = doc.contacts.flatMap((c, i) => [
      ...(i > 0 ? [new TextRun({ text: '  |  ', color: hex(MUTED_COLOR) })] : []),
      c.url
        ? new ExternalHyperlink({
            link: c.url,
            children: [new TextRun({ text: c.text, style: 'Hyperlink' })],
          })
        : new TextRun(c.text),
    ]);
    header.push(new Paragraph({ children, spacing: { after: 360 } }));
  }
  const body = [
    new Paragraph({
      children: [new TextRun({ text: dateLine, color: hex(MUTED_COLOR) })],
      spacing: { after: 280 },
    }),
    ...letterParagraphs(text).map(
      (lines) =>
        new Paragraph({
          children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
          spacing: { after: 200, line: 300 },
        }),
    ),
  ];
  const document = new Document({
    title: doc.name ? `${doc.name} — Cover letter` : 'Cover letter',
    creator: doc.name || 'Career Copilot',
    description: 'Cover letter',
    styles: {
      default: {
        document: { run: { font, size: 21, color: hex(TEXT_COLOR) } },
        title: {
          run: { font, size: 40, bold: true, color: hex(TEXT_COLOR) },
          paragraph: { spacing: { after: 40 } },
        },
        hyperlink: { run: { color: hex(theme.accentText), underline: {} } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: Math.round(geometry.width * TWIPS_PER_POINT),
              height: Math.round(geometry.height * TWIPS_PER_POINT),
            },
            margin: {
              top: Math.round(geometry.margin * TWIPS_PER_POINT),
              bottom: Math.round(geometry.margin * TWIPS_PER_POINT),
              left: Math.round(geometry.margin * TWIPS_PER_POINT),
              right: Math.round(geometry.margin * TWIPS_PER_POINT),
            },
          },
        },
        children: [...header, ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
