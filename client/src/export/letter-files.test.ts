// @vitest-environment node
// Cover letter exports: the PDF carries the resume's header and font and the letter's text; DOCX and text too.
import { describe, expect, it } from 'vitest';
import { FONT_FAMILIES } from '@career-copilot/shared/render/fonts';
import { resolveTemplateSettings } from '@career-copilot/shared/render/templates/registry';
import type { Resume } from '@career-copilot/shared/resume/model';
import { docxParagraphs, readDocx } from '../../test/docx-text';
import { extractPdf, streamText } from '../../test/pdf-text';
import { nodeFontBook } from '../../test/render-pdf-node';
import { letterBytes } from './letter-files';

const resume: Resume = {
  basics: { name: 'Ada Moreno', label: 'Backend Engineer', email: 'ada@example.com' },
  work: [
    { name: 'Acme Freight', position: 'Backend Engineer', highlights: ['Cut latency by 40%'] },
  ],
};
const text =
  'Dear Northwind Labs hiring team,\n\nI cut API latency by 40% at Acme Freight.\n\nThank you for your time.\n\nSincerely,\nAda Moreno';

async function fonts(family: keyof typeof FONT_FAMILIES) {
  const book = nodeFontBook();
  await Promise.all([book.load(family), book.load(FONT_FAMILIES[family].fallback)]);
  return book;
}

describe('letter exports', () => {
  it('writes a PDF in the resume’s template: its header and font, then the letter', async () => {
    const settings = resolveTemplateSettings({ id: 'modern' });
    const bytes = await letterBytes(
      { resume, text, settings, dateLine: '24 November 2026' },
      'pdf',
      () => fonts(settings.font),
    );
    const pdf = await extractPdf(bytes as Uint8Array);
    const all = streamText(pdf);
    expect(all).toMatch(
      /Ada Moreno[\s\S]*ada@example\.com[\s\S]*24 November 2026[\s\S]*Dear Northwind Labs hiring team,[\s\S]*I cut API latency by 40% at Acme Freight\.[\s\S]*Sincerely,[\s\S]*Ada Moreno/,
    );
    expect(all).not.toMatch(/Experience/);
    expect(pdf.title).toBe('Ada Moreno — Cover letter');
    expect(pdf.tagged).toBe(true);
  });

  it('writes DOCX paragraphs with the sign-off kept on two lines, and plain text as typed', async () => {
    const settings = resolveTemplateSettings({ id: 'classic' });
    const docx = readDocx(
      (await letterBytes(
        { resume, text, settings, dateLine: '24 November 2026' },
        'docx',
      )) as Uint8Array,
    );
    const paragraphs = docxParagraphs(docx.document);
    expect(paragraphs).toEqual([
      'Ada Moreno',
      'Backend Engineer',
      'ada@example.com',
      '24 November 2026',
      'Dear Northwind Labs hiring team,',
      'I cut API latency by 40% at Acme Freight.',
      'Thank you for your time.',
      'Sincerely,Ada Moreno',
    ]);
    expect(docx.document).toContain('<w:br/>');
    expect(docx.core).toContain('Ada Moreno — Cover letter');
    expect(await letterBytes({ resume, text, settings, dateLine: '' }, 'txt')).toBe(`${text}\n`);
  });
});
