// Common printed forms that the round trip through our own templates showed the parser missed:
// labelled project details, a proficiency after a skill group's name, a degree whose letters look
// like a school's ("B.Tech"), and a short sidebar whose heading sits beside the main column's.
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../node/parse-file';
import { buildPdf, textWidth, type PdfText } from '../../test/pdf-builder';

const at = (text: string, x: number, y: number, size = 10, bold = false): PdfText => ({
  text,
  x,
  y,
  size,
  bold,
});
const right = (text: string, y: number, edge = 560, size = 10): PdfText => ({
  text,
  x: edge - textWidth(text, size),
  y,
  size,
  bold: false,
});

async function parse(page: PdfText[]) {
  const result = await parseResumeBytes(buildPdf({ pages: [page] }), 'resume.pdf');
  if (!result.ok) throw new Error(result.error.message);
  return result.value.resume;
}

const header = [
  at('Dana Whitfield', 50, 50, 22, true),
  at('dana@example.com | (555) 010-2233 | Denver, CO', 50, 74, 9),
];

describe('labelled details and qualified names', () => {
  it('keeps "Roles:" and "Technologies:" lines with the project above them', async () => {
    const resume = await parse([
      ...header,
      at('PROJECTS', 50, 110, 12, true),
      at('Route Planner', 50, 128, 10, true),
      at('Open-source planner for cycling routes with elevation-aware scoring.', 50, 141, 9),
      at('Roles: Maintainer, Designer', 50, 154, 9),
      at('Technologies: TypeScript, PostGIS, React', 50, 167, 9),
      at('Budget Buddy', 50, 190, 10, true),
      at('A shared household budget app for families.', 50, 203, 9),
      at('Role: Lead developer', 50, 216, 9),
    ]);
    expect(resume.projects).toEqual([
      {
        name: 'Route Planner',
        description: 'Open-source planner for cycling routes with elevation-aware scoring.',
        roles: ['Maintainer', 'Designer'],
        keywords: ['TypeScript', 'PostGIS', 'React'],
      },
      {
        name: 'Budget Buddy',
        description: 'A shared household budget app for families.',
        roles: ['Lead developer'],
      },
    ]);
  });

  it('reads a proficiency in brackets after a skill group as its level, not its name', async () => {
    const resume = await parse([
      ...header,
      at('SKILLS', 50, 110, 12, true),
      at('Web Technologies (Advanced): HTML5, JavaScript, PHP', 50, 128, 9),
      at('Cloud (AWS, GCP): Terraform, Lambda', 50, 141, 9),
    ]);
    expect(resume.skills).toEqual([
      { name: 'Web Technologies', level: 'Advanced', keywords: ['HTML5', 'JavaScript', 'PHP'] },
      { name: 'Cloud (AWS, GCP)', keywords: ['Terraform', 'Lambda'] },
    ]);
  });

  it('does not take the "Tech" of "B.Tech" for a school: one entry, the school below', async () => {
    const resume = await parse([
      ...header,
      at('EDUCATION', 50, 110, 12, true),
      at('B.Tech, Computer Science and Engineering', 50, 128, 10, true),
      right('2018 – 2022', 128),
      at('Indian Institute of Technology Delhi', 50, 141, 9),
      at('GPA: 9.5/10', 50, 154, 9),
    ]);
    expect(resume.education).toEqual([
      {
        institution: 'Indian Institute of Technology Delhi',
        studyType: 'B.Tech',
        area: 'Computer Science and Engineering',
        startDate: '2018',
        endDate: '2022',
        score: '9.5/10',
      },
    ]);
  });

  it('reads a short sidebar whose heading sits beside the main column’s heading', async () => {
    const resume = await parse([
      ...header,
      at('Experience', 50, 110, 12, true),
      at('Skills', 420, 110, 12, true),
      at('Staff Engineer', 50, 128, 10, true),
      right('Mar 2021 – Present', 128, 380),
      at('Distributed Systems, Kubernetes,', 420, 128, 9),
      at('Globex Systems LLC', 50, 141, 9),
      at('Terraform, PostgreSQL', 420, 141, 9),
      at('• Led the payments platform migration across 14 regional services', 60, 155, 9),
      at('• Cut median deploy time from 42 minutes to 9 minutes', 60, 168, 9),
      at('Senior Engineer', 50, 190, 10, true),
      right('Jun 2017 – Feb 2021', 190, 380),
      at('Initech Analytics', 50, 203, 9),
      at('• Rebuilt the ingest pipeline handling 3M events per day', 60, 217, 9),
    ]);
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ['Globex Systems LLC', 'Staff Engineer', '2021-03', undefined],
      ['Initech Analytics', 'Senior Engineer', '2017-06', '2021-02'],
    ]);
    expect(resume.work?.[0]?.highlights).toHaveLength(2);
    expect(resume.skills?.flatMap((s) => s.keywords ?? [])).toEqual([
      'Distributed Systems',
      'Kubernetes',
      'Terraform',
      'PostgreSQL',
    ]);
  });
});
