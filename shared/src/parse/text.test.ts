// Pasted text and DOCX documents: the same sections and entries as from a PDF.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../node/parse-file';
import { CORPUS_DIR } from '../../test/corpus';
import type { MammothNode } from './docx/lines';
import { parseDocxDocument } from './parse-docx';
import { parseResumeText } from './parse-file';
import { joinWrapped } from './text/join';

const PASTED = `Maria Gonzalez
maria.gonzalez@example.com  ·  +1 415 555 0199  ·  San Jose, CA
linkedin.com/in/mariagonzalez

SUMMARY
Product designer with seven years of experience shipping mobile apps.

WORK EXPERIENCE
Senior Product Designer, Brightside Studio        Jan 2021 – Present
- Led the redesign of onboarding, lifting activation by 18%.
- Built the design system used by 30 engineers.
Product Designer, Northwind Labs        2017 – 2020
- Ran weekly usability sessions.

EDUCATION
Rhode Island School of Design — B.F.A. in Graphic Design, 2017

SKILLS
Design: Figma, Sketch, Prototyping
Languages: English (native), Spanish (fluent)
`;

describe('pasted text', () => {
  it('reads sections, entries and contact details', () => {
    const result = parseResumeText(PASTED);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { resume } = result.value;
    expect(resume.basics).toMatchObject({
      name: 'Maria Gonzalez',
      email: 'maria.gonzalez@example.com',
      phone: '+1 415 555 0199',
      location: { city: 'San Jose', region: 'CA' },
      summary: 'Product designer with seven years of experience shipping mobile apps.',
      profiles: [
        {
          network: 'LinkedIn',
          username: 'mariagonzalez',
          url: 'https://linkedin.com/in/mariagonzalez',
        },
      ],
    });
    expect(resume.work).toEqual([
      {
        name: 'Brightside Studio',
        position: 'Senior Product Designer',
        startDate: '2021-01',
        highlights: [
          'Led the redesign of onboarding, lifting activation by 18%.',
          'Built the design system used by 30 engineers.',
        ],
      },
      {
        name: 'Northwind Labs',
        position: 'Product Designer',
        startDate: '2017',
        endDate: '2020',
        highlights: ['Ran weekly usability sessions.'],
      },
    ]);
    expect(resume.education).toEqual([
      {
        institution: 'Rhode Island School of Design',
        studyType: 'B.F.A.',
        area: 'Graphic Design',
        endDate: '2017',
      },
    ]);
    expect(resume.skills).toEqual([
      { name: 'Design', keywords: ['Figma', 'Sketch', 'Prototyping'] },
    ]);
    expect(resume.languages).toEqual([
      { language: 'English', fluency: 'native' },
      { language: 'Spanish', fluency: 'fluent' },
    ]);
    expect(resume.meta?.source).toEqual({ kind: 'text' });
  });

  it('refuses an empty paste', () => {
    const result = parseResumeText('   \n\n ');
    expect(result.ok ? null : result.error.code).toBe('empty');
  });
});

describe('line joining', () => {
  it('drops a hyphen a typesetter put in, keeps a real one, and mends soft hyphens', () => {
    expect(joinWrapped(['top 5% of submis-', 'sions'], 'drop')).toBe('top 5% of submissions');
    expect(joinWrapped(['improving cross-', 'device support'], 'keep')).toBe(
      'improving cross-device support',
    );
    expect(joinWrapped(['Resource-', 'Constrained'], 'drop')).toBe('Resource-Constrained');
    expect(joinWrapped(['opti\u00ad', 'mised'], 'keep')).toBe('optimised');
    expect(joinWrapped(['state\u00adof\u00adthe\u00adart'], 'keep')).toBe('state-of-the-art');
  });
});

const run = (text: string, bold = false): MammothNode => ({
  type: 'run',
  isBold: bold,
  children: text
    .split('\t')
    .flatMap((part, i) => [...(i > 0 ? [{ type: 'tab' }] : []), { type: 'text', value: part }]),
});
const paragraph = (runs: MammothNode[], extra: Partial<MammothNode> = {}): MammothNode => ({
  type: 'paragraph',
  children: runs,
  ...extra,
});

describe('DOCX', () => {
  it('uses heading styles, bold, list numbering and tab-aligned dates', () => {
    const document: MammothNode = {
      type: 'document',
      children: [
        paragraph([run('Priya Natarajan', true)], { styleName: 'Title' }),
        paragraph([run('priya@example.com | Chennai, India')]),
        paragraph([run('Experience')], { styleName: 'Heading 1' }),
        paragraph([run('Zoho Corporation\tJun 2019 – Present', true)]),
        paragraph([run('Senior Backend Engineer')]),
        paragraph([run('Scaled the billing service to 2M invoices a month')], {
          numbering: { level: '0', isOrdered: false },
        }),
        paragraph([run('Cut p95 latency by 40%')], { numbering: { level: '0', isOrdered: false } }),
        paragraph([run('Education')], { styleName: 'Heading 1' }),
        {
          type: 'table',
          children: [
            {
              type: 'tableRow',
              children: [
                { type: 'tableCell', children: [paragraph([run('Anna University', true)])] },
                { type: 'tableCell', children: [paragraph([run('2015 – 2019')])] },
              ],
            },
          ],
        },
        paragraph([run('B.E. in Computer Science')]),
      ],
    };
    const { resume } = parseDocxDocument(document, 'priya.docx');
    expect(resume.basics).toMatchObject({
      name: 'Priya Natarajan',
      email: 'priya@example.com',
      location: { city: 'Chennai', countryCode: 'IN' },
    });
    expect(resume.work).toEqual([
      {
        name: 'Zoho Corporation',
        position: 'Senior Backend Engineer',
        startDate: '2019-06',
        highlights: ['Scaled the billing service to 2M invoices a month', 'Cut p95 latency by 40%'],
      },
    ]);
    expect(resume.education).toEqual([
      {
        institution: 'Anna University',
        studyType: 'B.E.',
        area: 'Computer Science',
        startDate: '2015',
        endDate: '2019',
      },
    ]);
  });

  it('reads a Word file from the corpus end to end', async () => {
    const bytes = new Uint8Array(
      readFileSync(join(CORPUS_DIR, 'soupboss_02_desktop_support_docx.docx')),
    );
    const result = await parseResumeBytes(bytes, 'resume.docx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { resume, layout } = result.value;
    expect(layout.format).toBe('docx');
    expect(resume.basics?.email).toBe('emoore@email.com');
    expect(resume.work?.map((w) => w.name)).toEqual([
      'Meyer Tech Inc.',
      'The Revolve Company',
      'Windrow School District',
    ]);
    expect(resume.education?.map((e) => e.institution)).toEqual([
      'Waldorf College',
      'Haverford University',
    ]);
  });
});
