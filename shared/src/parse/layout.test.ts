// Reading order on synthetic PDFs: sidebars, label rails, date columns, glyph-per-item text,
// running headers, entries that run over a page break.
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../node/parse-file';
import { buildPdf, textWidth, type PdfText } from '../../test/pdf-builder';
import type { ParseResult } from './types';

async function parse(
  pages: PdfText[][],
  links?: Parameters<typeof buildPdf>[0]['links'],
): Promise<ParseResult> {
  const result = await parseResumeBytes(
    buildPdf({ pages, ...(links ? { links } : {}) }),
    'test.pdf',
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const right = (text: string, edge: number, y: number, size = 10): PdfText => ({
  text,
  x: edge - textWidth(text, size),
  y,
  size,
});

describe('PDF layout', () => {
  it('reads a sidebar and a main column as two streams, not line by line', async () => {
    const sidebar: PdfText[] = [
      { text: 'Jordan Blake', x: 40, y: 70, size: 20, bold: true },
      { text: 'CONTACT', x: 40, y: 110, size: 11, bold: true },
      { text: 'jordan@example.com', x: 40, y: 126 },
      { text: '(503) 555-0142', x: 40, y: 140 },
      { text: 'Portland, OR', x: 40, y: 154 },
      { text: 'SKILLS', x: 40, y: 184, size: 11, bold: true },
      ...['Python', 'TypeScript', 'PostgreSQL', 'Terraform', 'Kubernetes'].map((text, i) => ({
        text,
        x: 40,
        y: 200 + i * 14,
      })),
    ];
    const main: PdfText[] = [
      { text: 'EXPERIENCE', x: 230, y: 74, size: 11, bold: true },
      { text: 'Lead Platform Engineer', x: 230, y: 94, bold: true },
      right('Feb 2019 - Present', 560, 94),
      { text: 'Cascade Logistics Group', x: 230, y: 108 },
      { text: '• Ran the overnight logistics desk across three regions', x: 230, y: 124 },
      { text: '• Cut deploy time from forty minutes to six minutes', x: 230, y: 138 },
      { text: 'Staff Engineer', x: 230, y: 166, bold: true },
      right('Jun 2015 - Jan 2019', 560, 166),
      { text: 'Harbor Point Systems', x: 230, y: 180 },
      { text: '• Built the reporting pipeline the finance team runs on', x: 230, y: 196 },
      { text: 'EDUCATION', x: 230, y: 230, size: 11, bold: true },
      { text: 'State University', x: 230, y: 250, bold: true },
      right('2008 - 2012', 560, 250),
      { text: 'B.S. Computer Science', x: 230, y: 264 },
    ];
    const { resume, layout, warnings } = await parse([[...sidebar, ...main]]);
    expect(layout.columns).toBe(2);
    expect(warnings.map((w) => w.code)).toContain('two_column');
    expect(resume.basics).toMatchObject({
      name: 'Jordan Blake',
      email: 'jordan@example.com',
      phone: '(503) 555-0142',
      location: { city: 'Portland', region: 'OR' },
    });
    expect(resume.skills).toEqual([
      { keywords: ['Python', 'TypeScript', 'PostgreSQL', 'Terraform', 'Kubernetes'] },
    ]);
    expect(resume.work).toEqual([
      {
        name: 'Cascade Logistics Group',
        position: 'Lead Platform Engineer',
        startDate: '2019-02',
        highlights: [
          'Ran the overnight logistics desk across three regions',
          'Cut deploy time from forty minutes to six minutes',
        ],
      },
      {
        name: 'Harbor Point Systems',
        position: 'Staff Engineer',
        startDate: '2015-06',
        endDate: '2019-01',
        highlights: ['Built the reporting pipeline the finance team runs on'],
      },
    ]);
    expect(resume.education).toEqual([
      {
        institution: 'State University',
        studyType: 'B.S.',
        area: 'Computer Science',
        startDate: '2008',
        endDate: '2012',
      },
    ]);
  });

  it('opens each section at a label in a left rail, even on the same line as its first entry', async () => {
    const page: PdfText[] = [
      { text: 'Riley Chen', x: 40, y: 60, size: 18, bold: true },
      { text: 'riley@example.com | Denver, CO', x: 40, y: 80 },
      { text: 'Summary', x: 40, y: 120, bold: true },
      {
        text: 'Data engineer who builds pipelines that stay up and models that stay honest.',
        x: 150,
        y: 120,
      },
      { text: 'Experience', x: 40, y: 160, bold: true },
      { text: 'Northwind Systems', x: 150, y: 160, bold: true },
      right('Mar 2021 - Present', 560, 160),
      { text: 'Data Engineer', x: 150, y: 174 },
      {
        text: 'Moved nightly batch jobs to streaming, cutting data delay from hours to minutes.',
        x: 150,
        y: 190,
      },
      { text: 'Education', x: 40, y: 230, bold: true },
      { text: 'Lakeside College', x: 150, y: 230, bold: true },
      right('2017', 560, 230),
      { text: 'B.A. Mathematics', x: 150, y: 244 },
      { text: 'Skills', x: 40, y: 280, bold: true },
      { text: 'Python, SQL, Airflow, dbt', x: 150, y: 280 },
    ];
    const { resume, layout } = await parse([page]);
    expect(layout.gutter).toBe(true);
    expect(resume.basics?.summary).toBe(
      'Data engineer who builds pipelines that stay up and models that stay honest.',
    );
    expect(resume.work?.[0]).toMatchObject({
      name: 'Northwind Systems',
      position: 'Data Engineer',
      startDate: '2021-03',
    });
    expect(resume.education?.[0]).toMatchObject({
      institution: 'Lakeside College',
      studyType: 'B.A.',
      area: 'Mathematics',
      endDate: '2017',
    });
    expect(resume.skills).toEqual([{ keywords: ['Python', 'SQL', 'Airflow', 'dbt'] }]);
  });

  it('rebuilds words from one item per glyph and drops a running header and page numbers', async () => {
    const header = (n: number): PdfText[] => [
      { text: 'Sam Ortiz - Resume', x: 72, y: 30, size: 8 },
      { text: `Page ${n} of 2`, x: 500, y: 770, size: 8 },
    ];
    const first: PdfText[] = [
      ...header(1),
      { text: 'Sam Ortiz', x: 72, y: 80, size: 20, bold: true, perGlyph: true },
      { text: 'sam@example.com', x: 72, y: 100, perGlyph: true },
      { text: 'EXPERIENCE', x: 72, y: 140, size: 12, bold: true, perGlyph: true },
      { text: 'Globex', x: 72, y: 160, bold: true, perGlyph: true },
      right('2018 - 2023', 540, 160),
      { text: 'Senior Analyst', x: 72, y: 174, perGlyph: true },
      { text: '• Built the forecasting model used by finance', x: 80, y: 190, perGlyph: true },
      { text: '• Automated the weekly report for 40 stores', x: 80, y: 740, perGlyph: true },
    ];
    const second: PdfText[] = [
      ...header(2),
      { text: '• Trained four analysts on SQL and Python', x: 80, y: 80, perGlyph: true },
      { text: 'EDUCATION', x: 72, y: 120, size: 12, bold: true, perGlyph: true },
      { text: 'Ridgemont University', x: 72, y: 140, bold: true },
      { text: 'B.S. Statistics, 2018', x: 72, y: 154 },
    ];
    const { resume, sections } = await parse([first, second]);
    expect(resume.basics?.name).toBe('Sam Ortiz');
    expect(resume.work).toEqual([
      {
        name: 'Globex',
        position: 'Senior Analyst',
        startDate: '2018',
        endDate: '2023',
        highlights: [
          'Built the forecasting model used by finance',
          'Automated the weekly report for 40 stores',
          'Trained four analysts on SQL and Python',
        ],
      },
    ]);
    expect(sections.map((s) => s.text).join('\n')).not.toMatch(/Page \d of 2|Sam Ortiz - Resume/);
  });

  it('takes a profile URL from the link under a printed username', async () => {
    const page: PdfText[] = [
      { text: 'Lee Park', x: 72, y: 80, size: 20, bold: true },
      { text: 'lee@example.com', x: 72, y: 100 },
      { text: 'leepark', x: 250, y: 100 },
      { text: 'EXPERIENCE', x: 72, y: 140, size: 12, bold: true },
      { text: 'Initech', x: 72, y: 160, bold: true },
      { text: 'Engineer, 2019 - 2021', x: 72, y: 174 },
    ];
    const { resume } = await parse(
      [page],
      [{ page: 0, url: 'https://github.com/leepark', rect: [248, 90, 290, 103] }],
    );
    expect(resume.basics?.profiles).toEqual([
      { network: 'GitHub', username: 'leepark', url: 'https://github.com/leepark' },
    ]);
  });
});
