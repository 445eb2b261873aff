// Writes a resume as DOCX with the docx library: real headings, bullet lists and hyperlinks, one column.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type ParagraphChild,
} from 'docx';
import {
  buildResumeDocument,
  documentTitle,
  printedHeading,
  printedOrganisation,
  printedParagraphs,
  type DocEntry,
  type DocSection,
  type ResumeDocument,
} from '@career-copilot/shared/render/document';
import { FONT_FAMILIES } from '@career-copilot/shared/render/fonts';
import { MUTED_COLOR, TEXT_COLOR, themeFor } from '@career-copilot/shared/render/layout-resume';
import { pageGeometry } from '@career-copilot/shared/render/layout/pages';
import type { ResolvedTemplateSettings } from '@career-copilot/shared/render/templates/registry';
import type { Resume } from '@career-copilot/shared/resume/model';

const BULLETS = 'resume-bullets';
/** DOCX measures in twentieths of a point; run sizes in half points. */
const TWIPS_PER_POINT = 20;
const hex = (colour: string) => colour.replace('#', '');

type Styling = { readonly accent: string; readonly contentWidth: number };

function link(text: string, url: string | undefined): ParagraphChild {
  if (!url) return new TextRun(text);
  return new ExternalHyperlink({
    link: url,
    children: [new TextRun({ text, style: 'Hyperlink' })],
  });
}

function header(doc: ResumeDocument): Paragraph[] {
  const out: Paragraph[] = [];
  if (doc.name)
    out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.name)] }));
  if (doc.label) {
    out.push(
      new Paragraph({
        children: [new TextRun({ text: doc.label, size: 24, color: hex(MUTED_COLOR) })],
      }),
    );
  }
  if (doc.contacts.length) {
    const children: ParagraphChild[] = [];
    doc.contacts.forEach((c, i) => {
      if (i > 0) children.push(new TextRun({ text: '  |  ', color: hex(MUTED_COLOR) }));
      children.push(link(c.text, c.url));
    });
    out.push(new Paragraph({ children, spacing: { after: 120 } }));
  }
  return out;
}

/** The entry's first line: title and organisation, dates flush right on a right tab stop. */
function entryParagraphs(entry: DocEntry, section: string, styling: Styling): Paragraph[] {
  const heading = printedHeading(entry, section);
  const organisation = printedOrganisation(entry, section);
  const title: ParagraphChild[] = [];
  if (heading) title.push(new TextRun({ text: heading, bold: true }));
  if (organisation)
    title.push(new TextRun({ text: heading ? `, ${organisation}` : organisation, bold: !heading }));
  if (entry.dates)
    title.push(new TextRun({ children: [new Tab(), entry.dates], color: hex(MUTED_COLOR) }));
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: title,
      tabStops: [{ type: TabStopType.RIGHT, position: styling.contentWidth }],
      keepNext: true,
    }),
  ];
  const meta: ParagraphChild[] = [];
  if (entry.location)
    meta.push(new TextRun({ text: entry.location, italics: true, color: hex(MUTED_COLOR) }));
  if (entry.link) {
    if (meta.length) meta.push(new TextRun({ text: '  |  ', color: hex(MUTED_COLOR) }));
    meta.push(link(entry.link.text, entry.link.url));
  }
  if (meta.length) out.push(new Paragraph({ children: meta, keepNext: true }));
  for (const text of printedParagraphs(entry))
    out.push(new Paragraph({ children: [new TextRun(text)] }));
  for (const text of entry.bullets) {
    out.push(
      new Paragraph({ children: [new TextRun(text)], numbering: { reference: BULLETS, level: 0 } }),
    );
  }
  for (const d of entry.details) {
    out.push(
      new Paragraph({
        children: [new TextRun({ text: `${d.label}: `, bold: true }), new TextRun(d.text)],
      }),
    );
  }
  return out;
}

function sectionParagraphs(section: DocSection, styling: Styling): Paragraph[] {
  const out = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }),
  ];
  if (section.kind === 'text') {
    for (const p of section.paragraphs) out.push(new Paragraph({ children: [new TextRun(p)] }));
  } else if (section.kind === 'list') {
    for (const item of section.items) {
      const children = item.label
        ? [new TextRun({ text: `${item.label}: `, bold: true }), new TextRun(item.text)]
        : [new TextRun(item.text)];
      out.push(new Paragraph({ children }));
    }
  } else {
    for (const entry of section.entries) out.push(...entryParagraphs(entry, section.key, styling));
  }
  return out;
}

/** Builds the DOCX document: single column whatever the template (tables and text boxes confuse ATS). */
export function buildDocx(resume: Resume, settings: ResolvedTemplateSettings): Document {
  const doc = buildResumeDocument(resume);
  const theme = themeFor(settings);
  const geometry = pageGeometry(settings.paper, settings.marginMm);
  const margin = Math.round(geometry.margin * TWIPS_PER_POINT);
  const styling: Styling = {
    accent: hex(theme.accentText),
    contentWidth: Math.round((geometry.width - 2 * geometry.margin) * TWIPS_PER_POINT),
  };
  const font = FONT_FAMILIES[settings.font].docxName;
  return new Document({
    title: documentTitle(doc),
    creator: doc.name || 'Career Copilot',
    description: 'Resume',
    styles: {
      default: {
        document: {
          run: { font, size: 20, color: hex(TEXT_COLOR) },
          paragraph: { spacing: { after: 40 } },
        },
        title: {
          run: { font, size: 44, bold: true, color: hex(TEXT_COLOR) },
          paragraph: { spacing: { after: 40 } },
        },
        heading1: {
          run: { font, size: 24, bold: true, color: styling.accent },
          paragraph: {
            spacing: { before: 240, after: 80 },
            keepNext: true,
            border: {
              bottom: { style: BorderStyle.SINGLE, size: 6, color: hex(theme.accent), space: 2 },
            },
          },
        },
        heading2: {
          run: { font, size: 21, bold: false, color: hex(TEXT_COLOR) },
          paragraph: { spacing: { before: 140, after: 20 }, keepNext: true },
        },
        hyperlink: { run: { color: styling.accent, underline: {} } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 220 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: Math.round(geometry.width * TWIPS_PER_POINT),
              height: Math.round(geometry.height * TWIPS_PER_POINT),
            },
            margin: { top: margin, right: margin, bottom: margin, left: margin },
          },
        },
        children: [...header(doc), ...doc.sections.flatMap((s) => sectionParagraphs(s, styling))],
      },
    ],
  });
}

/** The DOCX file's bytes (works in the browser and in Node). */
export async function writeResumeDocx(
  resume: Resume,
  settings: ResolvedTemplateSettings,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocx(resume, settings)));
}
