// Importing resumes in the browser: drop a PDF, pick a DOCX, review, save, reload; bad files explained.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdf } from '../../shared/test/pdf-builder';
import { launchBrowser, type Browser } from '../harness/browser';
import { CORPUS_DIR } from '../harness/paths';
import { startServer, type RunningServer } from '../harness/server';
import { ImportPage } from '../page-models/import';
import { ShellPage } from '../page-models/shell';

describe('resume import', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('imports a dropped PDF and a picked DOCX, and keeps both after a reload', async () => {
    const page = await browser.context.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const shell = new ShellPage(page);
    const importer = new ImportPage(page);
    await shell.open(server.url, '/resumes');
    await page.getByText('No resumes yet').waitFor();

    // A PDF dropped on the Resumes library opens the review screen.
    await importer.dropFile(join(CORPUS_DIR, 'offlinecv_google-docs-skia-proxy-two-column.pdf'));
    await importer.waitForReview();
    expect(page.url()).toBe(`${server.url}/resumes/import`);
    // The parse ran in a worker, not on the page's thread.
    expect(workers.some((url) => /parse\.worker/.test(url))).toBe(true);
    expect(await importer.basicsField('Name')).toBe('Jane Smith');
    expect(await importer.basicsField('Email')).toBe('jane.smith@example.com');
    await page.getByText('Two-column layout detected', { exact: false }).waitFor();
    await expect(importer.sectionSource('Experience').textContent()).resolves.toContain(
      'Acme Corp',
    );
    const experience = page.getByRole('region', { name: 'Experience' });
    expect(await experience.getByRole('group').count()).toBe(3);
    await importer.setBasicsField('Headline', 'Staff Backend Engineer');
    await importer.save();
    await page.getByText('offlinecv_google-docs-skia-proxy-two-column', { exact: true }).waitFor();

    // A DOCX picked with the file input on the import page.
    await importer.open(server.url);
    await importer.chooseFile(join(CORPUS_DIR, 'soupboss_01_accountant_docx.docx'));
    await importer.waitForReview();
    expect(await importer.basicsField('Name')).toBe('Ebony Moore');
    await importer.save();

    await page.reload();
    await shell.heading().waitFor();
    const list = page.getByRole('list', { name: 'Resumes' });
    await list.getByText('soupboss_01_accountant_docx', { exact: true }).waitFor();
    await list.getByText('offlinecv_google-docs-skia-proxy-two-column', { exact: true }).waitFor();
    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('career-copilot');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      type Stored = {
        name: string;
        resume: {
          basics?: { label?: string };
          work?: unknown[];
          meta: { source: Record<string, unknown>; warnings: string[] };
        };
      };
      const all = await new Promise<Stored[]>((resolve) => {
        const request = db.transaction('resumes').objectStore('resumes').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return all.map((r) => ({
        name: r.name,
        label: r.resume.basics?.label,
        meta: r.resume.meta,
        work: r.resume.work?.length,
      }));
    });
    const pdf = stored.find((r) => r.name.startsWith('offlinecv'));
    expect(pdf).toMatchObject({ label: 'Staff Backend Engineer', work: 3 });
    expect(pdf?.meta.source).toMatchObject({
      kind: 'pdf',
      fileName: 'offlinecv_google-docs-skia-proxy-two-column.pdf',
    });
    expect(pdf?.meta.warnings.join(' ')).toContain('Two-column layout detected');
    expect(stored.find((r) => r.name.startsWith('soupboss'))).toMatchObject({
      work: 3,
      meta: { source: { kind: 'docx' } },
    });
    await page.close();
  });

  it('explains a scanned PDF and a wrongly named file instead of importing an empty resume', async () => {
    const page = await browser.context.newPage();
    const importer = new ImportPage(page);
    await importer.open(server.url);
    await importer.dropFile('/tmp/scan.pdf', buildPdf({ pages: ['drawing'] }));
    await expect(importer.error().textContent()).resolves.toMatch(/no text layer.*DOCX/s);
    await importer.dropFile(
      '/tmp/resume.pdf',
      new TextEncoder().encode('{"basics": {"name": "Ann"}}'),
    );
    await expect(importer.error().textContent()).resolves.toMatch(
      /named as a PDF but is a JSON Resume file/,
    );
    await page.close();
  });
});

describe('resume import offline', () => {
  it('imports a PDF with the server gone: the worker, pdf.js and its fonts and CMaps are precached', async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const shell = new ShellPage(page);
      const importer = new ImportPage(page);
      await shell.open(server.url, '/resumes');
      await shell.waitForServiceWorker();
      await server.stop();
      await browser.context.setOffline(true);
      await page.reload();
      await shell.heading().waitFor();
      await importer.dropFile(join(CORPUS_DIR, 'rendercv_moderncv.pdf'));
      await importer.waitForReview();
      expect(await importer.basicsField('Name')).toBe('John Doe');
      await importer.save();
      await page.getByRole('list', { name: 'Resumes' }).getByText('rendercv_moderncv').waitFor();
      // What pdf.js fetches for PDFs with non-embedded fonts or CJK text is there offline too.
      const statuses = await page.evaluate(() =>
        Promise.all(
          ['/pdfjs/cmaps/UniJIS-UTF16-H.bcmap', '/pdfjs/standard_fonts/FoxitSerif.pfb'].map(
            (path) => fetch(path).then((response) => response.status),
          ),
        ),
      );
      expect(statuses).toEqual([200, 200]);
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
