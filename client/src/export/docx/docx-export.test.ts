// @vitest-environment node
// DOCX export: real headings, bullet lists and hyperlinks, markup kept as text, and LibreOffice opens it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTemplateSettings } from '@career-copilot/shared/render/templates/registry';
import type { Resume } from '@career-copilot/shared/resume/model';
import { readDocx } from '../../../test/docx-text';
import { writeResumeDocx } from './write-docx';

const resume: Resume = {
  basics: {
    name: 'Ada Lovelace',
    label: 'Engineer',
    email: 'ada@example.com',
    url: 'https://ada.dev',
    profiles: [{ network: 'GitHub', url: 'https://github.com/ada' }],
    summary: 'Builds engines & programs.',
  },
  work: [
    {
      name: 'Analytical Engines',
      position: 'Programmer',
      location: 'London',
      startDate: '2020-03',
      highlights: ['Wrote the first program', 'Explained Note G'],
    },
  ],
  education: [{ institution: 'Home', studyType: 'B.S.', area: 'Mathematics', endDate: '1835' }],
  skills: [{ name: 'Languages', keywords: ['C#', 'C++'] }],
};

const settings = resolveTemplateSettings({ id: 'classic', paper: 'letter' });

async function docxParts(r: Resume) {
  return readDocx(await writeResumeDocx(r, settings));
}

describe('DOCX export', () => {
  it('uses Word headings, a bullet list, hyperlinks and the chosen paper', async () => {
    const { document, rels, numbering, core } = await docxParts(resume);
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(4);
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document.match(/<w:numPr>/g)).toHaveLength(2);
    expect(numbering).toContain('w:val="bullet"');
    expect(document.match(/<w:hyperlink /g)).toHaveLength(3);
    for (const url of ['mailto:ada@example.com', 'https://ada.dev', 'https://github.com/ada']) {
      expect(rels).toContain(`Target="${url}" TargetMode="External"`);
    }
    expect(document).toContain('<w:pgSz w:w="12240" w:h="15840"');
    expect(document).toContain('Builds engines &amp; programs.');
    expect(document).toContain('Mar 2020 – Present');
    expect(core).toContain('Ada Lovelace — Resume');
  });

  it('keeps markup and script links as inert text', async () => {
    const { document, rels } = await docxParts({
      basics: {
        name: '<script>alert(1)</script>',
        url: 'javascript:alert(1)',
        summary: '<img src=x onerror=alert(1)>',
        profiles: [{ network: 'X', url: 'data:text/html,hi' }],
      },
    });
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(document).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(document).not.toContain('<script');
    expect(document).not.toContain('<w:hyperlink');
    expect(rels).not.toMatch(/javascript:|data:/);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  it.skipIf(!soffice)(
    'opens in LibreOffice, which reads back the text, bullets and links',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cc-docx-'));
      try {
        writeFileSync(join(dir, 'resume.docx'), await writeResumeDocx(resume, settings));
        execFileSync(
          soffice as string,
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            'txt:Text (encoded):UTF8',
            '--outdir',
            dir,
            join(dir, 'resume.docx'),
          ],
          { stdio: 'pipe', timeout: 60_000 },
        );
        const text = readFileSync(join(dir, 'resume.txt'), 'utf8');
        for (const s of [
          'Ada Lovelace',
          'Experience',
          'Programmer, Analytical Engines\tMar 2020 – Present',
          'Languages: C#, C++',
          'github.com/ada',
        ]) {
          expect(text).toContain(s);
        }
        // The highlights come back as list items with their bullet, one per line.
        expect(text).toMatch(/^\s*• Wrote the first program$/m);
        expect(text).toMatch(/^\s*• Explained Note G$/m);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    90_000,
  );
});
