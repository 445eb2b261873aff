// @vitest-environment node
// How long a 2-page resume takes to become a PDF with each template (A4), and to lay out for the preview.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { layoutResume } from '@career-copilot/shared/render/layout-resume';
import {
  resolveTemplateSettings,
  TEMPLATES,
} from '@career-copilot/shared/render/templates/registry';
import { FONT_FAMILIES, FONT_FAMILY_IDS } from '@career-copilot/shared/render/fonts';
import { ResumeSchema } from '@career-copilot/shared/resume/model';
import { writeResumeDocx } from '../src/export/docx/write-docx';
import { writeResumePdf } from '../src/export/pdf/write-pdf';
import { nodeFontBook } from '../test/render-pdf-node';

const resume = ResumeSchema.parse(
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../shared/test/fixtures/two-page.resume.json'),
      'utf8',
    ),
  ),
);
const fonts = nodeFontBook();
// Fonts are loaded once per session in the app too; the benchmarks measure rendering, not disk reads.
await Promise.all(
  FONT_FAMILY_IDS.flatMap((f) => [fonts.load(f), fonts.load(FONT_FAMILIES[f].fallback)]),
);
/** The machine is shared: longer runs after a warm-up keep JIT and GC noise out of the means. */
const options = { time: 3000, warmupTime: 1000, warmupIterations: 10 };

describe('2-page resume to PDF (layout + PDFKit), A4', () => {
  for (const template of TEMPLATES) {
    const settings = resolveTemplateSettings({ id: template.id, paper: 'a4' });
    const pages = layoutResume(resume, settings, fonts.measurer).pages.length;
    bench(
      `${template.id} (${pages} pages)`,
      async () => {
        await writeResumePdf(layoutResume(resume, settings, fonts.measurer), fonts);
      },
      options,
    );
  }
});

describe('2-page resume, preview layout only (runs on every edit)', () => {
  for (const template of TEMPLATES) {
    const settings = resolveTemplateSettings({ id: template.id, paper: 'a4' });
    bench(
      template.id,
      () => {
        layoutResume(resume, settings, fonts.measurer);
      },
      options,
    );
  }
});

describe('2-page resume to DOCX', () => {
  bench(
    'docx',
    async () => {
      await writeResumeDocx(resume, resolveTemplateSettings({ id: 'classic', paper: 'a4' }));
    },
    options,
  );
});
